import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAtPrecision, decimalFromNumber, roundToScaled, scaledToText, sumDecimals } from './decimal';
import { dec } from './test-factories';

describe('roundToScaled', () => {
  it('rounds 84.96 to 85.0 at one decimal place', () => {
    expect(roundToScaled(dec('84.96'), 1)).toBe(850n);
  });

  it('rounds 24.15 up to 24.2 and 24.06 up to 24.1', () => {
    expect(roundToScaled(dec('24.15'), 1)).toBe(242n);
    expect(roundToScaled(dec('24.06'), 1)).toBe(241n);
  });

  it('rounds a half away from zero for negative numbers: -2.5 becomes -3', () => {
    expect(roundToScaled(dec('-2.5'), 0)).toBe(-3n);
    expect(roundToScaled(dec('2.5'), 0)).toBe(3n);
  });

  it('rounds 2.45 to 2.5 and 1.005 to 1.01 from the written digits', () => {
    expect(roundToScaled(dec('2.45'), 1)).toBe(25n);
    expect(roundToScaled(dec('1.005'), 2)).toBe(101n);
  });

  it('disagrees with float rounding where the float sits just below the half', () => {
    // The double nearest 1.005 is 1.00499999999999989..., so float rounding gives 1.00.
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(scaledToText(roundToScaled(dec('1.005'), 2), 2)).toBe('1.01');
  });

  it('rounds a value just below a half down', () => {
    expect(roundToScaled(dec('24.149'), 1)).toBe(241n);
    expect(roundToScaled(dec('-24.149'), 1)).toBe(-241n);
  });

  it('pads a whole number to the requested places', () => {
    expect(roundToScaled(dec('85'), 1)).toBe(850n);
    expect(roundToScaled(dec('1234'), 3)).toBe(1234000n);
  });

  it('reads written forms with a plus sign, a trailing point, a leading point or trailing zeros', () => {
    expect(roundToScaled(dec('+3.5'), 0)).toBe(4n);
    expect(roundToScaled(dec('7.'), 0)).toBe(7n);
    expect(roundToScaled(dec('.45'), 1)).toBe(5n);
    expect(roundToScaled(dec('6436.00'), 0)).toBe(6436n);
  });

  it('reads exponent notation in a written decimal', () => {
    expect(roundToScaled(dec('1.25E+3'), 0)).toBe(1250n);
    expect(roundToScaled(dec('2.45e-1'), 2)).toBe(25n);
  });

  it('turns a tiny negative number into zero, not minus zero', () => {
    expect(roundToScaled(dec('-0.04'), 1)).toBe(0n);
  });

  it('falls back to the float when the written digits cannot be read', () => {
    expect(roundToScaled({ value: 12.5, decimal: 'twelve and a half' }, 0)).toBe(13n);
  });

  it('reads a computed 0.1 + 0.2 as 0.3', () => {
    expect(roundToScaled(0.1 + 0.2, 16)).toBe(3000000000000000n);
  });

  it('rounds a computed number as the decimal a person would write: 1.005 to 1.01', () => {
    expect(roundToScaled(1.005, 2)).toBe(101n);
    expect(roundToScaled(-2.5, 0)).toBe(-3n);
  });

  it('expands a computed number that JavaScript prints in exponent form', () => {
    expect(roundToScaled(1e21, 0)).toBe(1000000000000000000000n);
    expect(roundToScaled(1.5e-7, 7)).toBe(2n);
  });

  it('refuses infinities and NaN', () => {
    expect(() => roundToScaled(Number.POSITIVE_INFINITY, 1)).toThrow(RangeError);
    expect(() => roundToScaled(Number.NaN, 1)).toThrow(RangeError);
  });
});

describe('compareAtPrecision', () => {
  it('treats 84.96 and 85.0 as equal at one decimal place', () => {
    expect(compareAtPrecision(dec('84.96'), dec('85.0'), 1)).toBe(0);
  });

  it('sees 24.15 as above 24.06 at one decimal place (24.2 against 24.1)', () => {
    expect(compareAtPrecision(dec('24.15'), dec('24.06'), 1)).toBe(1);
    expect(compareAtPrecision(dec('24.06'), dec('24.15'), 1)).toBe(-1);
  });

  it('separates numbers that differ at two places but not at one only when asked for two', () => {
    expect(compareAtPrecision(dec('10.01'), dec('10.04'), 1)).toBe(0);
    expect(compareAtPrecision(dec('10.01'), dec('10.04'), 2)).toBe(-1);
  });

  it('compares plain numbers and written decimals alike', () => {
    expect(compareAtPrecision(0.1 + 0.2, dec('0.3'), 3)).toBe(0);
  });
});

describe('scaledToText', () => {
  it('writes the scaled integer with its decimal point', () => {
    expect(scaledToText(850n, 1)).toBe('85.0');
    expect(scaledToText(-5n, 2)).toBe('-0.05');
    expect(scaledToText(7n, 0)).toBe('7');
    expect(scaledToText(0n, 3)).toBe('0.000');
  });
});

describe('decimalFromNumber', () => {
  it('writes a computed float as the short decimal a person would expect', () => {
    expect(decimalFromNumber(0.1 + 0.2)).toEqual({ value: 0.3, decimal: '0.3' });
  });

  it('keeps whole numbers whole and negative numbers signed', () => {
    expect(decimalFromNumber(462)).toEqual({ value: 462, decimal: '462' });
    expect(decimalFromNumber(-12.5)).toEqual({ value: -12.5, decimal: '-12.5' });
  });

  it('writes very large and very small numbers without an exponent', () => {
    expect(decimalFromNumber(1e21).decimal).toBe('1000000000000000000000');
    expect(decimalFromNumber(1.5e-7).decimal).toBe('0.00000015');
  });

  it('writes minus zero as 0', () => {
    expect(decimalFromNumber(-0).decimal).toBe('0');
  });

  it('keeps fifteen significant digits of a ratio such as 100/102 x 100', () => {
    expect(decimalFromNumber((100 * 100) / 102).decimal).toBe('98.0392156862745');
  });
});

describe('sumDecimals', () => {
  it('adds written decimals exactly: 0.1 + 0.2 is 0.3', () => {
    expect(sumDecimals([dec('0.1'), dec('0.2')])).toEqual({ value: 0.3, decimal: '0.3' });
  });

  it('adds numbers with different numbers of places and signs', () => {
    expect(sumDecimals([dec('12'), dec('0.25'), dec('-2.5')]).decimal).toBe('9.75');
  });

  it('sums an empty list to zero', () => {
    expect(sumDecimals([]).decimal).toBe('0');
  });
});

describe('properties', () => {
  it('rounding a whole number of hundredths to one place moves it by at most half a tenth', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (hundredths) => {
        const written = scaledToText(BigInt(hundredths), 2);
        const tenths = roundToScaled(dec(written), 1);
        const gap = tenths * 10n - BigInt(hundredths);
        return gap >= -5n && gap <= 5n && (gap === 5n ? hundredths > 0 : true) && (gap === -5n ? hundredths < 0 : true);
      }),
    );
  });

  it('compareAtPrecision is antisymmetric', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: -99999, max: 99999 }), (a, b) => {
        const x = dec(scaledToText(BigInt(a), 3));
        const y = dec(scaledToText(BigInt(b), 3));
        return compareAtPrecision(x, y, 1) === -compareAtPrecision(y, x, 1);
      }),
    );
  });
});

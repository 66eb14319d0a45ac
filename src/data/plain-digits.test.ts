import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHowJavaScriptWrites, plainDigitsValue } from './plain-digits';

const digits = (min: number, max: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
/** Digit strings of every shape: leading and trailing zeros, no fraction or an empty one, up to 18 digits a side. */
const digitText = fc.tuple(digits(1, 18), fc.option(digits(0, 18))).map(([whole, fraction]) => (fraction === null ? whole : `${whole}.${fraction}`));
const PLAIN = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

describe('plainDigitsValue', () => {
  it('reads plain digits to the double Number() reads, and nothing else', () => {
    fc.assert(
      fc.property(digitText, (text) => {
        if (PLAIN.test(text)) expect(plainDigitsValue(text)).toBe(Number(text));
        else expect(plainDigitsValue(text)).toBeNaN();
      }),
      { numRuns: 20_000 },
    );
  });

  it.each(['0.1', '0.3', '85.1', '99.95', '0.000001', '123456789012345', '1234567890123456', '9007199254740993', '1.7976931348623157'])(
    'reads %s as Number() does',
    (text) => expect(plainDigitsValue(text)).toBe(Number(text)),
  );

  it.each(['', '012', '00', '.5', '5.', '-5', '+5', '1,234', '1e3', '85.1%', '8 5', '0x10', '١٢'])('is NaN for %j', (text) => {
    expect(plainDigitsValue(text)).toBeNaN();
  });
});

describe('isHowJavaScriptWrites', () => {
  it('says whether String(value) is the decimal, for any digits, signs, zeros and lengths', () => {
    const decimal = fc.tuple(fc.constantFrom('', '-'), digitText).map(([sign, text]) => sign + text);
    fc.assert(
      fc.property(decimal, (text) => {
        const value = Number(text);
        expect(isHowJavaScriptWrites(text, value)).toBe(String(value) === text);
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ['85.1', true],
    ['0', true],
    ['0.5', true],
    ['-0.5', true],
    ['-12', true],
    ['0.000001', true],
    ['0.0000001', false],
    ['-0', false],
    ['85.10', false],
    ['012', false],
    ['1.', false],
    ['.5', false],
    ['123456789012345', true],
    ['1234567890123456789012', false],
    ['0.30000000000000004', true],
    ['0.3000000000000000', false],
  ])('%s: %s', (text, expected) => expect(isHowJavaScriptWrites(text, Number(text))).toBe(expected));
});

import { describe, expect, it } from 'vitest';
import { applySuppression, isSuppressed } from './apply-suppression';
import { EMPTY, aMonth, anObservation, num, special } from './test-factories';

describe('applySuppression', () => {
  it('suppresses the value when only the numerator is [c], so it cannot be worked back from the denominator', () => {
    const row = applySuppression(anObservation(aMonth(2024, 6), '75', { numerator: special('c'), denominator: num('4') }));
    expect(row.value).toEqual(special('c'));
    expect(row.numerator).toEqual(special('c'));
    expect(row.denominator).toEqual(num('4'));
  });

  it('suppresses the numerator when only the value is [c]', () => {
    const row = applySuppression(anObservation(aMonth(2024, 6), special('c'), { numerator: num('3'), denominator: num('4') }));
    expect(row.numerator).toEqual(special('c'));
  });

  it('leaves other rows untouched, including other special values', () => {
    const plain = anObservation(aMonth(2024, 6), '75', { numerator: num('3'), denominator: num('4') });
    const unavailable = anObservation(aMonth(2024, 6), special('x'), { numerator: num('3') });
    expect(applySuppression(plain)).toBe(plain);
    expect(applySuppression(unavailable)).toBe(unavailable);
  });
});

describe('isSuppressed', () => {
  it('is true only for [c]', () => {
    expect(isSuppressed(special('c'))).toBe(true);
    expect(isSuppressed(special('x'))).toBe(false);
    expect(isSuppressed(EMPTY)).toBe(false);
    expect(isSuppressed(num('0'))).toBe(false);
  });
});

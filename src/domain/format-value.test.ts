import { describe, expect, it } from 'vitest';
import { formatCell, formatNumber, qualifierMeaning, specialLabel, specialMeaning, unitLabel } from './format-value';
import { EMPTY, dec, num, special } from './test-factories';

describe('formatNumber', () => {
  it('writes a percentage with its sign and display precision', () => {
    expect(formatNumber(dec('85.1'), 'percent', 1)).toBe('85.1%');
    expect(formatNumber(dec('100'), 'percent', 1)).toBe('100.0%');
  });

  it('rounds half away from zero on the decimal as written', () => {
    expect(formatNumber(dec('84.96'), 'percent', 1)).toBe('85.0%');
    expect(formatNumber(dec('24.15'), 'percent', 1)).toBe('24.2%');
    expect(formatNumber(dec('1.005'), 'number', 2)).toBe('1.01');
    expect(formatNumber(dec('-2.5'), 'number', 0)).toBe('-3');
  });

  it('writes a rate per 10,000 without a unit, compact for a table', () => {
    expect(formatNumber(dec('97.8'), 'rate-per-10k', 1)).toBe('97.8');
  });

  it('groups thousands the en-GB way', () => {
    expect(formatNumber(dec('1234'), 'number', 0)).toBe('1,234');
    expect(formatNumber(dec('1234567.891'), 'number', 2)).toBe('1,234,567.89');
    expect(formatNumber(dec('999'), 'number', 0)).toBe('999');
    expect(formatNumber(dec('-12345'), 'number', 0)).toBe('-12,345');
  });

  it('writes days, weeks and scores as bare figures', () => {
    expect(formatNumber(dec('12'), 'days', 0)).toBe('12');
    expect(formatNumber(dec('19.6'), 'weeks', 1)).toBe('19.6');
    expect(formatNumber(dec('3.25'), 'score', 1)).toBe('3.3');
  });

  it('writes pounds with the sign before the symbol and respects the decimals asked for', () => {
    expect(formatNumber(dec('6436.00'), 'currency-gbp', 0)).toBe('£6,436');
    expect(formatNumber(dec('6436.5'), 'currency-gbp', 2)).toBe('£6,436.50');
    expect(formatNumber(dec('-12'), 'currency-gbp', 0)).toBe('-£12');
  });

  it('writes a number that rounds to zero without a minus sign', () => {
    expect(formatNumber(dec('-0.04'), 'percent', 1)).toBe('0.0%');
  });

  it('formats a computed number as the decimal a person would write', () => {
    expect(formatNumber(0.1 + 0.2, 'number', 2)).toBe('0.30');
  });
});

describe('formatCell', () => {
  it('shows a number with its qualifier flags after it', () => {
    expect(formatCell(num('85.1', 'p'), 'percent', 1)).toBe('85.1% [p]');
    expect(formatCell(num('412', 'r', 'e'), 'number', 0)).toBe('412 [r] [e]');
    expect(formatCell(num('412'), 'number', 0)).toBe('412');
  });

  it('shows not supplied as a dash and every other special value in brackets', () => {
    expect(formatCell(EMPTY, 'percent', 1)).toBe('-');
    expect(formatCell(special('c'), 'percent', 1)).toBe('[c]');
    expect(formatCell(special('x'), 'percent', 1)).toBe('[x]');
    expect(formatCell(special('z'), 'percent', 1)).toBe('[z]');
    expect(formatCell(special('low'), 'percent', 1)).toBe('[low]');
    expect(formatCell(special('u'), 'percent', 1)).toBe('[u]');
  });
});

describe('labels and meanings', () => {
  it('labels each unit for headings', () => {
    expect(unitLabel('percent')).toBe('%');
    expect(unitLabel('rate-per-10k')).toBe('per 10,000 children');
    expect(unitLabel('days')).toBe('days');
    expect(unitLabel('weeks')).toBe('weeks');
    expect(unitLabel('currency-gbp')).toBe('£');
    expect(unitLabel('number')).toBe('number');
    expect(unitLabel('score')).toBe('score');
  });

  it('explains each special value in plain English', () => {
    expect(specialMeaning('empty')).toBe('not supplied');
    expect(specialMeaning('c')).toBe('confidential: suppressed to protect individuals (small numbers)');
    expect(specialMeaning('x')).toBe('not available');
    expect(specialMeaning('z')).toBe('not applicable');
    expect(specialMeaning('low')).toBe('rounds to zero but is not zero');
    expect(specialMeaning('u')).toBe('low reliability, no figure given');
  });

  it('labels special values as they are printed', () => {
    expect(specialLabel('empty')).toBe('-');
    expect(specialLabel('c')).toBe('[c]');
  });

  it('explains each qualifier flag', () => {
    expect(qualifierMeaning('p')).toBe('provisional');
    expect(qualifierMeaning('r')).toBe('revised');
    expect(qualifierMeaning('e')).toBe('estimated');
    expect(qualifierMeaning('u')).toBe('low reliability');
    expect(qualifierMeaning('b')).toBe('break in series');
  });
});

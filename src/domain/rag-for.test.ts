import { describe, expect, it } from 'vitest';
import { ragFor, targetFor } from './rag-for';
import type { RatedMeasure } from './rag-for';
import { EMPTY, aTarget, num, special } from './test-factories';

const highPercent: RatedMeasure = { polarity: 'high', decimals: 1, unit: 'percent' };
const lowPercent: RatedMeasure = { polarity: 'low', decimals: 1, unit: 'percent' };

describe('ragFor, high polarity (target 85, tolerance 80)', () => {
  const target = aTarget('2024-25', '85', '80');

  it('shows green when the value is above target', () => {
    expect(ragFor(num('90.2'), target, highPercent)).toEqual({
      rag: 'green',
      reason: 'rated',
      text: 'Green - on or above target of 85.0%',
      why: 'on or above target of 85.0%',
    });
  });

  it('shows green when the value is exactly at target', () => {
    expect(ragFor(num('85.0'), target, highPercent).rag).toBe('green');
  });

  it('shows green for 84.96, which the reader sees as 85.0%', () => {
    expect(ragFor(num('84.96'), target, highPercent).rag).toBe('green');
  });

  it('shows amber for 84.94, which the reader sees as 84.9%', () => {
    expect(ragFor(num('84.94'), target, highPercent)).toEqual({
      rag: 'amber',
      reason: 'rated',
      text: 'Amber - below target of 85.0%, within tolerance of 80.0%',
      why: 'below target of 85.0%, within tolerance of 80.0%',
    });
  });

  it('shows amber when the value sits exactly at tolerance', () => {
    expect(ragFor(num('80'), target, highPercent).rag).toBe('amber');
  });

  it('shows amber for 79.95, which rounds up to the tolerance of 80.0', () => {
    expect(ragFor(num('79.95'), target, highPercent).rag).toBe('amber');
  });

  it('shows red when the value is below tolerance', () => {
    expect(ragFor(num('79.9'), target, highPercent)).toEqual({
      rag: 'red',
      reason: 'rated',
      text: 'Red - below tolerance of 80.0% (target 85.0%)',
      why: 'below tolerance of 80.0% (target 85.0%)',
    });
  });
});

describe('ragFor, low polarity (target 10, tolerance 12)', () => {
  const target = aTarget('2024-25', '10', '12');

  it('shows green when the value is below target', () => {
    expect(ragFor(num('8'), target, lowPercent)).toEqual({
      rag: 'green',
      reason: 'rated',
      text: 'Green - on or below target of 10.0%',
      why: 'on or below target of 10.0%',
    });
  });

  it('shows green when the value is exactly at target, including once rounded (10.04)', () => {
    expect(ragFor(num('10'), target, lowPercent).rag).toBe('green');
    expect(ragFor(num('10.04'), target, lowPercent).rag).toBe('green');
  });

  it('shows amber when the value is between target and tolerance', () => {
    expect(ragFor(num('10.05'), target, lowPercent)).toEqual({
      rag: 'amber',
      reason: 'rated',
      text: 'Amber - above target of 10.0%, within tolerance of 12.0%',
      why: 'above target of 10.0%, within tolerance of 12.0%',
    });
  });

  it('shows amber when the value sits exactly at tolerance', () => {
    expect(ragFor(num('12'), target, lowPercent).rag).toBe('amber');
  });

  it('shows red when the value is above tolerance', () => {
    expect(ragFor(num('12.1'), target, lowPercent)).toEqual({
      rag: 'red',
      reason: 'rated',
      text: 'Red - above tolerance of 12.0% (target 10.0%)',
      why: 'above tolerance of 12.0% (target 10.0%)',
    });
  });
});

describe('ragFor without a tolerance', () => {
  it('shows only green or red for a high measure', () => {
    const target = aTarget('2024-25', '85');
    expect(ragFor(num('85'), target, highPercent).rag).toBe('green');
    expect(ragFor(num('84.9'), target, highPercent)).toEqual({ rag: 'red', reason: 'rated', text: 'Red - below target of 85.0%', why: 'below target of 85.0%' });
  });

  it('shows only green or red for a low measure', () => {
    const target = aTarget('2024-25', '10');
    expect(ragFor(num('10'), target, lowPercent).rag).toBe('green');
    expect(ragFor(num('10.1'), target, lowPercent)).toEqual({ rag: 'red', reason: 'rated', text: 'Red - above target of 10.0%', why: 'above target of 10.0%' });
  });
});

describe('ragFor when nothing can be rated', () => {
  const target = aTarget('2024-25', '85', '80');

  it('says "No target" when there is no target row for the year', () => {
    expect(ragFor(num('90'), null, highPercent)).toEqual({ rag: 'none', reason: 'no-target', text: 'No target', why: 'no target set for the year' });
  });

  it('never rates a measure with polarity none', () => {
    expect(ragFor(num('90'), target, { polarity: 'none', decimals: 0 })).toEqual({
      rag: 'none',
      reason: 'not-rated',
      text: 'Not rated: contextual measure',
      why: 'contextual measure',
    });
  });

  it('says there is no value when there is no row', () => {
    expect(ragFor(null, target, highPercent)).toEqual({ rag: 'none', reason: 'no-value', text: 'Not rated: no value', why: 'no value' });
  });

  it('never rates a suppressed value', () => {
    expect(ragFor(special('c'), target, highPercent)).toEqual({
      rag: 'none',
      reason: 'special-value',
      text: 'Not rated: value suppressed',
      why: 'value suppressed',
    });
  });

  it('never rates any other special value, naming what it is', () => {
    expect(ragFor(special('x'), target, highPercent).text).toBe('Not rated: value not available');
    expect(ragFor(special('z'), target, highPercent).text).toBe('Not rated: value not applicable');
    expect(ragFor(special('low'), target, highPercent).text).toBe('Not rated: value rounds to zero');
    expect(ragFor(special('u'), target, highPercent).text).toBe('Not rated: value of low reliability');
    expect(ragFor(EMPTY, target, highPercent)).toEqual({ rag: 'none', reason: 'special-value', text: 'Not rated: value not supplied', why: 'value not supplied' });
  });
});

describe('ragFor display precision and units', () => {
  it('compares at the measure decimals: 0 places makes 84.5 a green 85 against 85', () => {
    expect(ragFor(num('84.5'), aTarget('2024-25', '85'), { polarity: 'high', decimals: 0, unit: 'number' }).rag).toBe('green');
    expect(ragFor(num('84.49'), aTarget('2024-25', '85'), { polarity: 'high', decimals: 0, unit: 'number' }).rag).toBe('red');
  });

  it('writes thresholds as plain numbers when no unit is given', () => {
    expect(ragFor(num('1300'), aTarget('2024', '1250'), { polarity: 'high', decimals: 0 }).text).toBe('Green - on or above target of 1,250');
  });

  it('writes thresholds in the unit of the measure', () => {
    const days = { polarity: 'low', decimals: 0, unit: 'days' } as const;
    expect(ragFor(num('30'), aTarget('2024-25', '25', '28'), days).text).toBe('Red - above tolerance of 28 (target 25)');
  });
});

describe('targetFor', () => {
  const targets = [aTarget('2023-24', '80'), aTarget('2024-25', '85'), aTarget('2024-25', '50', null, 'M2')];

  it('finds the target for the measure and year', () => {
    expect(targetFor(targets, 'M1', '2024-25')?.target.decimal).toBe('85');
    expect(targetFor(targets, 'M2', '2024-25')?.target.decimal).toBe('50');
  });

  it('returns null rather than borrowing another year', () => {
    expect(targetFor(targets, 'M1', '2025-26')).toBeNull();
    expect(targetFor(targets, 'M3', '2024-25')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { comparisonPeriodFor, directionOfTravel } from './direction-of-travel';
import { aMeasure, aMonth, anObservation, aQuarterEnding, aYearEnding, num, special } from './test-factories';

const q3 = aQuarterEnding(2024, 12);
const q3LastYear = aQuarterEnding(2023, 12);
const quarterly = aMeasure({ frequency: 'quarterly', polarity: 'low', unit: 'percent', decimals: 1 });

describe('comparisonPeriodFor', () => {
  it('compares with the same period last year by default', () => {
    expect(comparisonPeriodFor({ dot: 'year-ago' }, aMonth(2024, 12))).toEqual(aMonth(2023, 12));
    expect(comparisonPeriodFor({ dot: 'year-ago' }, q3)).toEqual(q3LastYear);
  });

  it('compares with the period immediately before when asked', () => {
    expect(comparisonPeriodFor({ dot: 'previous' }, aMonth(2024, 1))).toEqual(aMonth(2023, 12));
    expect(comparisonPeriodFor({ dot: 'previous' }, q3)).toEqual(aQuarterEnding(2024, 9));
    expect(comparisonPeriodFor({ dot: 'previous' }, aYearEnding(2024, 3))).toEqual(aYearEnding(2023, 3));
  });
});

describe('directionOfTravel', () => {
  it('shows a falling re-referral rate as a down arrow that is improving', () => {
    const dot = directionOfTravel({
      measure: quarterly,
      current: anObservation(q3, '22.3'),
      comparison: anObservation(q3LastYear, '24.06'),
      comparisonPeriod: q3LastYear,
    });
    expect(dot).toEqual({ arrow: 'down', judgement: 'improving', text: 'Down from 24.1% in 2023-24 Q3 - improving' });
  });

  it('shows a rise for a low-is-good measure as declining', () => {
    const dot = directionOfTravel({
      measure: quarterly,
      current: anObservation(q3, '24.15'),
      comparison: anObservation(q3LastYear, '24.06'),
      comparisonPeriod: q3LastYear,
    });
    // 24.2 against 24.1 once rounded: a rise.
    expect(dot).toEqual({ arrow: 'up', judgement: 'declining', text: 'Up from 24.1% in 2023-24 Q3 - declining' });
  });

  it('shows a rise for a high-is-good measure as improving and a fall as declining', () => {
    const high = aMeasure({ polarity: 'high' });
    const before = aMonth(2023, 12);
    const up = directionOfTravel({ measure: high, current: anObservation(aMonth(2024, 12), '92.9'), comparison: anObservation(before, '83.3'), comparisonPeriod: before });
    const down = directionOfTravel({ measure: high, current: anObservation(aMonth(2024, 12), '83.3'), comparison: anObservation(before, '92.9'), comparisonPeriod: before });
    expect(up).toEqual({ arrow: 'up', judgement: 'improving', text: 'Up from 83.3% in December 2023 - improving' });
    expect(down).toEqual({ arrow: 'down', judgement: 'declining', text: 'Down from 92.9% in December 2023 - declining' });
  });

  it('says "no change" when the rounded values are equal', () => {
    const dot = directionOfTravel({
      measure: aMeasure({ polarity: 'high', frequency: 'quarterly' }),
      current: anObservation(q3, '84.96'),
      comparison: anObservation(q3LastYear, '85.04'),
      comparisonPeriod: q3LastYear,
    });
    expect(dot).toEqual({ arrow: 'level', judgement: 'no-change', text: 'No change from 85.0% in 2023-24 Q3' });
  });

  it('gives polarity none an arrow with neutral words', () => {
    const demand = aMeasure({ polarity: 'none', unit: 'number', decimals: 0 });
    const before = aMonth(2023, 12);
    const up = directionOfTravel({ measure: demand, current: anObservation(aMonth(2024, 12), '462'), comparison: anObservation(before, '450'), comparisonPeriod: before });
    const down = directionOfTravel({ measure: demand, current: anObservation(aMonth(2024, 12), '436'), comparison: anObservation(before, '450'), comparisonPeriod: before });
    const level = directionOfTravel({ measure: demand, current: anObservation(aMonth(2024, 12), '450.4'), comparison: anObservation(before, '450'), comparisonPeriod: before });
    expect(up).toEqual({ arrow: 'up', judgement: 'neutral', text: 'Up from 450 in December 2023 - increased' });
    expect(down).toEqual({ arrow: 'down', judgement: 'neutral', text: 'Down from 450 in December 2023 - decreased' });
    expect(level).toEqual({ arrow: 'level', judgement: 'no-change', text: 'No change from 450 in December 2023' });
  });

  it('compares with the previous period for a measure that asks for it', () => {
    const measure = aMeasure({ dot: 'previous', polarity: 'high' });
    const current = anObservation(aMonth(2024, 11), '24.2');
    const comparisonPeriod = comparisonPeriodFor(measure, current.period);
    const dot = directionOfTravel({ measure, current, comparison: anObservation(aMonth(2024, 10), '22.3'), comparisonPeriod });
    expect(dot.text).toBe('Up from 22.3% in October 2024 - improving');
  });

  it('keeps the qualifier flag of the comparison value in the words', () => {
    const dot = directionOfTravel({
      measure: quarterly,
      current: anObservation(q3, '22.3'),
      comparison: anObservation(q3LastYear, num('24.06', 'r')),
      comparisonPeriod: q3LastYear,
    });
    expect(dot.text).toBe('Down from 24.1% [r] in 2023-24 Q3 - improving');
  });

  it('labels an academic quarter in its own year type', () => {
    const academic = aMeasure({ frequency: 'quarterly', yearType: 'academic', polarity: 'high' });
    const earlier = aQuarterEnding(2023, 11, 'academic');
    const dot = directionOfTravel({ measure: academic, current: anObservation(aQuarterEnding(2024, 11, 'academic'), '70'), comparison: anObservation(earlier, '57.5'), comparisonPeriod: earlier });
    expect(dot.text).toBe('Up from 57.5% in 2023-24 Q1 - improving');
  });
});

describe('directionOfTravel when there is nothing to compare', () => {
  const none = { arrow: 'none', judgement: 'none', text: 'No comparison available' };
  const current = anObservation(q3, '22.3');

  it('has no direction when the comparison period has no row', () => {
    expect(directionOfTravel({ measure: quarterly, current, comparison: null, comparisonPeriod: q3LastYear })).toEqual(none);
  });

  it('has no direction when the comparison value is special', () => {
    expect(directionOfTravel({ measure: quarterly, current, comparison: anObservation(q3LastYear, special('x')), comparisonPeriod: q3LastYear })).toEqual(none);
  });

  it('has no direction when the comparison numerator is suppressed', () => {
    const comparison = anObservation(q3LastYear, '24.1', { numerator: special('c') });
    expect(directionOfTravel({ measure: quarterly, current, comparison, comparisonPeriod: q3LastYear })).toEqual(none);
  });

  it('has no direction when the current value is missing or special', () => {
    const comparison = anObservation(q3LastYear, '24.1');
    expect(directionOfTravel({ measure: quarterly, current: null, comparison, comparisonPeriod: q3LastYear })).toEqual(none);
    expect(directionOfTravel({ measure: quarterly, current: anObservation(q3, special('c')), comparison, comparisonPeriod: q3LastYear })).toEqual(none);
  });

  it('never compares with a row from some other period', () => {
    const comparison = anObservation(aQuarterEnding(2024, 9), '24.1');
    expect(directionOfTravel({ measure: quarterly, current, comparison, comparisonPeriod: q3LastYear })).toEqual(none);
  });
});

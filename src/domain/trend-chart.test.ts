import { describe, expect, it } from 'vitest';
import {
  EMPTY,
  aBenchmark,
  aMeasure,
  aMonth,
  aQuarterEnding,
  aTally,
  aTarget,
  aYearEnding,
  anObservation,
  month,
  num,
  special,
} from './test-factories';
import { periodName } from './periods';
import { trendChart } from './trend-chart';
import { historyPeriods, tallyText } from './trend-chart-rows';
import type { FinancialQuarter } from './types';

const Q1_2024: FinancialQuarter = { startYear: 2024, quarter: 1 };
const Q3_2024: FinancialQuarter = { startYear: 2024, quarter: 3 };

// A low-is-good percentage built from tallies, like re-referrals.
const reReferrals = aMeasure({ unit: 'percent', polarity: 'low', ytd: 'ratio', decimals: 1 });

// 2023-24: Apr 10/50 = 20.0%, May 6/40 = 15.0%, Jun 9/36 = 25.0%, nothing after.
// 2024-25: Apr 12/60 = 20.0%, May suppressed, Jun 14/40 = 35.0%.
const reReferralRows = [
  aTally(aMonth(2023, 4), 10, 50),
  aTally(aMonth(2023, 5), 6, 40),
  aTally(aMonth(2023, 6), 9, 36),
  aTally(aMonth(2024, 4), 12, 60),
  anObservation(aMonth(2024, 5), special('c'), { numerator: special('c'), denominator: num('30') }),
  aTally(aMonth(2024, 6), 14, 40),
];

describe('trendChart for a monthly measure', () => {
  const chart = trendChart({
    measure: reReferrals,
    observations: reReferralRows,
    quarter: Q1_2024,
    target: aTarget('2024-25', '18', '20'),
    benchmark: aBenchmark('2023-24', month(2024, 3), { statistical_neighbours: num('21.2'), regional: special('x'), national: num('22.4') }),
  });
  const [thisYear, lastYear] = chart.lines;

  it('plots each month of the financial year from April, this year against last year, and says so in the title', () => {
    expect(chart.kind).toBe('year-on-year');
    expect(chart.axisLabels).toEqual(['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar']);
    expect(chart.title).toBe("Each month's own figure (not cumulative), 2024-25 so far against 2023-24");
    expect(thisYear?.name).toBe('2024-25');
    expect(lastYear?.name).toBe('2023-24');
  });

  it('leaves a suppressed month as a gap, never zero, and stops this year at the month due', () => {
    expect(thisYear?.points.map((p) => p?.value ?? null)).toEqual([20, null, 35, null, null, null, null, null, null, null, null, null]);
    expect(lastYear?.points.map((p) => p?.text ?? null).slice(0, 4)).toEqual(['20.0%', '15.0%', '25.0%', null]);
    // May 2024 is [c]; July 2023 to March 2024 have no row (9 months); July 2024 onwards are not due yet.
    expect(chart.gaps[0]).toEqual({
      line: '2024-25',
      index: 1,
      period: 'May 2024',
      reason: '[c] confidential: suppressed to protect individuals (small numbers)',
      short: '[c] suppressed',
    });
    expect(chart.gaps.slice(1).map((g) => g.period)).toEqual([
      'July 2023',
      'August 2023',
      'September 2023',
      'October 2023',
      'November 2023',
      'December 2023',
      'January 2024',
      'February 2024',
      'March 2024',
    ]);
    expect(chart.gaps[1]?.reason).toBe('no figure supplied');
  });

  it('marks the highest and lowest month of each line', () => {
    expect(thisYear?.high).toEqual({ index: 2, value: 35, text: '35.0%', period: 'June 2024' });
    expect(thisYear?.low).toEqual({ index: 0, value: 20, text: '20.0%', period: 'April 2024' });
    expect(lastYear?.high).toMatchObject({ index: 2, text: '25.0%', period: 'June 2023' });
    expect(lastYear?.low).toMatchObject({ index: 1, text: '15.0%', period: 'May 2023' });
  });

  it('carries the year’s target and tolerance and each numeric benchmark with its year', () => {
    expect(chart.target).toEqual({ value: 18, text: '18.0%', year: '2024-25' });
    expect(chart.tolerance).toEqual({ value: 20, text: '20.0%' });
    // The regional cell is [x]: not a mark.
    expect(chart.benchmarks).toEqual([
      { comparator: 'statistical_neighbours', name: 'Statistical neighbours', year: '2023-24', value: 21.2, text: '21.2%' },
      { comparator: 'national', name: 'England', year: '2023-24', value: 22.4, text: '22.4%' },
    ]);
  });

  it('sums the chart up in one sentence, with the year to date against the same point last year', () => {
    // This year's YTD lacks May ([c]); last year's to June 2023 is (10+6+9)/(50+40+36) = 25/126 = 19.84% -> 19.8%.
    expect(chart.summary).toBe(
      "In 2024-25 up to June 2024, each month's figure ranged from 20.0% (April 2024) to 35.0% (June 2024); in 2023-24 it ranged from 15.0% to 25.0%; the year to date cannot be worked out, as a figure is missing; at the same point in 2023-24 it was 19.8%.",
    );
  });
});

describe('trendChart for a quarterly measure with a break in series', () => {
  const measure = aMeasure({ frequency: 'quarterly', unit: 'number', decimals: 0, polarity: 'high' });
  const chart = trendChart({
    measure,
    observations: [
      anObservation(aQuarterEnding(2024, 6), '10'),
      anObservation(aQuarterEnding(2024, 9), num('12', 'b')),
      anObservation(aQuarterEnding(2024, 12), '11'),
    ],
    quarter: Q3_2024,
    target: null,
    benchmark: null,
  });

  it('starts a new stretch of line at the [b] point and records the break', () => {
    expect(chart.axisLabels).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(chart.lines[0]?.points.map((p) => p?.segment ?? null)).toEqual([0, 1, 1, null]);
    expect(chart.lines[0]?.points[1]?.text).toBe('12 [b]');
    expect(chart.breaks).toEqual([{ line: '2024-25', index: 1, period: '2024-25 Q2' }]);
    expect(chart.target).toBeNull();
    expect(chart.tolerance).toBeNull();
    expect(chart.benchmarks).toEqual([]);
  });

  it('says "quarter" and leaves out the year to date when the measure has none', () => {
    expect(chart.title).toBe("Each quarter's own figure (not cumulative), 2024-25 so far against 2023-24");
    expect(chart.summary).toBe("In 2024-25 up to Q3, each quarter's figure ranged from 10 (2024-25 Q1) to 12 [b] (2024-25 Q2).");
  });

  it('does not start a new stretch when the first point of a line carries [b]', () => {
    const first = trendChart({ measure, observations: [anObservation(aQuarterEnding(2024, 6), num('10', 'b'))], quarter: Q3_2024, target: null, benchmark: null });
    expect(first.lines[0]?.points[0]?.segment).toBe(0);
  });
});

describe('the year-to-date clause of the summary when either year is incomplete', () => {
  // data/lac-sufficiency.csv, LAC10 (quarterly, financial, ratio, high is good), viewed at 2024-25 Q2:
  // 2023-24 Q1 14.3 (8/56), Q2 [c] ([c]/47); 2024-25 Q1 13.6 (6/44), Q2 14.3 (6/42).
  const adoption = aMeasure({ id: 'LAC10', frequency: 'quarterly', unit: 'percent', polarity: 'high', ytd: 'ratio', decimals: 1 });
  const lac10 = [
    aTally(aQuarterEnding(2023, 6), 8, 56, 'LAC10'),
    anObservation(aQuarterEnding(2023, 9), special('c'), { measureId: 'LAC10', numerator: special('c'), denominator: num('47') }),
    aTally(aQuarterEnding(2024, 6), 6, 44, 'LAC10'),
    aTally(aQuarterEnding(2024, 9), 6, 42, 'LAC10'),
  ];
  const summaryAt = (observations: typeof lac10) =>
    trendChart({ measure: adoption, observations, quarter: { startYear: 2024, quarter: 2 }, target: null, benchmark: null }).summary;

  it('gives this year’s figure and says last year’s cannot be compared (LAC10 at 2024-25 Q2)', () => {
    // This year (6+6)/(44+42) = 12/86 = 13.95% -> 14.0%; 2023-24 Q2 is [c], so 2023-24's year to date is incomplete.
    const summary = summaryAt(lac10);
    expect(summary).toContain(
      '; the year to date is 14.0%; there is no year to date for the same point in 2023-24 to compare it with, as a figure is missing for that year.',
    );
    expect(summary).not.toContain('against incomplete');
  });

  it('compares both when both are complete', () => {
    // Replace 2023-24 Q2 with 7/49: last year (8+7)/(56+49) = 15/105 = 14.29% -> 14.3%.
    const summary = summaryAt([lac10[0]!, aTally(aQuarterEnding(2023, 9), 7, 49, 'LAC10'), lac10[2]!, lac10[3]!]);
    expect(summary).toContain('; the year to date is 14.0%, against 14.3% at the same point in 2023-24.');
  });

  it('says neither can be worked out when both years have a gap', () => {
    // Drop 2024-25 Q1: this year's year to date lacks Q1 as well.
    const summary = summaryAt([lac10[0]!, lac10[1]!, lac10[3]!]);
    expect(summary).toContain('; the year to date cannot be worked out for this year or for the same point in 2023-24, as figures are missing from both.');
  });
});

describe('trendChart for an annual measure', () => {
  const annual = aMeasure({ frequency: 'annual', unit: 'percent', decimals: 0 });
  // 2020-21 has no row; the 2024-25 row ends in March 2025, after the 2024-25 Q3 quarter, so is not shown.
  const rows = [
    anObservation(aYearEnding(2020, 3), '30'),
    anObservation(aYearEnding(2022, 3), '26'),
    anObservation(aYearEnding(2023, 3), '27'),
    anObservation(aYearEnding(2024, 3), '28'),
    anObservation(aYearEnding(2025, 3), '40'),
  ];
  const chart = trendChart({ measure: annual, observations: rows, quarter: Q3_2024, target: aTarget('2023-24', '30', '27'), benchmark: null });

  it('is a history of every year so far, with the missing year as a gap', () => {
    expect(chart.kind).toBe('history');
    expect(chart.axisLabels).toEqual(['2019-20', '2020-21', '2021-22', '2022-23', '2023-24']);
    expect(chart.lines).toHaveLength(1);
    expect(chart.lines[0]?.points.map((p) => p?.value ?? null)).toEqual([30, null, 26, 27, 28]);
    expect(chart.gaps).toEqual([{ line: 'Each year', index: 1, period: '2020-21', reason: 'no figure supplied', short: 'no figure supplied' }]);
    expect(chart.title).toBe("Each year's figure, 2019-20 to 2023-24");
    expect(chart.summary).toBe('From 2019-20 to 2023-24 the yearly figure ranged from 26% (2021-22) to 30% (2019-20).');
  });

  it('marks no high or low on a flat line', () => {
    const flat = trendChart({
      measure: annual,
      observations: [anObservation(aYearEnding(2023, 3), '28'), anObservation(aYearEnding(2024, 3), '28.2')],
      quarter: Q3_2024,
      target: null,
      benchmark: null,
    });
    // 28 and 28.2 both show as 28%.
    expect(flat.lines[0]?.high).toBeNull();
    expect(flat.lines[0]?.low).toBeNull();
    expect(flat.summary).toBe('From 2022-23 to 2023-24 the yearly figure was 28% throughout.');
  });

  it('says so when no year has been published', () => {
    const none = trendChart({ measure: annual, observations: [], quarter: Q3_2024, target: null, benchmark: null });
    expect(none.lines[0]?.points).toEqual([]);
    expect(none.summary).toBe('No yearly figures have been published yet.');
  });
});

describe('historyPeriods', () => {
  it('runs from the first row to the month due in the quarter, even when that month has no row', () => {
    const rows = historyPeriods(reReferrals, [aTally(aMonth(2024, 10), 1, 2), aTally(aMonth(2024, 12), 1, 4)], Q3_2024);
    expect(rows.map((r) => periodName(r.period))).toEqual(['October 2024', 'November 2024', 'December 2024']);
    expect(rows.map((r) => r.observation?.value ?? null)).toEqual([num('50.0'), null, num('25.0')]);
    const late = historyPeriods(reReferrals, [aTally(aMonth(2024, 10), 1, 2)], Q3_2024);
    expect(late.map((r) => periodName(r.period))).toEqual(['October 2024', 'November 2024', 'December 2024']);
  });
});

describe('tallyText', () => {
  it('writes the tally as "57 of 244", with thousands separators', () => {
    expect(tallyText(aTally(aMonth(2024, 12), 57, 244))).toBe('57 of 244');
    expect(tallyText(anObservation(aMonth(2024, 12), '61.7', { numerator: num('1234'), denominator: num('2000') }))).toBe('1,234 of 2,000');
  });

  it('keeps [c] as [c], and a [c] value suppresses the numerator too', () => {
    expect(tallyText(anObservation(aMonth(2024, 12), special('c'), { numerator: num('3'), denominator: num('40') }))).toBe('[c] of 40');
  });

  it('gives nothing unless the row has both halves of the tally', () => {
    expect(tallyText(anObservation(aMonth(2024, 12), '7', { numerator: EMPTY, denominator: EMPTY }))).toBeNull();
    expect(tallyText(anObservation(aMonth(2024, 12), special('c'), { numerator: num('3'), denominator: EMPTY }))).toBeNull();
  });
});

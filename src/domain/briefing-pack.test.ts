import { describe, expect, it } from 'vitest';
import { planBriefingPack, longDate } from './briefing-pack';
import type { MeasureSlide, SummarySlide, TitleSlide } from './briefing-pack';
import { buildScorecard, indexDataset } from './scorecard';
import { aBenchmark, aComment, aDataset, aMeasure, aMonth, aTally, aTarget, anObservation, month, num, special } from './test-factories';
import type { FinancialQuarter } from './types';

const Q3: FinancialQuarter = { startYear: 2024, quarter: 3 }; // October to December 2024

// EH01 and LAC06 as in data/*.csv, from July 2024 and the December a year before.
const EH01 = aMeasure({ id: 'EH01', area: 'early-help', title: 'Families contacted within 3 working days of referral', ytd: 'ratio' });
const LAC06 = aMeasure({
  id: 'LAC06',
  area: 'lac-sufficiency',
  title: 'New placements more than 20 miles from home',
  unit: 'number',
  polarity: 'low',
  ytd: 'sum',
  decimals: 0,
});

const observations = [
  // EH01: Dec 2023 58 of 64 = 90.6; Jul 2024 60/70 = 85.7, Aug 48/58 = 82.8, Sep 66/72 = 91.7,
  // Oct 61/70 = 87.1, Nov 62/71 = 87.3, Dec 57/67 = 85.1, provisional.
  anObservation(aMonth(2023, 12), num('90.6'), { numerator: num('58'), denominator: num('64'), measureId: 'EH01' }),
  aTally(aMonth(2024, 7), 60, 70, 'EH01'),
  aTally(aMonth(2024, 8), 48, 58, 'EH01'),
  aTally(aMonth(2024, 9), 66, 72, 'EH01'),
  aTally(aMonth(2024, 10), 61, 70, 'EH01'),
  aTally(aMonth(2024, 11), 62, 71, 'EH01'),
  anObservation(aMonth(2024, 12), num('85.1', 'p'), { numerator: num('57'), denominator: num('67'), measureId: 'EH01' }),
  // LAC06: Dec 2023 7; Jul-Nov 2024 8, 6, 5, 9, 9; Dec 2024 suppressed.
  anObservation(aMonth(2023, 12), '7', { measureId: 'LAC06' }),
  ...['8', '6', '5', '9', '9'].map((value, i) => anObservation(aMonth(2024, 7 + i), value, { measureId: 'LAC06' })),
  anObservation(aMonth(2024, 12), special('c'), { measureId: 'LAC06', note: 'Fewer than 5: suppressed' }),
];

const index = indexDataset(
  aDataset({
    measures: [EH01, LAC06],
    observations,
    targets: [
      aTarget('2023-24', '90', '84', 'EH01'),
      aTarget('2024-25', '90', '84', 'EH01'),
      aTarget('2023-24', '8', '10', 'LAC06'),
      aTarget('2024-25', '8', '10', 'LAC06'),
    ],
    benchmarks: [
      aBenchmark('2023-24', month(2024, 3), { statistical_neighbours: num('88.0'), regional: num('85.1'), national: special('x') }, { measureId: 'EH01' }),
    ],
    commentary: [aComment(aMonth(2024, 12), 'Two duty posts were vacant over the holiday.', 'EH01')],
  }),
);
const rows = buildScorecard(index, Q3);
const settings = { authorityName: 'Sample Borough Council', queryEmail: null, dataDate: '2025-01-10', published: null, councilPlanUrl: null };
const plan = planBriefingPack({ index, quarter: Q3, rows, chosen: rows, settings, selection: 'All areas', preparedOn: '2025-01-21' });
const [title, summary, eh01, lac06] = plan.slides as [TitleSlide, SummarySlide, MeasureSlide, MeasureSlide];

describe('planBriefingPack', () => {
  it('has a title slide, a summary slide and one slide per chosen measure', () => {
    expect(plan.slides.map((s) => s.kind)).toEqual(['title', 'summary', 'measure', 'measure']);
    const one = planBriefingPack({ index, quarter: Q3, rows, chosen: rows.slice(1), settings, selection: 'x', preparedOn: '2025-01-21' });
    expect(one.slides).toHaveLength(2 + 1);
  });

  it('puts the quarter, the council, the data date and the day it was made on the title slide', () => {
    expect(title.quarter).toBe('2024-25 Q3');
    expect(title.lines).toEqual(['Sample Borough Council', 'All areas: 2 measures', 'Data as at 10 January 2025', 'Prepared 21 January 2025']);
  });

  it('counts the performance on a page by area', () => {
    // Q3: EH01 85.1 is under the target of 90 but within the tolerance of 84: amber. LAC06 [c]: not rated.
    // Q2 (September): EH01 91.7 >= 90 green; LAC06 5 <= 8 green. No measure red in either quarter: red "no change".
    expect(summary.table.header).toEqual(['Service area', 'Red', 'Amber', 'Green', 'Not rated', 'Total', 'Red since 2024-25 Q2']);
    expect(summary.table.rows).toEqual([
      ['Early help', '0', '1', '0', '0', '1', 'no change'],
      ['Looked-after children placement sufficiency', '0', '0', '0', '1', '1', 'no change'],
      ['All areas', '0', '1', '0', '1', '2', 'no change'],
    ]);
    // EH01 is lower than December 2023's 90.6 and high is good: declining, so an exception.
    expect(summary.exceptions).toBe('1 measure is red or getting worse: EH01.');
  });

  it('gives EH01 its figure, tally, rating and direction in words', () => {
    expect(eh01.title).toBe('EH01: Families contacted within 3 working days of referral');
    expect(eh01.headline).toBe('85.1% [p] in December 2024 (57 of 67)');
    expect(eh01.rag).toBe('amber');
    expect(eh01.ragText).toBe('Amber - below target of 90.0%, within tolerance of 84.0%');
    expect(eh01.dot).toBe('declining');
    expect(eh01.dotText).toMatch(/^Down from 90\.6% in December 2023 - declining/);
    expect(eh01.commentary).toEqual(['Two duty posts were vacant over the holiday.']);
  });

  it('tabulates the last six periods, newest first, with tally, target and tolerance', () => {
    expect(eh01.figures.header).toEqual(['Period', 'Value', 'Tally', 'Target', 'Tolerance']);
    expect(eh01.figures.rows).toEqual([
      ['December 2024', '85.1% [p]', '57 of 67', '90.0%', '84.0%'],
      ['November 2024', '87.3%', '62 of 71', '90.0%', '84.0%'],
      ['October 2024', '87.1%', '61 of 70', '90.0%', '84.0%'],
      ['September 2024', '91.7%', '66 of 72', '90.0%', '84.0%'],
      ['August 2024', '82.8%', '48 of 58', '90.0%', '84.0%'],
      ['July 2024', '85.7%', '60 of 70', '90.0%', '84.0%'],
    ]);
  });

  it('compares EH01 with its benchmarks, giving the year and better/similar/worse', () => {
    // 85.1 against neighbours 88.0 (high is good): worse; against the region's 85.1: similar; England [x]: not compared.
    expect(eh01.benchmarks?.rows).toEqual([
      ['Statistical neighbours', '88.0%', '2023-24', 'Worse'],
      ['Regional average', '85.1%', '2023-24', 'Similar'],
      ['England', '[x]', '2023-24', 'Not compared'],
    ]);
    expect(lac06.benchmarks).toBeNull();
  });

  it('charts this year against last year month by month, with the target, leaving gaps as null', () => {
    expect(eh01.chart.labels).toEqual(['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar']);
    const n = null;
    expect(eh01.chart.series).toEqual([
      { name: '2024-25', values: [n, n, n, 85.7, 82.8, 91.7, 87.1, 87.3, 85.1, n, n, n] },
      { name: '2023-24', values: [n, n, n, n, n, n, n, n, 90.6, n, n, n] },
      { name: 'Target 90.0%', values: Array(12).fill(90) },
    ]);
  });

  it('keeps LAC06 December [c] as "[c]" in the text and as a gap in the chart, never 0', () => {
    expect(lac06.headline).toBe('[c] in December 2024');
    expect(lac06.rag).toBe('none');
    expect(lac06.ragText).toBe('Not rated: value suppressed');
    expect(lac06.dot).toBe('none');
    expect(lac06.figures.rows[0]).toEqual(['December 2024', '[c]', '-', '8', '10']);
    expect(lac06.figures.rows[1]).toEqual(['November 2024', '9', '-', '8', '10']);
    const thisYear = lac06.chart.series[0]!.values;
    // Apr-Jun: no rows; Jul-Nov 8, 6, 5, 9, 9; December suppressed; Jan-Mar not yet due.
    expect(thisYear).toEqual([null, null, null, 8, 6, 5, 9, 9, null, null, null, null]);
    expect(thisYear[8]).toBeNull();
    expect(lac06.chart.gaps).toContain('December 2024: [c] confidential: suppressed to protect individuals (small numbers)');
    expect(JSON.stringify(lac06)).not.toMatch(/"December 2024","0"/);
  });
});

describe('longDate', () => {
  it('writes an ISO date as a reader says it', () => {
    expect(longDate('2025-01-10')).toBe('10 January 2025');
    expect(longDate('soon')).toBe('soon');
  });
});

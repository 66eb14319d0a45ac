import { describe, expect, it } from 'vitest';
import { availableQuarters, buildScorecard, defaultQuarter, indexDataset, prepareQuarterRows, prepareScorecard, scorecardRow } from './scorecard';
import {
  EMPTY,
  aBenchmark,
  aComment,
  aDataset,
  aMeasure,
  aMonth,
  anObservation,
  aQuarterEnding,
  aTally,
  aTarget,
  aYearEnding,
  month,
  num,
  special,
} from './test-factories';
import type { FinancialQuarter } from './types';

const q3: FinancialQuarter = { startYear: 2024, quarter: 3 }; // October-December 2024

const contacted = aMeasure({ id: 'EH01', unit: 'percent', polarity: 'high', frequency: 'monthly', ytd: 'ratio' });
const ehcp = aMeasure({ id: 'SEND01', area: 'send', frequency: 'quarterly', yearType: 'academic', polarity: 'high' });
const lacRate = aMeasure({ id: 'LAC01', area: 'lac-sufficiency', unit: 'rate-per-10k', frequency: 'annual', polarity: 'low' });
const referrals = aMeasure({ id: 'CSC01', area: 'social-care', unit: 'number', decimals: 0, polarity: 'none', ytd: 'sum' });

const dataset = aDataset({
  measures: [contacted, ehcp, lacRate, referrals],
  observations: [
    aTally(aMonth(2024, 12), 57, 67, 'EH01'),
    aTally(aMonth(2024, 4), 50, 60, 'EH01'),
    aTally(aMonth(2024, 5), 50, 60, 'EH01'),
    aTally(aMonth(2024, 6), 50, 60, 'EH01'),
    aTally(aMonth(2024, 7), 50, 60, 'EH01'),
    aTally(aMonth(2024, 8), 50, 60, 'EH01'),
    aTally(aMonth(2024, 9), 50, 60, 'EH01'),
    aTally(aMonth(2024, 10), 50, 60, 'EH01'),
    aTally(aMonth(2023, 12), 40, 60, 'EH01'),
    anObservation(aQuarterEnding(2024, 11, 'academic'), '70', { measureId: 'SEND01' }),
    anObservation(aQuarterEnding(2024, 8, 'academic'), '57.5', { measureId: 'SEND01' }),
    anObservation(aYearEnding(2023, 3), '112.7', { measureId: 'LAC01' }),
    anObservation(aYearEnding(2024, 3), '97.8', { measureId: 'LAC01' }),
    anObservation(aYearEnding(2025, 3), '95.0', { measureId: 'LAC01' }),
    anObservation(aMonth(2024, 9), '450', { measureId: 'CSC01' }),
  ],
  targets: [
    aTarget('2024-25', '85', '80', 'EH01'),
    aTarget('2023-24', '90', null, 'EH01'),
    aTarget('2023-24', '100', '105', 'LAC01'),
    aTarget('2024-25', '95', '100', 'LAC01'),
    aTarget('2024-25', '65', '60', 'SEND01'),
  ],
  benchmarks: [
    aBenchmark('2022-23', month(2023, 3), { statistical_neighbours: num('80'), national: num('88') }, { measureId: 'EH01', quartile: 'B' }),
    aBenchmark('2023-24', month(2024, 3), { statistical_neighbours: num('84'), national: EMPTY }, { measureId: 'EH01', quartile: 'A' }),
    aBenchmark('2024-25', month(2025, 3), { national: num('1') }, { measureId: 'EH01' }),
  ],
  commentary: [
    aComment(aMonth(2024, 12), 'Staffing restored in December.', 'EH01'),
    aComment(aMonth(2024, 11), 'An older comment.', 'EH01'),
    aComment(aMonth(2024, 12), 'A comment for another measure.', 'CSC01'),
  ],
});
const index = indexDataset(dataset);

describe('availableQuarters and defaultQuarter', () => {
  it('lists every financial quarter with a monthly or quarterly row, oldest first, leaving out annual-only ones', () => {
    // LAC01's annual row ending March 2025 would be 2024-25 Q4, but annual rows add no quarter.
    expect(availableQuarters(index)).toEqual([
      { startYear: 2023, quarter: 3 },
      { startYear: 2024, quarter: 1 },
      { startYear: 2024, quarter: 2 },
      { startYear: 2024, quarter: 3 },
    ]);
  });

  it('defaults to the latest of those quarters, not the later annual year end', () => {
    expect(defaultQuarter(index)).toEqual(q3);
  });

  it('has no default quarter when only annual measures have rows', () => {
    const annualOnly = indexDataset(aDataset({ measures: [lacRate], observations: [anObservation(aYearEnding(2024, 3), '97.8', { measureId: 'LAC01' })] }));
    expect(availableQuarters(annualOnly)).toEqual([]);
    expect(defaultQuarter(annualOnly)).toBeNull();
  });
});

describe('scorecardRow for a monthly measure', () => {
  const row = scorecardRow(index, contacted, q3);

  it('shows the latest month of the quarter with the three months beside it', () => {
    expect(row.period).toEqual(aMonth(2024, 12));
    expect(row.current?.value).toEqual(num('85.1'));
    expect(row.noDataForQuarter).toBe(false);
    expect(row.months.map((m) => m.observation?.value ?? null)).toEqual([num('83.3'), null, num('85.1')]);
  });

  it('rates against the target for the year of the current value', () => {
    expect(row.target).toEqual(aTarget('2024-25', '85', '80', 'EH01'));
    expect(row.rag).toEqual({ rag: 'green', reason: 'rated', text: 'Green - on or above target of 85.0%', why: 'on or above target of 85.0%' });
  });

  it('compares with the same month last year', () => {
    expect(row.comparisonPeriod).toEqual(aMonth(2023, 12));
    expect(row.dot).toEqual({ arrow: 'up', judgement: 'improving', text: 'Up from 66.7% in December 2023 - improving' });
  });

  it('leaves the year to date incomplete because November is missing', () => {
    expect(row.ytd).toMatchObject({ status: 'incomplete', missing: ['2024-11'] });
  });

  it('uses the latest benchmark year ended by December 2024, keeping its empty national cell', () => {
    expect(row.benchmark?.year).toBe('2023-24');
    expect(row.quartile).toBe('A');
    expect(row.benchmarks?.statistical_neighbours).toEqual({ value: num('84'), year: '2023-24', judgement: 'better' });
    expect(row.benchmarks?.national).toEqual({ value: EMPTY, year: '2023-24', judgement: null });
  });

  it('carries only the commentary for the period shown', () => {
    expect(row.commentary.map((c) => c.text)).toEqual(['Staffing restored in December.']);
  });
});

describe('scorecardRow for quarterly, annual and missing data', () => {
  it('places an academic quarter ending in November in 2024-25 Q3 and rates it against academic 2024-25', () => {
    const row = scorecardRow(index, ehcp, q3);
    expect(row.period).toEqual(aQuarterEnding(2024, 11, 'academic'));
    expect(row.target?.year).toBe('2024-25');
    expect(row.rag.rag).toBe('green');
    expect(row.months).toEqual([]);
    // The same quarter a year earlier has no row: no direction of travel.
    expect(row.dot.judgement).toBe('none');
    expect(row.comparisonPeriod).toEqual(aQuarterEnding(2023, 11, 'academic'));
  });

  it('shows an annual measure at its latest year ended by the quarter, with that year target', () => {
    const row = scorecardRow(index, lacRate, q3);
    expect(row.period).toEqual(aYearEnding(2024, 3));
    expect(row.target?.year).toBe('2023-24');
    expect(row.rag.rag).toBe('green');
    expect(row.dot).toEqual({ arrow: 'down', judgement: 'improving', text: 'Down from 112.7 in 2022-23 - improving' });
    expect(row.ytd.status).toBe('none');
    expect(row.noDataForQuarter).toBe(false);
  });

  it('says there is no data for the quarter when a monthly measure has no row in it', () => {
    const row = scorecardRow(index, referrals, q3);
    expect(row.noDataForQuarter).toBe(true);
    expect(row.current).toBeNull();
    expect(row.period).toBeNull();
    expect(row.rag.rag).toBe('none');
    expect(row.dot.judgement).toBe('none');
    expect(row.comparisonPeriod).toBeNull();
    // The year to date still runs to December, so the missing months are named.
    expect(row.ytd).toMatchObject({ status: 'incomplete', missing: ['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-10', '2024-11', '2024-12'] });
    expect(row.commentary.map((c) => c.text)).toEqual(['A comment for another measure.']);
  });

  it('shows nothing for an annual measure before its first year has ended', () => {
    const row = scorecardRow(index, lacRate, { startYear: 2021, quarter: 1 });
    expect(row.current).toBeNull();
    expect(row.noDataForQuarter).toBe(false);
    expect(row.ytd.status).toBe('none');
    expect(row.commentary).toEqual([]);
  });

  it('treats a suppressed numerator as suppressing the value shown and rated', () => {
    const leaky = indexDataset(
      aDataset({
        measures: [contacted],
        observations: [anObservation(aMonth(2024, 12), '75', { numerator: special('c'), denominator: num('4'), measureId: 'EH01' })],
        targets: [aTarget('2024-25', '85', '80', 'EH01')],
      }),
    );
    const row = scorecardRow(leaky, contacted, q3);
    expect(row.current?.value).toEqual(special('c'));
    expect(row.months[2]?.observation?.value).toEqual(special('c'));
    expect(row.rag).toMatchObject({ rag: 'none', reason: 'special-value' });
  });
});

describe('buildScorecard', () => {
  it('gives one row per measure in measures.csv order', () => {
    expect(buildScorecard(index, q3).map((row) => row.measure.id)).toEqual(['EH01', 'SEND01', 'LAC01', 'CSC01']);
  });
});

describe('prepareScorecard (worked out in steps while a page loads)', () => {
  const run = (steps: Generator<void, void>): number => {
    let yields = 0;
    while (!steps.next().done) yields++;
    return yields;
  };

  it('yields between measures and leaves the same quarters and rows buildScorecard would make', () => {
    const fresh = indexDataset({ ...dataset });
    // Four measures in the default quarter (Q3 2024-25): a yield after each of the 4 rows at least.
    expect(run(prepareScorecard(fresh))).toBeGreaterThanOrEqual(4);
    expect(availableQuarters(fresh)).toEqual(availableQuarters(index));
    const prepared = buildScorecard(fresh, q3);
    expect(prepared.map((row) => [row.measure.id, row.rag.rag, row.dot.judgement, row.ytd])).toEqual(
      buildScorecard(index, q3).map((row) => [row.measure.id, row.rag.rag, row.dot.judgement, row.ytd]),
    );
    // Q2 (the quarter before) is not: each call works its rows out afresh, until prepareQuarterRows remembers them.
    const q2: FinancialQuarter = { startYear: 2024, quarter: 2 };
    expect(buildScorecard(fresh, q2)[0]).not.toBe(buildScorecard(fresh, q2)[0]);
    expect(run(prepareQuarterRows(fresh, q2))).toBeGreaterThanOrEqual(4);
    expect(buildScorecard(fresh, q2)[0]).toBe(buildScorecard(fresh, q2)[0]);
    expect(buildScorecard(fresh, q2).map((row) => row.quarter)).toEqual(Array(4).fill(q2));
    // Asked again, it has nothing more to do; Q3's rows are still there.
    expect(run(prepareQuarterRows(fresh, q2))).toBe(0);
    expect(buildScorecard(fresh, q3)[0]).toBe(buildScorecard(fresh, q3)[0]);
  });

  it('hands out copies, so a caller that sorts or changes a list does not change the next caller', () => {
    const fresh = indexDataset({ ...dataset });
    run(prepareScorecard(fresh));
    buildScorecard(fresh, q3).reverse();
    availableQuarters(fresh).reverse();
    expect(buildScorecard(fresh, q3)[0]!.measure.id).toBe('EH01');
    expect(defaultQuarter(fresh)).toEqual(q3);
  });
});

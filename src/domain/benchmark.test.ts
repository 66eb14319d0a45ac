import { describe, expect, it } from 'vitest';
import { benchmarkAt, benchmarkComparisons, benchmarkJudgement } from './benchmark';
import { EMPTY, aBenchmark, aMeasure, month, num, special } from './test-factories';

const measure = aMeasure({ id: 'M1', polarity: 'high', decimals: 1 });
const year2122 = aBenchmark('2021-22', month(2022, 3), { national: num('80') });
const year2223 = aBenchmark('2022-23', month(2023, 3), { statistical_neighbours: num('83.3'), national: EMPTY });
const otherMeasure = aBenchmark('2023-24', month(2024, 3), { national: num('99') }, { measureId: 'M2' });

describe('benchmarkAt', () => {
  const all = [year2223, otherMeasure, year2122];

  it('picks the latest year ending no later than the end of the quarter', () => {
    // 2024-25 Q1 ends June 2024; the measure's 2023-24 row does not exist, so 2022-23 is the latest.
    expect(benchmarkAt(measure, all, month(2024, 6))).toBe(year2223);
  });

  it('takes a year that ends in the quarter-end month itself', () => {
    expect(benchmarkAt(measure, all, month(2023, 3))).toBe(year2223);
  });

  it('ignores years that end after the quarter', () => {
    expect(benchmarkAt(measure, all, month(2023, 2))).toBe(year2122);
  });

  it('returns null when no year has ended by then', () => {
    expect(benchmarkAt(measure, all, month(2022, 2))).toBeNull();
  });

  it('never picks another measure', () => {
    expect(benchmarkAt({ id: 'M3' }, all, month(2030, 3))).toBeNull();
  });
});

describe('benchmarkJudgement', () => {
  it('is better when a high-is-good value is above the comparator and worse when below', () => {
    expect(benchmarkJudgement(num('85.1'), num('83.3'), measure)).toBe('better');
    expect(benchmarkJudgement(num('80'), num('83.3'), measure)).toBe('worse');
  });

  it('is better when a low-is-good value is below the comparator', () => {
    const low = { polarity: 'low', decimals: 0 } as const;
    expect(benchmarkJudgement(num('569'), num('613'), low)).toBe('better');
    expect(benchmarkJudgement(num('569'), num('494'), low)).toBe('worse');
  });

  it('is similar when the two are equal at display precision', () => {
    expect(benchmarkJudgement(num('83.26'), num('83.3'), measure)).toBe('similar');
    expect(benchmarkJudgement(num('83.24'), num('83.3'), measure)).toBe('worse');
  });

  it('makes no judgement for polarity none', () => {
    expect(benchmarkJudgement(num('20.4'), num('17.1'), { polarity: 'none', decimals: 1 })).toBeNull();
  });

  it('makes no judgement when the current value is special or absent', () => {
    expect(benchmarkJudgement(special('c'), num('83.3'), measure)).toBeNull();
    expect(benchmarkJudgement(null, num('83.3'), measure)).toBeNull();
  });

  it('makes no judgement against an empty or special comparator', () => {
    expect(benchmarkJudgement(num('85'), EMPTY, measure)).toBeNull();
    expect(benchmarkJudgement(num('85'), special('x'), measure)).toBeNull();
  });
});

describe('benchmarkComparisons', () => {
  it('judges every comparator of the one row, each labelled with its year', () => {
    const row = aBenchmark('2022-23', month(2023, 3), { statistical_neighbours: num('83.3'), regional: num('90'), national: num('85.1') });
    expect(benchmarkComparisons(measure, row, num('85.1'))).toEqual({
      statistical_neighbours: { value: num('83.3'), year: '2022-23', judgement: 'better' },
      regional: { value: num('90'), year: '2022-23', judgement: 'worse' },
      national: { value: num('85.1'), year: '2022-23', judgement: 'similar' },
    });
  });

  it('shows an empty cell as empty instead of falling back to an older year', () => {
    const chosen = benchmarkAt(measure, [year2122, year2223], month(2024, 12));
    const comparisons = benchmarkComparisons(measure, chosen, num('85'));
    // 2021-22 has a national figure of 80, but the row in force (2022-23) leaves national empty.
    expect(comparisons?.national).toEqual({ value: EMPTY, year: '2022-23', judgement: null });
    expect(comparisons?.statistical_neighbours.year).toBe('2022-23');
  });

  it('is null when there is no benchmark row', () => {
    expect(benchmarkComparisons(measure, null, num('85'))).toBeNull();
  });
});

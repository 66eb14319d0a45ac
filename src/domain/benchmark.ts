// Benchmarks are published annually and lag: a quarter uses the one benchmark row with the latest year
// ending by the quarter's end, for every comparator. An empty or special cell stays as it is - an older
// year's figure is never slipped in beside this year's.
import { compareAtPrecision } from './decimal';
import { COMPARATORS } from './types';
import type { Benchmark, Cell, Comparator, Measure, MonthIndex } from './types';

export type BenchmarkJudgement = 'better' | 'similar' | 'worse';

export interface BenchmarkComparison {
  value: Cell;
  /** The benchmark's year label: benchmarks lag, so the year is always shown. */
  year: string;
  judgement: BenchmarkJudgement | null;
}

export type BenchmarkComparisons = Record<Comparator, BenchmarkComparison>;

export function benchmarkAt(measure: Pick<Measure, 'id'>, benchmarks: readonly Benchmark[], quarterEnd: MonthIndex): Benchmark | null {
  let chosen: Benchmark | null = null;
  for (const b of benchmarks) {
    if (b.measureId !== measure.id || b.yearEnd > quarterEnd) continue;
    if (chosen === null || b.yearEnd > chosen.yearEnd) chosen = b;
  }
  return chosen;
}

/** Better, similar (equal at display precision) or worse than the comparator, by polarity; null when there is nothing to judge. */
export function benchmarkJudgement(
  current: Cell | null,
  comparator: Cell,
  measure: Pick<Measure, 'polarity' | 'decimals'>,
): BenchmarkJudgement | null {
  if (measure.polarity === 'none' || current === null) return null;
  if (current.kind !== 'number' || comparator.kind !== 'number') return null;
  const order = compareAtPrecision(current, comparator, measure.decimals);
  if (order === 0) return 'similar';
  const higherIsBetter = measure.polarity === 'high';
  return order > 0 === higherIsBetter ? 'better' : 'worse';
}

/** Every comparator of one benchmark row, judged against the current value; null when there is no row. */
export function benchmarkComparisons(
  measure: Pick<Measure, 'polarity' | 'decimals'>,
  benchmark: Benchmark | null,
  current: Cell | null,
): BenchmarkComparisons | null {
  if (benchmark === null) return null;
  const compare = (comparator: Comparator): BenchmarkComparison => {
    const value = benchmark.values[comparator];
    return { value, year: benchmark.year, judgement: benchmarkJudgement(current, value, measure) };
  };
  return Object.fromEntries(COMPARATORS.map((c) => [c, compare(c)])) as BenchmarkComparisons;
}

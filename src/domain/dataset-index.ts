// One pass over the dataset so every screen and the export can look rows up by measure instead of
// scanning every observation for every measure and quarter.
import type { Benchmark, Commentary, Dataset, Measure, Observation, Target } from './types';

export interface DatasetIndex {
  /** In measures.csv order. */
  measures: readonly Measure[];
  measuresById: ReadonlyMap<string, Measure>;
  /** Each measure's rows, oldest period end first (rows for one period keep their file order). */
  observationsByMeasure: ReadonlyMap<string, readonly Observation[]>;
  /** Keyed by targetKey(measureId, year). */
  targetsByKey: ReadonlyMap<string, Target>;
  benchmarksByMeasure: ReadonlyMap<string, readonly Benchmark[]>;
  commentaryByMeasure: ReadonlyMap<string, readonly Commentary[]>;
}

export function targetKey(measureId: string, year: string): string {
  return `${measureId}\u0000${year}`;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export function indexDataset(dataset: Pick<Dataset, 'measures' | 'observations' | 'targets' | 'benchmarks' | 'commentary'>): DatasetIndex {
  const observationsByMeasure = groupBy(dataset.observations, (o) => o.measureId);
  // Array.prototype.sort is stable, so duplicates stay in file order and the first one is still found first.
  for (const rows of observationsByMeasure.values()) rows.sort((a, b) => a.period.end - b.period.end);

  const targetsByKey = new Map<string, Target>();
  for (const t of dataset.targets) {
    const key = targetKey(t.measureId, t.year);
    if (!targetsByKey.has(key)) targetsByKey.set(key, t);
  }

  const measuresById = new Map<string, Measure>();
  for (const m of dataset.measures) if (!measuresById.has(m.id)) measuresById.set(m.id, m);

  return {
    measures: dataset.measures,
    measuresById,
    observationsByMeasure,
    targetsByKey,
    benchmarksByMeasure: groupBy(dataset.benchmarks, (b) => b.measureId),
    commentaryByMeasure: groupBy(dataset.commentary, (c) => c.measureId),
  };
}

export function observationsOf(index: DatasetIndex, measureId: string): readonly Observation[] {
  return index.observationsByMeasure.get(measureId) ?? [];
}

export function targetOf(index: DatasetIndex, measureId: string, year: string): Target | null {
  return index.targetsByKey.get(targetKey(measureId, year)) ?? null;
}

export function benchmarksOf(index: DatasetIndex, measureId: string): readonly Benchmark[] {
  return index.benchmarksByMeasure.get(measureId) ?? [];
}

export function commentaryOf(index: DatasetIndex, measureId: string): readonly Commentary[] {
  return index.commentaryByMeasure.get(measureId) ?? [];
}

// One pass over the dataset so every screen and the export can look rows up by measure instead of
// scanning every observation for every measure and quarter.
import { runToEnd } from './run-steps';
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

type IndexSource = Pick<Dataset, 'measures' | 'observations' | 'targets' | 'benchmarks' | 'commentary'>;

/** Items between two yields of indexSteps: a few milliseconds of work. */
const STEP = 2000;

function* groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Generator<void, Map<string, T[]>> {
  const groups = new Map<string, T[]>();
  for (let i = 0; i < items.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const item = items[i]!;
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The order of a measure's rows in the index: oldest period end first (sort is stable, so file order holds for one period). */
export function byPeriodEnd(a: Observation, b: Observation): number {
  return a.period.end - b.period.end;
}

/**
 * indexDataset in steps: it yields every few thousand items, so a page can index a million rows between
 * frames. `observationsByMeasure`, when the caller already has the rows grouped and ordered as below (the
 * worker sends them so), is used as it is.
 */
export function* indexSteps(dataset: IndexSource, observationsByMeasure?: Map<string, readonly Observation[]>): Generator<void, DatasetIndex> {
  let byMeasure = observationsByMeasure;
  if (!byMeasure) {
    const groups = yield* groupBy(dataset.observations, (o) => o.measureId);
    // Array.prototype.sort is stable, so duplicates stay in file order and the first one is still found first.
    for (const rows of groups.values()) {
      rows.sort(byPeriodEnd);
      yield;
    }
    byMeasure = groups;
  }

  const targetsByKey = new Map<string, Target>();
  for (let i = 0; i < dataset.targets.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const t = dataset.targets[i]!;
    const key = targetKey(t.measureId, t.year);
    if (!targetsByKey.has(key)) targetsByKey.set(key, t);
  }

  const measuresById = new Map<string, Measure>();
  for (const m of dataset.measures) if (!measuresById.has(m.id)) measuresById.set(m.id, m);

  return {
    measures: dataset.measures,
    measuresById,
    observationsByMeasure: byMeasure,
    targetsByKey,
    benchmarksByMeasure: yield* groupBy(dataset.benchmarks, (b) => b.measureId),
    commentaryByMeasure: yield* groupBy(dataset.commentary, (c) => c.measureId),
  };
}

/** Indexes made ahead of time (in steps, while loading), found again by the dataset's arrays. */
const remembered = new WeakMap<readonly Observation[], { source: IndexSource; index: DatasetIndex }>();

/** Keeps an index made by indexSteps, so indexDataset on the same dataset (or a copy sharing its arrays) returns it. */
export function rememberIndex(dataset: IndexSource, index: DatasetIndex): void {
  const { measures, observations, targets, benchmarks, commentary } = dataset;
  remembered.set(observations, { source: { measures, observations, targets, benchmarks, commentary }, index });
}

export function indexDataset(dataset: IndexSource): DatasetIndex {
  const known = remembered.get(dataset.observations);
  if (
    known &&
    known.source.measures === dataset.measures &&
    known.source.targets === dataset.targets &&
    known.source.benchmarks === dataset.benchmarks &&
    known.source.commentary === dataset.commentary
  ) {
    return known.index;
  }
  return runToEnd(indexSteps(dataset));
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

// The scorecard for a financial quarter, and which quarters there are to choose from.
import { observationsOf } from './dataset-index';
import type { DatasetIndex } from './dataset-index';
import { financialQuarterOf, quarterEnd, sameFinancialQuarter } from './periods';
import { runToEnd } from './run-steps';
import { scorecardRow } from './scorecard-row';
import type { ScorecardRow } from './scorecard-row';
import type { FinancialQuarter, Measure } from './types';

// The index and the row builder are part of this module's interface: every caller starts here.
export { indexDataset } from './dataset-index';
export type { DatasetIndex } from './dataset-index';
export { scorecardRow } from './scorecard-row';
export type { ScorecardRow } from './scorecard-row';

/** Measures between two yields of prepareScorecard's quarter count. */
const QUARTER_STEP = 200;

/** Whether the measure's rows say which quarters have been reported: annual rows do not. */
export function reportsQuarters(measure: Measure): boolean {
  return measure.frequency !== 'annual';
}

function* quarterSteps(index: DatasetIndex): Generator<void, FinancialQuarter[]> {
  // Thousands of measures share a few hundred period ends: collect those, then make each one's quarter once.
  const periodEnds = new Set<number>();
  let seen = 0;
  for (const measure of index.measures) {
    if (++seen % QUARTER_STEP === 0) yield;
    if (!reportsQuarters(measure)) continue;
    for (const o of observationsOf(index, measure.id)) periodEnds.add(o.period.end);
  }
  const ends = new Map<number, FinancialQuarter>();
  for (const end of periodEnds) {
    const fq = financialQuarterOf(end);
    ends.set(quarterEnd(fq), fq);
  }
  return [...ends.entries()].sort(([a], [b]) => a - b).map(([, fq]) => fq);
}

/** Worked out ahead of time while the page loads: the quarters and the default quarter's rows (prepareScorecard), then the quarter before's (prepareQuarterRows). */
const prepared = new WeakMap<DatasetIndex, { quarters: FinancialQuarter[]; rows: ScorecardRow[][] }>();

function preparedRows(index: DatasetIndex, fq: FinancialQuarter): ScorecardRow[] | undefined {
  return prepared.get(index)?.rows.find((list) => list[0] && sameFinancialQuarter(list[0].quarter, fq));
}

/** Every financial quarter in which any monthly or quarterly measure has a row, oldest first. */
export function availableQuarters(index: DatasetIndex): FinancialQuarter[] {
  const known = prepared.get(index);
  if (known) return [...known.quarters];
  return runToEnd(quarterSteps(index));
}

/** The latest financial quarter in which any monthly or quarterly measure has a row, or null when none has. */
export function defaultQuarter(index: DatasetIndex): FinancialQuarter | null {
  return availableQuarters(index).at(-1) ?? null;
}

/** One row per measure, in measures.csv order. */
export function buildScorecard(index: DatasetIndex, fq: FinancialQuarter): ScorecardRow[] {
  const rows = preparedRows(index, fq);
  if (rows) return [...rows];
  return index.measures.map((measure) => scorecardRow(index, measure, fq));
}

/**
 * The quarters, and the default quarter's scorecard, a measure at a time, yielding after each, remembered for
 * availableQuarters and buildScorecard: a page loading thousands of measures works them out between frames, not
 * in one long task.
 */
export function* prepareScorecard(index: DatasetIndex, ahead?: RowAhead): Generator<void, void> {
  const quarters = yield* quarterSteps(index);
  prepared.set(index, { quarters, rows: [] });
  const latest = quarters.at(-1);
  if (latest) yield* prepareQuarterRows(index, latest, ahead);
}

/**
 * A measure's row for the quarter worked out before the index was (while the data was still arriving, see
 * src/data/rows-ahead.ts), if it still holds: it must be the row scorecardRow would make now.
 */
export type RowAhead = (measure: Measure, fq: FinancialQuarter) => ScorecardRow | undefined;

/**
 * One more quarter's rows worked out a measure at a time and remembered for buildScorecard (after
 * prepareScorecard): the quarter before the default, once the page is ready, is the likeliest next choice.
 */
export function* prepareQuarterRows(index: DatasetIndex, fq: FinancialQuarter, ahead?: RowAhead): Generator<void, void> {
  const entry = prepared.get(index);
  if (!entry || preparedRows(index, fq)) return;
  const rows: ScorecardRow[] = [];
  for (const measure of index.measures) {
    rows.push(ahead?.(measure, fq) ?? scorecardRow(index, measure, fq));
    yield;
  }
  entry.rows.push(rows);
}

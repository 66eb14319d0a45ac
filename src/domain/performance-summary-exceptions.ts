// The exceptions a member should look at first: measures rated red, or getting worse (direction of travel
// "declining"), with how long each has been so, so the summary can say "for the second quarter running".
import { financialQuarterKey, previousFinancialQuarter, samePeriod } from './periods';
import { quarterRating } from './scorecard-row';
import type { DatasetIndex } from './dataset-index';
import type { QuarterRating, ScorecardRow } from './scorecard-row';
import type { FinancialQuarter, Measure, Period } from './types';

/** Red and declining first, then red, then declining. */
export const EXCEPTION_KINDS = ['red-and-declining', 'red', 'declining'] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

export interface SummaryException {
  row: ScorecardRow;
  kind: ExceptionKind;
  /** Consecutive periods, up to and including this one, rated red (0 when not red now). */
  redStreak: number;
  /** Consecutive periods, up to and including this one, judged declining (0 when not declining now). */
  decliningStreak: number;
  /** What a streak counts: an annual figure is one year, shown in every quarter of the year after it. */
  streakUnit: 'quarter' | 'year';
}

type Standing = Pick<QuarterRating, 'rag' | 'judgement'>;
const isRed = (standing: Standing) => standing.rag === 'red';
const isDeclining = (standing: Standing) => standing.judgement === 'declining';
const standingOf = (row: ScorecardRow): Standing => ({ rag: row.rag.rag, judgement: row.dot.judgement });

export function exceptionKind(row: ScorecardRow): ExceptionKind | null {
  const standing = standingOf(row);
  if (isRed(standing) && isDeclining(standing)) return 'red-and-declining';
  if (isRed(standing)) return 'red';
  if (isDeclining(standing)) return 'declining';
  return null;
}

/** Ten years of quarters: far more than any sample, and a bound on the work. */
const LOOKBACK_QUARTERS = 40;

/**
 * How many periods in a row, back from the quarter, `holds` for the measure. Each period is counted once
 * (an annual figure shown in four quarters is one year), and the run ends at the first period that does
 * not hold or at a quarter with no figure.
 */
export function streak(index: DatasetIndex, measure: Measure, quarter: FinancialQuarter, holds: (standing: Standing) => boolean): number {
  let count = 0;
  let counted: Period | null = null;
  let fq = quarter;
  for (let step = 0; step < LOOKBACK_QUARTERS; step++, fq = previousFinancialQuarter(fq)) {
    const rating = quarterRating(index, measure, fq);
    if (rating.period === null) break;
    if (counted && samePeriod(rating.period, counted)) continue;
    if (!holds(rating)) break;
    count += 1;
    counted = rating.period;
  }
  return count;
}

/**
 * Streaks worked out once per index and remembered: performance on a page, the e-mail snapshot and the briefing
 * pack each list the same exceptions, and with hundreds of them each streak walks back through whole rows.
 */
const knownStreaks = new WeakMap<DatasetIndex, Map<string, Streaks>>();

/** The streaks an exception's row shows (0 for the kind it is not). */
export interface Streaks {
  red: number;
  declining: number;
}

/** A row's streaks worked out before the index was (see src/data/rows-ahead.ts), if that row is still the one shown. */
export type StreaksAhead = (row: ScorecardRow) => Streaks | null | undefined;

function streaksFor(index: DatasetIndex, row: ScorecardRow, kind: ExceptionKind): Streaks {
  return {
    red: kind !== 'declining' ? streak(index, row.measure, row.quarter, isRed) : 0,
    declining: kind !== 'red' ? streak(index, row.measure, row.quarter, isDeclining) : 0,
  };
}

/** The row's streaks, worked out afresh (without remembering them), or null for a row that is not an exception. */
export function streaksOf(index: DatasetIndex, row: ScorecardRow): Streaks | null {
  const kind = exceptionKind(row);
  return kind && streaksFor(index, row, kind);
}

function exceptionOf(index: DatasetIndex, row: ScorecardRow, ahead?: StreaksAhead): SummaryException | null {
  const kind = exceptionKind(row);
  if (!kind) return null;
  let known = knownStreaks.get(index);
  if (!known) knownStreaks.set(index, (known = new Map()));
  const key = `${financialQuarterKey(row.quarter)} ${row.measure.id}`;
  let streaks = known.get(key);
  if (!streaks) {
    streaks = ahead?.(row) ?? streaksFor(index, row, kind);
    known.set(key, streaks);
  }
  return { row, kind, redStreak: streaks.red, decliningStreak: streaks.declining, streakUnit: row.measure.frequency === 'annual' ? 'year' : 'quarter' };
}

/** Every red or declining measure of the quarter's rows, worst kind first, then in measures.csv order. */
export function summaryExceptions(index: DatasetIndex, rows: readonly ScorecardRow[]): SummaryException[] {
  const found: SummaryException[] = [];
  for (const row of rows) {
    const exception = exceptionOf(index, row);
    if (exception) found.push(exception);
  }
  const rank = (e: SummaryException) => EXCEPTION_KINDS.indexOf(e.kind);
  // Array.prototype.sort is stable, so measures.csv order holds within a kind.
  return found.sort((a, b) => rank(a) - rank(b));
}

/** The streaks of the quarter's exceptions worked out a measure at a time, yielding after each (see prepareDataset). */
export function* prepareSummaryExceptions(index: DatasetIndex, rows: readonly ScorecardRow[], ahead?: StreaksAhead): Generator<void, void> {
  for (const row of rows) {
    exceptionOf(index, row, ahead);
    yield;
  }
}

// The exceptions a member should look at first: measures rated red, or getting worse (direction of travel
// "declining"), with how long each has been so, so the summary can say "for the second quarter running".
import { previousFinancialQuarter, samePeriod } from './periods';
import { scorecardRow } from './scorecard-row';
import type { DatasetIndex } from './dataset-index';
import type { ScorecardRow } from './scorecard-row';
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

const isRed = (row: ScorecardRow) => row.rag.rag === 'red';
const isDeclining = (row: ScorecardRow) => row.dot.judgement === 'declining';

export function exceptionKind(row: ScorecardRow): ExceptionKind | null {
  if (isRed(row) && isDeclining(row)) return 'red-and-declining';
  if (isRed(row)) return 'red';
  if (isDeclining(row)) return 'declining';
  return null;
}

/** Ten years of quarters: far more than any sample, and a bound on the work. */
const LOOKBACK_QUARTERS = 40;

/**
 * How many periods in a row, back from the quarter, `holds` for the measure. Each period is counted once
 * (an annual figure shown in four quarters is one year), and the run ends at the first period that does
 * not hold or at a quarter with no figure.
 */
export function streak(index: DatasetIndex, measure: Measure, quarter: FinancialQuarter, holds: (row: ScorecardRow) => boolean): number {
  let count = 0;
  let counted: Period | null = null;
  let fq = quarter;
  for (let step = 0; step < LOOKBACK_QUARTERS; step++, fq = previousFinancialQuarter(fq)) {
    const row = scorecardRow(index, measure, fq);
    if (row.period === null) break;
    if (counted && samePeriod(row.period, counted)) continue;
    if (!holds(row)) break;
    count += 1;
    counted = row.period;
  }
  return count;
}

/** Every red or declining measure of the quarter's rows, worst kind first, then in measures.csv order. */
export function summaryExceptions(index: DatasetIndex, rows: readonly ScorecardRow[]): SummaryException[] {
  const found: SummaryException[] = [];
  for (const row of rows) {
    const kind = exceptionKind(row);
    if (!kind) continue;
    found.push({
      row,
      kind,
      redStreak: isRed(row) ? streak(index, row.measure, row.quarter, isRed) : 0,
      decliningStreak: isDeclining(row) ? streak(index, row.measure, row.quarter, isDeclining) : 0,
      streakUnit: row.measure.frequency === 'annual' ? 'year' : 'quarter',
    });
  }
  const rank = (e: SummaryException) => EXCEPTION_KINDS.indexOf(e.kind);
  // Array.prototype.sort is stable, so measures.csv order holds within a kind.
  return found.sort((a, b) => rank(a) - rank(b));
}

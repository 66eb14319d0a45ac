// The value shown for a quarter: the row for the latest period ending within the selected financial
// quarter (annual measures: ending on or before its end). A special value in that row is shown as it is;
// an earlier number is never put in its place.
import { measureRows, rowEnding } from './measure-rows';
import { endsQuarter, monthName, periodKindFor, periodLabel, quarterEnd, quarterMonths } from './periods';
import type { FinancialQuarter, Measure, MonthIndex, Observation, Period } from './types';

/** The latest row whose period ends in [from, to]; the first of two rows for one period wins. */
function latestEndingBetween(rows: readonly Observation[], from: MonthIndex, to: MonthIndex): Observation | null {
  let latest: Observation | null = null;
  for (const row of rows) {
    const end = row.period.end;
    if (end < from || end > to) continue;
    if (latest === null || end > latest.period.end) latest = row;
  }
  return latest;
}

export function currentObservation(measure: Measure, observations: readonly Observation[], fq: FinancialQuarter): Observation | null {
  const end = quarterEnd(fq);
  if (measure.frequency === 'annual') return latestEndingBetween(measureRows(measure, observations), Number.NEGATIVE_INFINITY, end);
  // A monthly or quarterly row ends in one of the quarter's three months: the latest of them with a row.
  for (let month = end; month > end - 3; month--) {
    const row = rowEnding(measure, observations, month);
    if (row) return row;
  }
  return null;
}

export interface QuarterMonth {
  month: MonthIndex;
  /** Canonical period label, "2024-10". */
  label: string;
  /** "October 2024", for headings and screen readers. */
  name: string;
  observation: Observation | null;
}

/** The three months of the quarter for a monthly measure (oldest first), each with its row or null; empty otherwise. */
export function quarterMonthsFor(measure: Measure, observations: readonly Observation[], fq: FinancialQuarter): QuarterMonth[] {
  if (measure.frequency !== 'monthly') return [];
  return quarterMonths(fq).map((month) => ({
    month,
    label: periodLabel({ kind: 'month', yearType: measure.yearType, end: month }),
    name: monthName(month),
    observation: rowEnding(measure, observations, month) ?? null,
  }));
}

/**
 * The period of a monthly or quarterly measure that ends within the quarter (every financial quarter holds
 * exactly one quarter end of any year type): what was due, whether or not a row arrived. Null for annual.
 */
export function expectedPeriod(measure: Pick<Measure, 'frequency' | 'yearType'>, fq: FinancialQuarter): Period | null {
  if (measure.frequency === 'annual') return null;
  const kind = periodKindFor(measure.frequency);
  const end = kind === 'month' ? quarterEnd(fq) : quarterMonths(fq).find((m) => endsQuarter(m, measure.yearType));
  return end === undefined ? null : { kind, yearType: measure.yearType, end };
}

// The measure's periods and rows for the measure page: every period from its first row to the quarter shown,
// the tally behind a figure, and why a period has no figure. Shared by the trend chart, the history table
// and the query e-mail.
import { applySuppression } from './apply-suppression';
import { expectedPeriod } from './current-value';
import { formatNumber, specialLabel, specialMeaning } from './format-value';
import { rowEnding } from './measure-rows';
import { periodKindFor, quarterEnd } from './periods';
import type { Cell, FinancialQuarter, Measure, Observation, Period } from './types';

function countText(cell: Cell): string {
  if (cell.kind === 'special') return specialLabel(cell.code);
  return formatNumber(cell, 'number', cell.decimal.split('.')[1]?.length ?? 0);
}

/** The tally behind a figure, "57 of 244" ([c] stays [c]), or null unless the row gives both halves. */
export function tallyText(observation: Observation): string | null {
  const { numerator, denominator } = applySuppression(observation);
  const missing = (cell: Cell) => cell.kind === 'special' && cell.code === 'empty';
  if (missing(numerator) || missing(denominator)) return null;
  return `${countText(numerator)} of ${countText(denominator)}`;
}

/** Why a period has no point: its special value in words, or no row at all. */
export function gapReason(observation: Observation | null): string {
  if (observation === null) return 'no figure supplied';
  const { value } = applySuppression(observation);
  if (value.kind === 'number') return '';
  return value.code === 'empty' ? 'not supplied' : `${specialLabel(value.code)} ${specialMeaning(value.code)}`;
}

/** The same, short enough for a chart tooltip: "[c] suppressed", "[x] not available", "no figure supplied". */
export function gapShort(observation: Observation | null): string {
  if (observation === null) return 'no figure supplied';
  const { value } = applySuppression(observation);
  if (value.kind === 'number') return '';
  if (value.code === 'empty') return 'not supplied';
  return `${specialLabel(value.code)} ${value.code === 'c' ? 'suppressed' : specialMeaning(value.code)}`;
}

export interface PeriodRow {
  period: Period;
  observation: Observation | null;
}

/** The measure's row for a period of its own kind: the first one, as the data layer keeps the first of two duplicates. */
export function rowAt(measure: Measure, observations: readonly Observation[], period: Period): PeriodRow {
  return { period, observation: rowEnding(measure, observations, period.end) ?? null };
}

/**
 * Every period of the measure from its first row to the quarter (monthly and quarterly measures: to the
 * period due in the quarter, even without a row), oldest first, each with its row or null.
 */
export function historyPeriods(measure: Measure, observations: readonly Observation[], fq: FinancialQuarter): PeriodRow[] {
  const kind = periodKindFor(measure.frequency);
  const limit = quarterEnd(fq);
  const ends = observations.filter((o) => o.measureId === measure.id && o.period.kind === kind && o.period.end <= limit).map((o) => o.period.end);
  const due = expectedPeriod(measure, fq);
  if (due) ends.push(due.end);
  if (ends.length === 0) return [];
  const step = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
  const first = Math.min(...ends);
  const last = Math.max(...ends);
  const rows: PeriodRow[] = [];
  for (let end = first; end <= last; end += step) rows.push(rowAt(measure, observations, { kind, yearType: measure.yearType, end }));
  return rows;
}

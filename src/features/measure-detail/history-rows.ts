// The measure's full history for the table under the chart: every period to the quarter shown, newest
// first, each rated against the target for its own year by the domain's rules.
import { applySuppression } from '../../domain/apply-suppression';
import { targetOf } from '../../domain/dataset-index';
import type { DatasetIndex } from '../../domain/dataset-index';
import { formatCell, formatNumber, qualifierMeaning } from '../../domain/format-value';
import { periodName, yearLabelOf } from '../../domain/periods';
import { ragFor } from '../../domain/rag-for';
import type { RagResult } from '../../domain/rag-for';
import { gapReason, historyPeriods, tallyText } from '../../domain/trend-chart-rows';
import type { FinancialQuarter, Measure, Observation } from '../../domain/types';

/** Periods of history beyond which the page's lower sections, and their long tables, are drawn in steps. */
export const LONG_HISTORY = 60;

/** How many rows of a table of `total` to draw at once, and how many per step after: all of a short one. */
export function firstRowsOf(total: number): { first: number; step: number } {
  return total <= LONG_HISTORY ? { first: total, step: total } : { first: 24, step: 48 };
}

export interface HistoryRow {
  key: number;
  period: string;
  value: string;
  tally: string | null;
  /** Flags in words, the special value's meaning, and the officer's note for the period. */
  notes: string[];
  target: string;
  tolerance: string;
  rag: RagResult;
}

function notesFor(observation: Observation | null): string[] {
  if (observation === null) return ['No figure supplied'];
  const { value } = applySuppression(observation);
  const about = value.kind === 'number' ? value.flags.map((flag) => `[${flag}] ${qualifierMeaning(flag)}`) : [gapReason(observation)];
  return observation.note ? [...about, observation.note] : about;
}

export function historyRows(index: DatasetIndex, measure: Measure, observations: readonly Observation[], fq: FinancialQuarter): HistoryRow[] {
  const show = (d: { value: number; decimal: string }) => formatNumber(d, measure.unit, measure.decimals);
  return historyPeriods(measure, observations, fq)
    .reverse()
    .map(({ period, observation }) => {
      const row = observation && applySuppression(observation);
      const target = targetOf(index, measure.id, yearLabelOf(period));
      return {
        key: period.end,
        period: periodName(period),
        value: row ? formatCell(row.value, measure.unit, measure.decimals) : '-',
        tally: row && tallyText(row),
        notes: notesFor(observation),
        target: target ? show(target.target) : 'None',
        tolerance: target?.tolerance ? show(target.tolerance) : 'None',
        rag: ragFor(row?.value ?? null, target, measure),
      };
    });
}

// The scorecard for a financial quarter, and which quarters there are to choose from.
import { observationsOf } from './dataset-index';
import type { DatasetIndex } from './dataset-index';
import { financialQuarterOf, quarterEnd } from './periods';
import { scorecardRow } from './scorecard-row';
import type { ScorecardRow } from './scorecard-row';
import type { FinancialQuarter } from './types';

// The index and the row builder are part of this module's interface: every caller starts here.
export { indexDataset } from './dataset-index';
export type { DatasetIndex } from './dataset-index';
export { scorecardRow } from './scorecard-row';
export type { ScorecardRow } from './scorecard-row';

/** Every financial quarter in which any monthly or quarterly measure has a row, oldest first. */
export function availableQuarters(index: DatasetIndex): FinancialQuarter[] {
  const ends = new Map<number, FinancialQuarter>();
  for (const measure of index.measures) {
    // Annual rows say nothing about which quarters have been reported.
    if (measure.frequency === 'annual') continue;
    for (const o of observationsOf(index, measure.id)) {
      const fq = financialQuarterOf(o.period.end);
      ends.set(quarterEnd(fq), fq);
    }
  }
  return [...ends.entries()].sort(([a], [b]) => a - b).map(([, fq]) => fq);
}

/** The latest financial quarter in which any monthly or quarterly measure has a row, or null when none has. */
export function defaultQuarter(index: DatasetIndex): FinancialQuarter | null {
  return availableQuarters(index).at(-1) ?? null;
}

/** One row per measure, in measures.csv order. */
export function buildScorecard(index: DatasetIndex, fq: FinancialQuarter): ScorecardRow[] {
  return index.measures.map((measure) => scorecardRow(index, measure, fq));
}

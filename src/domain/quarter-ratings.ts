// Every measure's rating in a quarter, without the rest of its scorecard row: performance on a page counts the
// quarter before the one shown ("3 fewer red since Q2") and needs only how each measure was rated and whether it
// had a figure, which costs a third of a whole row.
import type { DatasetIndex } from './dataset-index';
import { runToEnd } from './run-steps';
import { financialQuarterKey } from './periods';
import type { Rag } from './rag-for';
import { quarterRating, type ScorecardRow } from './scorecard-row';
import type { FinancialQuarter, Measure } from './types';

export interface MeasureRating {
  measure: Measure;
  rag: Rag;
  /** Whether the measure has a figure for the quarter (an annual one: its latest year's). */
  hasFigure: boolean;
}

export function ratingOfRow(row: ScorecardRow): MeasureRating {
  return { measure: row.measure, rag: row.rag.rag, hasFigure: row.current !== null };
}

/** Remembered per index and quarter: the summary, its e-mail snapshot and the briefing pack count the same quarter. */
const remembered = new WeakMap<DatasetIndex, Map<string, MeasureRating[]>>();

/** A measure's rating in the quarter worked out before the index was (see src/data/rows-ahead.ts), if it still holds. */
export type RatingAhead = (measure: Measure, fq: FinancialQuarter) => MeasureRating | undefined;

/** A measure's rating in the quarter. */
export function measureRating(index: DatasetIndex, measure: Measure, fq: FinancialQuarter): MeasureRating {
  const { rag, period } = quarterRating(index, measure, fq);
  return { measure, rag, hasFigure: period !== null };
}

/** Every measure's rating in the quarter, in measures.csv order, a measure at a time (see prepareDataset). */
export function* quarterRatingSteps(index: DatasetIndex, fq: FinancialQuarter, ahead?: RatingAhead): Generator<void, MeasureRating[]> {
  let byQuarter = remembered.get(index);
  if (!byQuarter) remembered.set(index, (byQuarter = new Map()));
  const key = financialQuarterKey(fq);
  const known = byQuarter.get(key);
  if (known) return known;
  const ratings: MeasureRating[] = [];
  for (const measure of index.measures) {
    ratings.push(ahead?.(measure, fq) ?? measureRating(index, measure, fq));
    yield;
  }
  byQuarter.set(key, ratings);
  return ratings;
}

export function quarterRatings(index: DatasetIndex, fq: FinancialQuarter): MeasureRating[] {
  return runToEnd(quarterRatingSteps(index, fq));
}

// "Performance on a page": how many measures in each service area are red, amber, green or not rated this
// quarter, how that moved since the previous financial quarter, what is red or getting worse, and the
// plain-English paragraphs that say so.
import { financialQuarterKey, financialQuarterLabel, previousFinancialQuarter } from './periods';
import type { DatasetIndex, ScorecardRow } from './scorecard';
import { quarterRatings, ratingOfRow } from './quarter-ratings';
import { summaryExceptions } from './performance-summary-exceptions';
import type { SummaryException } from './performance-summary-exceptions';
import { areaTallies } from './performance-summary-tally';
import type { AreaTally } from './performance-summary-tally';
import { areaParagraph, overallParagraph } from './performance-summary-text';
import type { SummaryPart } from './performance-summary-text';
import type { AreaSlug, FinancialQuarter } from './types';

export interface AreaSummary extends AreaTally {
  area: AreaSlug;
  paragraph: readonly SummaryPart[];
}

export interface PerformanceSummary {
  quarter: FinancialQuarter;
  previousQuarter: FinancialQuarter;
  previousLabel: string;
  /** The previous quarter as in the address ("2024-25-Q2"), for links to its scorecard. */
  previousKey: string;
  areas: readonly AreaSummary[];
  total: AreaTally;
  exceptions: readonly SummaryException[];
  paragraph: readonly SummaryPart[];
}

/**
 * Summaries made, by the rows they summarise: the summary view and the e-mail snapshot beside it show the same one,
 * and on a 6,748-measure scorecard making it takes 15 to 50 ms, which the page's first render should pay once. Rows
 * and summaries are never changed once made (buildScorecard returns a new array, a filter makes another), and the
 * summary's lists are read-only, so one reader cannot reorder what the others show.
 */
const remembered = new WeakMap<readonly ScorecardRow[], { index: DatasetIndex; quarterKey: string; summary: PerformanceSummary }>();

/** Everything the summary view shows for a quarter; `rows` is buildScorecard(index, quarter). Made once per rows. */
export function performanceSummary(index: DatasetIndex, quarter: FinancialQuarter, rows: readonly ScorecardRow[]): PerformanceSummary {
  const quarterKey = financialQuarterKey(quarter);
  const known = remembered.get(rows);
  if (known && known.index === index && known.quarterKey === quarterKey) return known.summary;
  const summary = summarise(index, quarter, rows);
  remembered.set(rows, { index, quarterKey, summary });
  return summary;
}

function summarise(index: DatasetIndex, quarter: FinancialQuarter, rows: readonly ScorecardRow[]): PerformanceSummary {
  const previousQuarter = previousFinancialQuarter(quarter);
  const previousLabel = financialQuarterLabel(previousQuarter);
  const previous = { label: previousLabel, key: financialQuarterKey(previousQuarter) };
  // The quarter before needs only its ratings, not whole rows (prepared with the default quarter, see prepareDataset).
  const { areas, total } = areaTallies(rows.map(ratingOfRow), quarterRatings(index, previousQuarter));
  const exceptions = summaryExceptions(index, rows);
  return {
    quarter,
    previousQuarter,
    previousLabel,
    previousKey: previous.key,
    areas: areas.map((tally) => ({
      ...tally,
      paragraph: areaParagraph(tally, previous, exceptions.filter((e) => e.row.measure.area === tally.area)),
    })),
    total,
    exceptions,
    paragraph: overallParagraph(total, financialQuarterLabel(quarter), previous, exceptions),
  };
}

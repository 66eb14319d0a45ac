// On the page, after the worker's dataset is rebuilt: its index, the default quarter's scorecard, the quarter
// before's ratings and the exceptions, worked out in slices and remembered, so the first render finds them ready
// instead of blocking the page to make them; then, once the page is ready, the quarter before's whole rows.
import { indexDataset, indexSteps, rememberIndex } from '../domain/dataset-index';
import { prepareSummaryExceptions } from '../domain/performance-summary-exceptions';
import { previousFinancialQuarter } from '../domain/periods';
import { quarterRatingSteps } from '../domain/quarter-ratings';
import { buildScorecard, defaultQuarter, prepareQuarterRows, prepareScorecard } from '../domain/scorecard';
import { inSlices, type Stepper } from '../domain/run-steps';
import type { Dataset, Observation } from '../domain/types';
import type { WorkedAhead } from './rows-ahead';

/** What the page needs to show the data: the load is ready when this is done. `ahead`: what was worked out while loading. */
export function prepareDataset(dataset: Dataset, observationsByMeasure: Map<string, readonly Observation[]>, ahead?: WorkedAhead): Stepper {
  function* all(): Generator<void, void> {
    // Made while the rows came, from the same arrays, when nothing changed since (see RowsAhead.workedAhead).
    const index = ahead?.index ?? (yield* indexSteps(dataset, observationsByMeasure));
    rememberIndex(dataset, index);
    yield* prepareScorecard(index, ahead?.row);
    const quarter = defaultQuarter(index);
    if (!quarter) return;
    // Performance on a page (the landing view) counts the quarter before's ratings, and lists what is red or getting
    // worse with streaks; its share panel too.
    yield* quarterRatingSteps(index, previousFinancialQuarter(quarter), ahead?.rating);
    yield* prepareSummaryExceptions(index, buildScorecard(index, quarter), ahead?.streaks);
  }
  return inSlices(all());
}

/** After the page is ready: the quarter before the default's whole rows, the likeliest next quarter chosen. */
export function prepareAfterReady(dataset: Dataset): Stepper {
  function* all(): Generator<void, void> {
    const index = indexDataset(dataset);
    const quarter = defaultQuarter(index);
    if (quarter) yield* prepareQuarterRows(index, previousFinancialQuarter(quarter));
  }
  return inSlices(all());
}

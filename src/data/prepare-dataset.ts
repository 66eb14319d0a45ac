// On the page, after the worker's dataset is rebuilt: its index, the default quarter's scorecard and its exceptions, worked out
// in slices and remembered, so the first render finds them ready instead of blocking the page to make them.
import { indexSteps, rememberIndex } from '../domain/dataset-index';
import { prepareSummaryExceptions } from '../domain/performance-summary-exceptions';
import { buildScorecard, defaultQuarter, prepareScorecard } from '../domain/scorecard';
import type { Dataset, Observation } from '../domain/types';

/** A stepper: each call works for up to `budgetMs` and says whether there is more to do. */
export function prepareDataset(dataset: Dataset, observationsByMeasure: Map<string, readonly Observation[]>): (budgetMs: number) => boolean {
  function* all(): Generator<void, void> {
    const index = yield* indexSteps(dataset, observationsByMeasure);
    rememberIndex(dataset, index);
    yield* prepareScorecard(index);
    // Performance on a page (the landing view) and its share panel list what is red or getting worse, with streaks.
    const quarter = defaultQuarter(index);
    if (quarter) yield* prepareSummaryExceptions(index, buildScorecard(index, quarter));
  }
  const steps = all();
  return (budgetMs) => {
    const started = performance.now();
    while (performance.now() - started < budgetMs) if (steps.next().done) return false;
    return true;
  };
}

// Finding a measure's row for a period end. The scorecard looks up a handful of periods for every measure in
// every quarter (the figure shown, the months, the year to date, the comparison, streaks going back years). The
// index's list for a measure is in period order, so a lookup is a binary search; any other list (a test's, a
// caller's own) is searched row by row. Only whether a list is in order is remembered, not a copy of it.
import { periodKindFor } from './periods';
import type { Measure, MonthIndex, Observation } from './types';

/** Whether each list is in period-end order, with its length when checked: a list still being filled is checked again. */
const ordered = new WeakMap<readonly Observation[], { length: number; sorted: boolean }>();

/**
 * Lists are treated as read-only once looked up (the index's are): a list reordered without changing its length
 * would be searched as it was ordered before.
 */
function inEndOrder(observations: readonly Observation[]): boolean {
  const known = ordered.get(observations);
  if (known && known.length === observations.length) return known.sorted;
  let sorted = true;
  for (let i = 1; i < observations.length && sorted; i++) sorted = observations[i - 1]!.period.end <= observations[i]!.period.end;
  ordered.set(observations, { length: observations.length, sorted });
  return sorted;
}

/**
 * The measure's row (its id, its period kind) for the period ending in month `end`: the first of two rows for one
 * period is the one kept, as in the data layer.
 */
export function rowEnding(measure: Measure, observations: readonly Observation[], end: MonthIndex): Observation | undefined {
  const kind = periodKindFor(measure.frequency);
  const id = measure.id;
  if (!inEndOrder(observations)) return observations.find((o) => o.period.end === end && o.measureId === id && o.period.kind === kind);
  let low = 0;
  let high = observations.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (observations[middle]!.period.end < end) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < observations.length && observations[i]!.period.end === end; i++) {
    const o = observations[i]!;
    if (o.measureId === id && o.period.kind === kind) return o;
  }
  return undefined;
}

/** The measure's rows of its own period kind, in the order given. */
export function measureRows(measure: Measure, observations: readonly Observation[]): Observation[] {
  const kind = periodKindFor(measure.frequency);
  return observations.filter((o) => o.measureId === measure.id && o.period.kind === kind);
}

// A measure's own rows (its id, its period kind) and the first row for each period end. The scorecard looks
// up a handful of periods for every measure in every quarter (the figure shown, the months, the year to date,
// the comparison, streaks going back years), so each measure's history is sorted into this once and reused
// instead of being filtered on every lookup.
import { periodKindFor } from './periods';
import type { Measure, MonthIndex, Observation } from './types';

export interface MeasureRows {
  /** The measure's rows of its own period kind, in the order given. */
  rows: readonly Observation[];
  /** The first of those rows for each period end: the first of two rows for one period is the one kept, as in the data layer. */
  byEnd: ReadonlyMap<MonthIndex, Observation>;
}

interface Remembered extends MeasureRows {
  measure: Measure;
  /** The array's length when it was read: an array still being filled is read again. */
  length: number;
}

const remembered = new WeakMap<readonly Observation[], Remembered>();

function readRows(measure: Measure, observations: readonly Observation[]): MeasureRows {
  const kind = periodKindFor(measure.frequency);
  const rows: Observation[] = [];
  const byEnd = new Map<MonthIndex, Observation>();
  for (const o of observations) {
    if (o.measureId !== measure.id || o.period.kind !== kind) continue;
    rows.push(o);
    if (!byEnd.has(o.period.end)) byEnd.set(o.period.end, o);
  }
  return { rows, byEnd };
}

/** The measure's rows of `observations` (usually the index's list for the measure), read once per list. */
export function measureRowsOf(measure: Measure, observations: readonly Observation[]): MeasureRows {
  const known = remembered.get(observations);
  if (known && known.length === observations.length && sameReading(known.measure, measure)) return known;
  const read = readRows(measure, observations);
  remembered.set(observations, { ...read, measure, length: observations.length });
  return read;
}

/** The reading depends on the measure's id and frequency only: another Measure object with both the same reads alike. */
function sameReading(a: Measure, b: Measure): boolean {
  return a === b || (a.id === b.id && a.frequency === b.frequency);
}

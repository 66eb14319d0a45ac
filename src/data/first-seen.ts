// "A second row for measure X in Y": remembers the line of the first row per measure and year (or period),
// keyed by measure then by label, so a hundred thousand rows do not each build a joined key string.
import type { Measure } from '../domain/types';

/** The line of an earlier row with the same measure and key, or undefined (and this row is remembered). */
export function firstSeenLines(): (measure: Measure, key: string | number, line: number) => number | undefined {
  const byMeasure = new Map<Measure, Map<string | number, number>>();
  return (measure, key, line) => {
    let lines = byMeasure.get(measure);
    if (!lines) byMeasure.set(measure, (lines = new Map()));
    const earlier = lines.get(key);
    if (earlier === undefined) lines.set(key, line);
    return earlier;
  };
}

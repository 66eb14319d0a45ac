// Measures by id, for every file that refers to one. Ids are matched case-insensitively (`eh01` finds
// `EH01`) and the spelling in measures.csv is the one kept, since officers type ids by hand.
import type { Measure } from '../domain/types';
import { fail, ID, idField } from './field-schemas';

export interface MeasureIndex {
  find(id: string): Measure | undefined;
  /** Why an id was not found, for the row that used it. */
  notFound(id: string): string;
}

export function measureIndex(measures: readonly Measure[], skippedLines: ReadonlyMap<string, number>): MeasureIndex {
  const byKey = new Map<string, Measure>(measures.map((measure) => [measure.id.toLowerCase(), measure]));
  // Most rows spell the id exactly as measures.csv does: found without making a lower-case copy of it.
  const exact = new Map<string, Measure>([...byKey.values()].map((measure) => [measure.id, measure]));
  return {
    find: (id) => exact.get(id) ?? byKey.get(id.trim().toLowerCase()),
    notFound(id) {
      const skippedOn = skippedLines.get(id.toLowerCase());
      if (skippedOn !== undefined) {
        return `measure "${id}" could not be read from measures.csv (see the problem on its line ${skippedOn}), so this row is skipped`;
      }
      return `measure "${id}" is not in measures.csv: add it there or correct the id. The row is skipped`;
    },
  };
}


/**
 * The fast paths' measure: a well-formed id of a known measure, as measureField reads it, or undefined when
 * the row must go through the schema (which words the problem).
 */
export function knownMeasure(raw: string | undefined, index: MeasureIndex): Measure | undefined {
  const id = (raw ?? '').trim();
  return ID.test(id) ? index.find(id) : undefined;
}

export type MeasureReader = (raw: string | undefined) => Measure | undefined;

/**
 * knownMeasure for one file's rows, remembering the last id read: rows come a measure at a time, so most repeat the
 * row before's id, and comparing it is cheaper than checking and looking it up again.
 */
export function knownMeasureReader(index: MeasureIndex): MeasureReader {
  let lastRaw: string | undefined;
  let last: Measure | undefined;
  return (raw) => {
    if (raw !== lastRaw) {
      lastRaw = raw;
      last = knownMeasure(raw, index);
    }
    return last;
  };
}

/** A `measure_id` cell resolved to its measure; built once per load, since it closes over that load's measures. */
export function measureField(index: MeasureIndex) {
  return idField('measure_id').transform((id, ctx) => index.find(id) ?? fail(ctx, index.notFound(id)));
}

// Runs a row's zod schema and turns every failing cell into a problem at the row's line, under the header
// as the officer wrote it.
import type { z } from 'zod';
import { WHOLE_ROW, type FileProblems } from './file-problems';
import type { CsvRow } from './read-csv';
import type { ColumnMap } from './read-header';

export type RowRecord = Record<string, string | undefined>;

export type RowParse<T> =
  | { ok: true; data: T }
  /** `record` and `failed` let a reader still run checks on the cells that were fine, so one pass reports all. */
  | { ok: false; record: RowRecord; failed: ReadonlySet<string> };

export function headerOf(columns: ColumnMap, name: string): string {
  return columns.get(name)?.header ?? WHOLE_ROW;
}

/** Where each named column's cell is in a row, for the fast paths; -1 for an optional column the file does not have. */
export function columnIndexes<const Name extends string>(columns: ColumnMap, names: readonly Name[]): Record<Name, number> {
  const at = {} as Record<Name, number>;
  for (const name of names) at[name] = columns.get(name)?.index ?? -1;
  return at;
}

export type RowParser<T> = (row: CsvRow, log: FileProblems) => RowParse<T>;

/**
 * A parser for the rows of one file: the row becomes { canonical column: cell text } (optional columns absent
 * from the file stay undefined), runs through the schema, and every failing cell is reported as an error.
 */
export function rowParser<T extends z.ZodType>(schema: T, columns: ColumnMap): RowParser<z.output<T>> {
  // Worked out once per file: a million rows should not each walk the column map.
  const names = [...columns.keys()];
  const indexes = [...columns.values()].map((ref) => ref.index);
  return (row, log) => {
    const record: RowRecord = {};
    for (let i = 0; i < names.length; i++) record[names[i]!] = row.cells[indexes[i]!] ?? '';
    const result = schema.safeParse(record);
    if (result.success) return { ok: true, data: result.data };
    const failed = new Set<string>();
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? '');
      failed.add(column);
      log.error(row.line, headerOf(columns, column), issue.message);
    }
    return { ok: false, record, failed };
  };
}

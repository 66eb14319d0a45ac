// The header row decides which cell is which. Names are matched case-insensitively after trimming (contract);
// anything else an officer might have meant is suggested, never silently accepted.
import type { ContractFileSpec } from './contract-files';
import { WHOLE_ROW, type FileProblems } from './file-problems';

export interface ColumnRef {
  index: number;
  /** The header as written in the file (trimmed), used as the problem column. */
  header: string;
}

export type ColumnMap = ReadonlyMap<string, ColumnRef>;

/** "Measure ID" -> "measure_id": only used to suggest a fix, never to match. */
function looseKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function delimiterHint(header: readonly string[]): string {
  if (header.length !== 1) return '';
  const only = header[0] ?? '';
  if (only.includes(';')) return ' The file seems to use semicolons between columns: save it as CSV (comma delimited).';
  if (only.includes('\t')) return ' The file seems to use tabs between columns: save it as CSV (comma delimited).';
  return '';
}

/** A header name never starts with a digit or a bracket; data often does (a figure, a period, a year, [c]). */
const DATA_LIKE = /^[\s"'£$(+-]*(\d|\[)/;

/** Up to three of the first row's cells, quoted, to show what was found. */
function sample(header: readonly string[]): string {
  const cells = header.map((cell) => cell.trim()).filter((cell) => cell !== '');
  const shown = cells.slice(0, 3).map((cell) => `"${cell.length > 40 ? `${cell.slice(0, 40)}...` : cell}"`);
  return shown.join(', ') + (cells.length > 3 ? ', ...' : '');
}

/**
 * A first row that names none of the file's columns: most often the header row was deleted and the file starts
 * with data. One error says so, instead of a notice per "unknown column" and an error per missing one.
 */
function noHeaderMessage(header: readonly string[], spec: ContractFileSpec): string {
  const example = [...spec.requiredColumns, ...spec.optionalColumns].join(',');
  const what = header.some((cell) => DATA_LIKE.test(cell))
    ? `the first row should be the header row naming the columns, but it looks like data (${sample(header)}): the header row is missing`
    : `the first row should be the header row naming the columns, but none of its names (${sample(header)}) is a column of ${spec.name}`;
  return (
    `${what}, so none of the rows of ${spec.name} can be used. ` +
    `Add a first line naming the columns ${spec.requiredColumns.join(', ')} (in any order), for example: ${example}`
  );
}

/**
 * Maps canonical column names to their position, reporting unknown, unnamed and duplicate columns.
 * Returns null (file unusable) when a required column is missing.
 */
export function readHeader(header: readonly string[], line: number, spec: ContractFileSpec, log: FileProblems): ColumnMap | null {
  const known = new Set<string>([...spec.requiredColumns, ...spec.optionalColumns]);
  const named = header.filter((cell) => cell.trim() !== '');
  if (named.length > 0 && delimiterHint(header) === '' && !named.some((cell) => known.has(cell.trim().toLowerCase()))) {
    log.error(line, WHOLE_ROW, noHeaderMessage(header, spec));
    return null;
  }
  const columns = new Map<string, ColumnRef>();
  const unknown = new Map<string, string>();
  let unnamed = 0;
  header.forEach((written, index) => {
    const name = written.trim();
    const key = name.toLowerCase();
    if (key === '') {
      unnamed++;
    } else if (!known.has(key)) {
      if (!unknown.has(key)) unknown.set(key, name);
    } else if (columns.has(key)) {
      const first = columns.get(key)!;
      log.error(line, name, `column "${name}" appears twice (columns ${first.index + 1} and ${index + 1}); only the first is read, so delete or rename the other`);
    } else {
      columns.set(key, { index, header: name });
    }
  });

  for (const name of unknown.values()) {
    const meant = looseKey(name);
    const hint = known.has(meant) && !columns.has(meant) ? ` (did you mean "${meant}"?)` : '';
    log.notice(line, name, `column "${name}" is not part of the contract for ${spec.name} and is ignored${hint}`);
  }
  if (unnamed > 0) {
    log.notice(line, WHOLE_ROW, `${unnamed === 1 ? 'one column has' : `${unnamed} columns have`} no name in the header row and ${unnamed === 1 ? 'is' : 'are'} ignored`);
  }

  const missing = spec.requiredColumns.filter((column) => !columns.has(column));
  for (const column of missing) {
    const lookalike = [...unknown.values()].find((name) => looseKey(name) === column);
    const fix = lookalike ? ` Column "${lookalike}" was found: rename it to "${column}".` : '';
    log.error(
      line,
      WHOLE_ROW,
      `required column "${column}" is missing, so none of the rows of ${spec.name} can be used. ` +
        `The header row must name the columns ${spec.requiredColumns.join(', ')} (in any order).${fix}${delimiterHint(header)}`,
    );
  }
  return missing.length > 0 ? null : columns;
}

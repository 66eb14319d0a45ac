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

/**
 * Maps canonical column names to their position, reporting unknown, unnamed and duplicate columns.
 * Returns null (file unusable) when a required column is missing.
 */
export function readHeader(header: readonly string[], line: number, spec: ContractFileSpec, log: FileProblems): ColumnMap | null {
  const known = new Set<string>([...spec.requiredColumns, ...spec.optionalColumns]);
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

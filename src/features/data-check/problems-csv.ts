// The data check as a CSV file, for officers who track fixes in a spreadsheet. Made with the shared writer,
// so a cell such as =HYPERLINK(...) copied from a broken file cannot run as a formula when it is opened.
import { toCsv } from '../../data/write-csv';
import type { ProblemRow } from './problem-table';
import { WHOLE_ROW } from '../../data/file-problems';

export const PROBLEMS_CSV_FILE = 'data-check.csv';

export const PROBLEM_CSV_COLUMNS = ['file', 'line', 'column', 'severity', 'message', 'cell', 'how_to_fix'] as const;

/** One line per problem, in the order shown; `column` and `cell` are empty where the problem is about no one cell. */
export function problemsCsv(rows: readonly ProblemRow[]): string {
  return toCsv(
    PROBLEM_CSV_COLUMNS,
    rows.map(({ problem, help }) => ({
      file: problem.file,
      line: problem.line,
      // "-" (the whole row or file) is left empty: a spreadsheet-safe "-" would read '- and mean nothing more.
      column: problem.column === WHOLE_ROW ? null : problem.column,
      severity: problem.severity,
      message: problem.message,
      cell: problem.cell ?? null,
      how_to_fix: help.fix,
    })),
  );
}

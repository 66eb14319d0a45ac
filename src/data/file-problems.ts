import type { Problem, Severity } from '../domain/types';

/** A data row as read: the physical line it starts on and its cells as written. */
interface RowCells {
  readonly line: number;
  readonly cells: readonly string[];
}

/** Collects the problems of one file, so readers never have to repeat the file name. */
export interface FileProblems {
  readonly file: string;
  /**
   * Where each column's cell sits in a row: the header as written (the problem column) to its position.
   * Set by readCsv once the header is read.
   */
  cellIndex: ReadonlyMap<string, number> | null;
  /**
   * The data row being read, set by readCsv as each row is visited (one assignment a row), so that a problem
   * at that row's line naming one of its columns can quote the offending cell without every reader passing it.
   */
  row: RowCells | null;
  add(line: number, column: string, severity: Severity, message: string): void;
  error(line: number, column: string, message: string): void;
  warning(line: number, column: string, message: string): void;
  notice(line: number, column: string, message: string): void;
}

/** Column name used for problems about a whole row or a whole file. */
export const WHOLE_ROW = '-';

/** A cell longer than this is quoted cut short: enough to recognise it, never a whole pasted document. */
export const LONGEST_QUOTED_CELL = 200;

function quotedCell(text: string): string {
  return text.length > LONGEST_QUOTED_CELL ? `${text.slice(0, LONGEST_QUOTED_CELL)}…` : text;
}

export function fileProblems(file: string, sink: Problem[]): FileProblems {
  const log: FileProblems = {
    file,
    cellIndex: null,
    row: null,
    add(line, column, severity, message) {
      const problem: Problem = { file, line, column, severity, message };
      // Looked up only when a problem is reported, so clean rows cost nothing.
      const { row, cellIndex } = log;
      if (row !== null && cellIndex !== null && row.line === line && column !== WHOLE_ROW) {
        const position = cellIndex.get(column);
        // A short row's missing cells are read as empty, so quote them as empty.
        if (position !== undefined) problem.cell = quotedCell(row.cells[position] ?? '');
      }
      sink.push(problem);
    },
    error: (line, column, message) => log.add(line, column, 'error', message),
    warning: (line, column, message) => log.add(line, column, 'warning', message),
    notice: (line, column, message) => log.add(line, column, 'notice', message),
  };
  return log;
}

import type { Problem, Severity } from '../domain/types';

/** Collects the problems of one file, so readers never have to repeat the file name. */
export interface FileProblems {
  readonly file: string;
  add(line: number, column: string, severity: Severity, message: string): void;
  error(line: number, column: string, message: string): void;
  warning(line: number, column: string, message: string): void;
  notice(line: number, column: string, message: string): void;
}

/** Column name used for problems about a whole row or a whole file. */
export const WHOLE_ROW = '-';

export function fileProblems(file: string, sink: Problem[]): FileProblems {
  const add = (line: number, column: string, severity: Severity, message: string): void => {
    sink.push({ file, line, column, severity, message });
  };
  return {
    file,
    add,
    error: (line, column, message) => add(line, column, 'error', message),
    warning: (line, column, message) => add(line, column, 'warning', message),
    notice: (line, column, message) => add(line, column, 'notice', message),
  };
}

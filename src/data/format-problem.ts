import type { Dataset, Problem } from '../domain/types';

/** `<file>:<line>:<column>: error|warning|notice: <message>`, the command line's format (data contract). */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}

/** `<n> rows read, <n> kept, <n> errors, <n> warnings`; notices are not counted. */
export function summaryLine(dataset: Pick<Dataset, 'problems' | 'rowsRead' | 'rowsKept'>): string {
  let errors = 0;
  let warnings = 0;
  for (const problem of dataset.problems) {
    if (problem.severity === 'error') errors++;
    else if (problem.severity === 'warning') warnings++;
  }
  return `${dataset.rowsRead} rows read, ${dataset.rowsKept} kept, ${errors} errors, ${warnings} warnings`;
}

import type { Dataset, Problem } from '../domain/types';

/** `<file>:<line>:<column>: error|warning|notice: <message>`, the command line's format (data contract). */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}

export interface ProblemCounts {
  errors: number;
  warnings: number;
  notices: number;
}

export function countProblems(problems: readonly Problem[]): ProblemCounts {
  const counts = { errors: 0, warnings: 0, notices: 0 };
  for (const { severity } of problems) {
    if (severity === 'error') counts.errors++;
    else if (severity === 'warning') counts.warnings++;
    else counts.notices++;
  }
  return counts;
}

/** `<n> rows read, <n> kept, <n> errors, <n> warnings`; notices are not counted. */
export function summaryLine(dataset: Pick<Dataset, 'problems' | 'rowsRead' | 'rowsKept'>): string {
  const { errors, warnings } = countProblems(dataset.problems);
  return `${dataset.rowsRead} rows read, ${dataset.rowsKept} kept, ${errors} errors, ${warnings} warnings`;
}

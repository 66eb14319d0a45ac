// The data check's table, without the screen: which problems, in which order, with what help. Pure, so the
// sorting is tested on its own and the component only renders.
import { contractOrder } from '../../data/contract-files';
import { sortProblems } from '../../data/sort-problems';
import { problemHelp, type ProblemHelp } from '../../domain/problem-help';
import type { Problem, Severity } from '../../domain/types';

export const SORT_KEYS = ['file', 'line', 'column', 'severity', 'message', 'cell'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface ProblemSort {
  key: SortKey;
  direction: SortDirection;
}

/** The order the command line prints: by file in contract order, then by line. */
export const DEFAULT_SORT: ProblemSort = { key: 'file', direction: 'ascending' };

export interface ProblemRow {
  problem: Problem;
  help: ProblemHelp;
  /** Position in the default order: every sort falls back on it, so ties stay in file-then-line order. */
  order: number;
}

/** Problems in the default order, each with its help worked out once. */
export function problemRows(problems: readonly Problem[]): ProblemRow[] {
  return sortProblems(problems).map((problem, order) => ({ problem, help: problemHelp(problem), order }));
}

/** Ascending severity is the most serious first. */
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

const text = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

function compareFiles(a: Problem, b: Problem): number {
  return contractOrder(a.file) - contractOrder(b.file) || text.compare(a.file, b.file);
}

const COMPARE: Record<Exclude<SortKey, 'cell'>, (a: Problem, b: Problem) => number> = {
  file: compareFiles,
  line: (a, b) => a.line - b.line,
  column: (a, b) => text.compare(a.column, b.column),
  severity: (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  message: (a, b) => text.compare(a.message, b.message),
};

/** Problems with no cell (a whole row or file) go last whichever way the cells are sorted. */
function compareCells(a: Problem, b: Problem, sign: number): number {
  if (a.cell === undefined || b.cell === undefined) return (a.cell === undefined ? 1 : 0) - (b.cell === undefined ? 1 : 0);
  return sign * text.compare(a.cell, b.cell);
}

/**
 * The rows in the order asked for (a new array). Ties keep the default order, so sorting by file keeps each
 * file's problems by line, and sorting by severity lists the errors file by file.
 */
export function sortProblemRows(rows: readonly ProblemRow[], sort: ProblemSort): ProblemRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const { key } = sort;
  const compare = key === 'cell' ? (a: Problem, b: Problem) => compareCells(a, b, sign) : (a: Problem, b: Problem) => sign * COMPARE[key](a, b);
  return [...rows].sort((a, b) => compare(a.problem, b.problem) || a.order - b.order);
}

/** `sort=severity` or `sort=severity-desc` in the link; anything else is the default order. */
export function readProblemSort(param: string | null): ProblemSort {
  const descending = param?.endsWith('-desc') ?? false;
  const key = descending ? param!.slice(0, -'-desc'.length) : param;
  const known = SORT_KEYS.find((candidate) => candidate === key);
  return known ? { key: known, direction: descending ? 'descending' : 'ascending' } : DEFAULT_SORT;
}

export function writeProblemSort(sort: ProblemSort): string | null {
  if (sort.key === DEFAULT_SORT.key && sort.direction === DEFAULT_SORT.direction) return null;
  return sort.direction === 'descending' ? `${sort.key}-desc` : sort.key;
}

/** Pressing a column's sort button: ascending first, then the other way each time. */
export function nextSort(current: ProblemSort, key: SortKey): ProblemSort {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

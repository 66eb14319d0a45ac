import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../domain/types';
import { countProblems } from '../../data/format-problem';
import { DEFAULT_SORT, nextSort, problemRows, readProblemSort, sortProblemRows, writeProblemSort, type ProblemSort } from './problem-table';
import { PROBLEM_CSV_COLUMNS, problemsCsv } from './problems-csv';

const problem = (file: string, line: number, column: string, severity: Problem['severity'], message: string, cell?: string): Problem =>
  cell === undefined ? { file, line, column, severity, message } : { file, line, column, severity, message, cell };

// Given out of order: the default order is by file in contract order (measures, targets, early-help, ...,
// settings), then by line.
const PROBLEMS: Problem[] = [
  problem('settings.csv', 4, 'value', 'error', '"=cmd" is not an e-mail address', '=cmd'),
  problem('early-help.csv', 12, 'Value', 'error', '"abc" is not a number or a special value', 'abc'),
  problem('early-help.csv', 5, 'Period', 'error', '"2024-13" is not a month (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)', '2024-13'),
  problem('measures.csv', 1, 'RAG', 'notice', 'column "RAG" is not part of the contract for measures.csv and is ignored'),
  problem('early-help.csv', 10, 'Value', 'warning', 'a count of 3 could identify a child', '3'),
  problem('targets.csv', 0, '-', 'warning', 'the file is not UTF-8 (first unreadable character on line 2)'),
];

const order = (sort: ProblemSort) => sortProblemRows(problemRows(PROBLEMS), sort).map(({ problem: p }) => `${p.file}:${p.line}`);

describe('sorting the data check', () => {
  it('starts in the command line order: file in contract order, then line', () => {
    expect(order(DEFAULT_SORT)).toEqual(['measures.csv:1', 'targets.csv:0', 'early-help.csv:5', 'early-help.csv:10', 'early-help.csv:12', 'settings.csv:4']);
  });

  it('reverses the files but keeps each file by line when sorted by file descending', () => {
    expect(order({ key: 'file', direction: 'descending' })).toEqual(['settings.csv:4', 'early-help.csv:5', 'early-help.csv:10', 'early-help.csv:12', 'targets.csv:0', 'measures.csv:1']);
  });

  it('puts errors first by severity, then warnings, then notices, each in the default order', () => {
    expect(order({ key: 'severity', direction: 'ascending' })).toEqual(['early-help.csv:5', 'early-help.csv:12', 'settings.csv:4', 'targets.csv:0', 'early-help.csv:10', 'measures.csv:1']);
    expect(order({ key: 'severity', direction: 'descending' })).toEqual(['measures.csv:1', 'targets.csv:0', 'early-help.csv:10', 'early-help.csv:5', 'early-help.csv:12', 'settings.csv:4']);
  });

  it('sorts lines as numbers, not as text (5 before 10 before 12)', () => {
    expect(order({ key: 'line', direction: 'ascending' })).toEqual(['targets.csv:0', 'measures.csv:1', 'settings.csv:4', 'early-help.csv:5', 'early-help.csv:10', 'early-help.csv:12']);
  });

  it('sorts columns and messages A to Z ignoring case', () => {
    // "-" sorts before letters; Period, RAG, Value, value (Value and value tie: default order keeps early-help first).
    expect(order({ key: 'column', direction: 'ascending' })).toEqual(['targets.csv:0', 'early-help.csv:5', 'measures.csv:1', 'early-help.csv:10', 'early-help.csv:12', 'settings.csv:4']);
    // Messages starting with a quote mark sort before letters: "=cmd, "2024-13, "abc, then a count, column, the file.
    expect(order({ key: 'message', direction: 'ascending' })).toEqual(['settings.csv:4', 'early-help.csv:5', 'early-help.csv:12', 'early-help.csv:10', 'measures.csv:1', 'targets.csv:0']);
  });

  it('sorts by the cell, with problems that have no cell last either way', () => {
    // Cells: 2024-13, 3, =cmd, abc. Numeric collation puts 3 before 2024-13; "=" sorts before digits and letters.
    expect(order({ key: 'cell', direction: 'ascending' })).toEqual(['settings.csv:4', 'early-help.csv:10', 'early-help.csv:5', 'early-help.csv:12', 'measures.csv:1', 'targets.csv:0']);
    expect(order({ key: 'cell', direction: 'descending' })).toEqual(['early-help.csv:12', 'early-help.csv:5', 'early-help.csv:10', 'settings.csv:4', 'measures.csv:1', 'targets.csv:0']);
  });

  it('does not change the rows it is given', () => {
    const rows = problemRows(PROBLEMS);
    const before = rows.map((row) => row.order);
    sortProblemRows(rows, { key: 'severity', direction: 'descending' });
    expect(rows.map((row) => row.order)).toEqual(before);
  });
});

describe('the sort in the link', () => {
  it('reads a column, "-desc" for the other way, and falls back to the default for anything else', () => {
    expect(readProblemSort('severity')).toEqual({ key: 'severity', direction: 'ascending' });
    expect(readProblemSort('line-desc')).toEqual({ key: 'line', direction: 'descending' });
    expect(readProblemSort('rating')).toEqual(DEFAULT_SORT);
    expect(readProblemSort(null)).toEqual(DEFAULT_SORT);
  });

  it('writes nothing for the default order, so the plain link stays plain', () => {
    expect(writeProblemSort(DEFAULT_SORT)).toBeNull();
    expect(writeProblemSort({ key: 'file', direction: 'descending' })).toBe('file-desc');
    expect(writeProblemSort({ key: 'cell', direction: 'ascending' })).toBe('cell');
  });

  it('sorts a new column ascending first, then turns it round on each press', () => {
    expect(nextSort(DEFAULT_SORT, 'severity')).toEqual({ key: 'severity', direction: 'ascending' });
    expect(nextSort({ key: 'severity', direction: 'ascending' }, 'severity')).toEqual({ key: 'severity', direction: 'descending' });
    expect(nextSort({ key: 'severity', direction: 'descending' }, 'severity')).toEqual({ key: 'severity', direction: 'ascending' });
  });
});

describe('counts and the CSV', () => {
  it('counts errors, warnings and notices', () => {
    // 3 errors (settings 4, early-help 12 and 5), 2 warnings (early-help 10, targets 0), 1 notice (measures 1).
    expect(countProblems(PROBLEMS)).toEqual({ errors: 3, warnings: 2, notices: 1 });
  });

  it('writes one line per problem in the order shown, with the fix, and neutralises formula-like cells', () => {
    const csv = problemsCsv(problemRows(PROBLEMS));
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...PROBLEM_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(6);
    expect(parsed.data[2]).toEqual({
      file: 'early-help.csv',
      line: '5',
      column: 'Period',
      severity: 'error',
      message: '"2024-13" is not a month (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)',
      cell: '2024-13',
      how_to_fix: 'Write a month as 2024-06, a quarter as 2024-25 Q3 (a calendar quarter as 2024 Q1), or a year as 2024-25 (a calendar year as 2024).',
    });
    // A whole-file problem has an empty column (not "-", which a spreadsheet-safe writer would turn into '-) and cell.
    expect(parsed.data[1]).toMatchObject({ file: 'targets.csv', line: '0', column: '', cell: '' });
    // The e-mail cell "=cmd" would run as a formula in a spreadsheet: it gets a leading apostrophe.
    expect(parsed.data[5]).toMatchObject({ file: 'settings.csv', cell: "'=cmd" });
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

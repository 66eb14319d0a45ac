// The value files' fast path skips zod for the rows it can read: every row it accepts must come out exactly as the
// schema reads it (measure, period text, cells, note and the cells' warnings), or a million-row file and a
// ten-row file would disagree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractFileSpec } from './contract-files';
import { fileProblems } from './file-problems';
import { loadDataset } from './load-dataset';
import { knownMeasureReader, measureIndex } from './measure-index';
import { columnIndexes, headerOf, rowParser } from './parse-row';
import { readHeader } from './read-header';
import { blankRowCells, readCommonRow, VALUE_COLUMNS, valueRowSchema } from './read-values';
import { MEASURES_CSV } from './test-support';
import type { Problem } from '../domain/types';

const CELLS = ['', ' ', '85.1', ' 7 ', '0', '012', '1e3', '[c]', 'c', '[x]', ':', '..', '-', '*', '[low]', 'low', '~', 'k', '[z]', '[u]', 'u',
  '85.1 [p]', '85.1 [pr]', '85.1 [q]', '[p]', '£1,901.19', '£-5', '-£5', '1,234', '1,23', '(12)', "'42", "' ", '85.1%', '-3', '−3', '+4',
  'abc', '1.2.3', '\r5'];
const IDS = ['EH01', ' eh01 ', 'CSC02', 'NOPE', 'EH 01', ''];
const PERIODS = ['2024-06', ' 2024-06 ', '2024-25 Q1', '2024', '', 'June', '2024-06\r', '2024\r-06'];
const NOTES = ['', 'Provisional: June', ' padded ', 'two\r\nlines'];

const index = measureIndex(loadDataset({ 'measures.csv': MEASURES_CSV }).measures, new Map());
const problems: Problem[] = [];
const log = fileProblems('early-help.csv', problems);

/** A value file's reading of rows under one header: the fast path's and the schema's. */
function readersFor(header: readonly string[]) {
  const columns = readHeader(header, 1, contractFileSpec('early-help.csv'), log)!;
  return {
    header,
    parseRow: rowParser(valueRowSchema(index), columns),
    at: columnIndexes(columns, VALUE_COLUMNS),
    headers: { value: headerOf(columns, 'value'), numerator: headerOf(columns, 'numerator'), denominator: headerOf(columns, 'denominator') },
  };
}

// The full header, and files without the optional columns (numerator, denominator, note), each in its own order.
const FILES = [
  ['measure_id', 'period', 'value', 'numerator', 'denominator', 'note'],
  ['measure_id', 'period', 'value'],
  ['period', 'measure_id', 'note', 'value'],
  ['measure_id', 'period', 'value', 'denominator'],
].map(readersFor);
const full = FILES[0]!;

describe('the value files fast path', () => {
  it('reads every row it accepts as the schema does', () => {
    let accepted = 0;
    // One RowCells for every row, as readValues reuses it: nothing of a row may carry over to the next.
    const fast = blankRowCells();
    const measureOf = knownMeasureReader(index);
    const cell = (list: readonly string[]) => fc.constantFrom(...list);
    const row = fc.tuple(fc.constantFrom(...FILES), cell(IDS), cell(PERIODS), cell(CELLS), cell(CELLS), cell(CELLS), cell(NOTES));
    fc.assert(
      fc.property(row, ([file, measure_id, period, value, numerator, denominator, note]) => {
        const named: Record<string, string> = { measure_id, period, value, numerator, denominator, note };
        const cells = file.header.map((column) => named[column]!);
        if (!readCommonRow(cells, file.at, file.headers, measureOf, fast)) return;
        accepted++;
        const slow = file.parseRow({ line: 2, cells }, log);
        expect(slow.ok).toBe(true);
        if (!slow.ok) return;
        const { data } = slow;
        expect(fast.measure).toBe(data.measure_id);
        expect(fast.period).toBe(data.period);
        expect(fast.value).toEqual(data.value.cell);
        expect(fast.numerator).toEqual(data.numerator.cell);
        expect(fast.denominator).toEqual(data.denominator.cell);
        expect(fast.note).toBe(data.note);
        const warnings = [
          [file.headers.value, data.value.warning],
          [file.headers.numerator, data.numerator.warning],
          [file.headers.denominator, data.denominator.warning],
        ].filter(([, warning]) => warning !== null);
        expect(fast.warnings ?? []).toEqual(warnings);
      }),
      { numRuns: 5000 },
    );
    // The property above says nothing if the fast path declined every row.
    expect(accepted).toBeGreaterThan(500);
  });

  it('takes the rows that carry flags, suppression, currency and legacy symbols, warnings and all', () => {
    const fast = blankRowCells();
    expect(readCommonRow(['EH01', '2024-06', '85.1 [p]', '[c]', ':', ''], full.at, full.headers, knownMeasureReader(index), fast)).toBe(true);
    expect(fast.value).toEqual({ kind: 'number', flags: ['p'], value: 85.1, decimal: '85.1' });
    expect(fast.numerator).toEqual({ kind: 'special', code: 'c' });
    expect(fast.warnings).toEqual([['denominator', '":" was read as [x] (not available); legacy symbols are accepted, but please write [x]']]);
  });
});

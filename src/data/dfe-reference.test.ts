// The low-level readers against three real DfE files (shared/reference-data/dfe, beside the repository):
// a byte-order mark, quoted headers, c/x/z/u cells and " 49.166" with a leading space, as published.
// These files are not in contract format, so only decoding, CSV records and cells are exercised.
// If the folder is missing the tests FAIL rather than skip: CI always has shared/ beside the repository.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../domain/types';
import { parseCsvRecords, type CsvRecord } from './csv-records';
import { decodeText } from './decode-text';
import { fileProblems } from './file-problems';
import { parseCell } from './parse-cell';

const DFE_DIR = resolve(import.meta.dirname, '../../../shared/reference-data/dfe');

function readDfe(name: string) {
  const path = resolve(DFE_DIR, name);
  const problems: Problem[] = [];
  const decoded = decodeText(new Uint8Array(readFileSync(path)), fileProblems(name, problems));
  if (decoded.kind !== 'text') throw new Error(`${name} did not decode as text`);
  const [header, ...rows] = parseCsvRecords(decoded.text);
  const column = (name: string): number => {
    const index = header!.cells.indexOf(name);
    if (index === -1) throw new Error(`no column ${name}`);
    return index;
  };
  const find = (match: Record<string, string>): CsvRecord => {
    const wanted = Object.entries(match).map(([name, value]) => [column(name), value] as const);
    const found = rows.filter((row) => wanted.every(([index, value]) => row.cells[index] === value));
    if (found.length !== 1) throw new Error(`${found.length} rows match ${JSON.stringify(match)}`);
    return found[0]!;
  };
  const cell = (row: CsvRecord, name: string) => parseCell(row.cells[column(name)]!);
  return { header: header!, rows, problems, column, find, cell };
}

const CLA = 'cla_number_and_rate_per_10k_children.csv';
const CIN = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv';
const SEN2 = 'sen2_mi.csv';
const CLA_31_MARCH = 'Children looked after on 31 March each year';

describe('DfE reference files', () => {
  it('are present beside the repository (a missing folder fails, it is not skipped)', () => {
    expect(existsSync(DFE_DIR), `${DFE_DIR} is missing`).toBe(true);
  });

  it('strips the byte-order mark from the first header of the looked-after children file', () => {
    const { header, problems } = readDfe(CLA);
    expect(header.cells[0]).toBe('time_period');
    expect(problems).toEqual([]);
  });

  it('reads every row of the looked-after children file, each on its own line after the header', () => {
    const { rows } = readDfe(CLA);
    expect(rows).toHaveLength(2505);
    expect(rows.every((row, i) => row.line === i + 2 && row.cells.length === 14 && row.syntaxError === null)).toBe(true);
  });

  it('reads Rotherham: 556 children looked after at 31 March 2022, 99 per 10,000', () => {
    const { find, cell } = readDfe(CLA);
    const row = find({ time_period: '2022', la_name: 'Rotherham', population_type: CLA_31_MARCH });
    expect(row.line).toBe(1677);
    expect(cell(row, 'children_count')).toEqual({ ok: true, cell: { kind: 'number', flags: [], value: 556, decimal: '556' }, warning: null });
    expect(cell(row, 'rate_per_10000')).toMatchObject({ ok: true, cell: { value: 99 } });
  });

  it('reads a quoted local authority name containing a comma as one cell', () => {
    const { rows, column } = readDfe(CLA);
    expect(rows.some((row) => row.cells[column('la_name')] === 'Kingston upon Hull, City of')).toBe(true);
  });

  it('reads c (City of London 2025) and x, z (Cumbria 2025) as special values', () => {
    const { find, cell } = readDfe(CLA);
    const london = find({ time_period: '2025', la_name: 'City of London', population_type: CLA_31_MARCH });
    expect(cell(london, 'children_count')).toEqual({ ok: true, cell: { kind: 'special', code: 'c' }, warning: null });
    const cumbria = find({ time_period: '2025', la_name: 'Cumbria', population_type: CLA_31_MARCH });
    expect(cell(cumbria, 'population_estimate')).toMatchObject({ cell: { kind: 'special', code: 'x' } });
    expect(cell(cumbria, 'children_count')).toMatchObject({ cell: { kind: 'special', code: 'z' } });
  });

  it('reads u (Hampshire 2024, low reliability) in the children in need file', () => {
    const { find, cell } = readDfe(CIN);
    const hampshire = find({ time_period: '2024', la_name: 'Hampshire' });
    expect(cell(hampshire, 'referral_count')).toEqual({ ok: true, cell: { kind: 'special', code: 'u' }, warning: null });
  });

  it('reads Rotherham re-referrals 2022: 18.2%', () => {
    const { find, cell } = readDfe(CIN);
    expect(cell(find({ time_period: '2022', la_name: 'Rotherham' }), 'rereferral_percent')).toMatchObject({
      cell: { kind: 'number', value: 18.2, decimal: '18.2' },
    });
  });

  it('unquotes every header of the SEN2 file', () => {
    const { header } = readDfe(SEN2);
    expect(header.cells).toHaveLength(83);
    expect(header.cells.slice(0, 3)).toEqual(['time_period', 'time_identifier', 'geographic_level']);
    expect(header.cells.some((name) => name.includes('"'))).toBe(false);
  });

  it('reads " 49.166" with its leading space as 49.166 (England, 2022, within 20 weeks)', () => {
    const { find, cell, column } = readDfe(SEN2);
    const england = find({ time_period: '2022', geographic_level: 'National' });
    expect(england.cells[column('no_exc_20week_rate')]).toBe(' 49.166');
    expect(cell(england, 'no_exc_20week_rate')).toEqual({
      ok: true,
      cell: { kind: 'number', flags: [], value: 49.166, decimal: '49.166' },
      warning: null,
    });
  });

  it('reads "64.900000000000" keeping the digits as written, and z as not applicable', () => {
    const { find, cell } = readDfe(SEN2);
    const england = find({ time_period: '2017', geographic_level: 'National' });
    expect(cell(england, 'no_exc_20week_rate')).toMatchObject({ cell: { value: 64.9, decimal: '64.900000000000' } });
    const rotherham = find({ time_period: '2022', la_name: 'Rotherham' });
    expect(cell(rotherham, 'no_exc_20week_rate')).toMatchObject({ cell: { value: 51.636 } });
    expect(cell(rotherham, 'ass_nodecision')).toMatchObject({ cell: { kind: 'special', code: 'z' } });
  });
});

import { describe, expect, it } from 'vitest';
import type { Problem } from '../domain/types';
import { contractFileSpec, type ContractFileName } from './contract-files';
import { fileProblems } from './file-problems';
import { readCsv, type CsvRow } from './read-csv';
import { formatted } from './test-support';

function read(text: string, file: ContractFileName = 'social-care.csv') {
  const problems: Problem[] = [];
  const result = readCsv(text, contractFileSpec(file), fileProblems(file, problems));
  const rows: CsvRow[] = [];
  result.table?.eachRow((row) => rows.push(row));
  const columns = result.table ? Object.fromEntries(result.table.columns) : null;
  const rowsRead = result.table ? result.table.rowsRead : result.rowsRead;
  return { columns, rows, rowsRead, problems: formatted(problems) };
}

describe('readCsv: header', () => {
  it('matches column names case-insensitively after trimming, keeping the header as written', () => {
    const { columns, problems } = read(' Measure_ID ,PERIOD,Value\nEH01,2024-06,1\n');
    expect(columns).toEqual({
      measure_id: { index: 0, header: 'Measure_ID' },
      period: { index: 1, header: 'PERIOD' },
      value: { index: 2, header: 'Value' },
    });
    expect(problems).toEqual([]);
  });

  it('gives one notice per unknown column, at line 1, under the header as written', () => {
    const { columns, problems } = read('measure_id,period,value,Comments,RAG,comments\nEH01,2024-06,1,a,b,c\n');
    expect(columns).not.toBeNull();
    expect(problems).toEqual([
      'social-care.csv:1:Comments: notice: column "Comments" is not part of the contract for social-care.csv and is ignored',
      'social-care.csv:1:RAG: notice: column "RAG" is not part of the contract for social-care.csv and is ignored',
    ]);
  });

  it('suggests the contract name for a look-alike column', () => {
    const { columns, problems } = read('id,area,title,unit,polarity,frequency,Data Note,year-type\n', 'measures.csv');
    expect(columns?.data_note).toBeUndefined();
    expect(problems).toEqual([
      'measures.csv:1:Data Note: notice: column "Data Note" is not part of the contract for measures.csv and is ignored (did you mean "data_note"?)',
      'measures.csv:1:year-type: notice: column "year-type" is not part of the contract for measures.csv and is ignored (did you mean "year_type"?)',
    ]);
  });

  it('makes the file unusable when a required column is missing, and still counts its rows as read', () => {
    const { columns, rowsRead, problems } = read('measure_id,value\nEH01,1\n\nEH02,2\n');
    expect(columns).toBeNull();
    expect(rowsRead).toBe(2);
    expect(problems).toEqual([
      'social-care.csv:1:-: error: required column "period" is missing, so none of the rows of social-care.csv can be used. The header row must name the columns measure_id, period, value (in any order).',
    ]);
  });

  it('names a look-alike column when a required one is missing', () => {
    const { problems } = read('Measure ID,period,value\nEH01,2024-06,1\n');
    expect(problems).toEqual([
      'social-care.csv:1:Measure ID: notice: column "Measure ID" is not part of the contract for social-care.csv and is ignored (did you mean "measure_id"?)',
      'social-care.csv:1:-: error: required column "measure_id" is missing, so none of the rows of social-care.csv can be used. The header row must name the columns measure_id, period, value (in any order). Column "Measure ID" was found: rename it to "measure_id".',
    ]);
  });

  it('says when a file seems to use semicolons between columns', () => {
    const { problems } = read('measure_id;period;value\nEH01;2024-06;1\n');
    expect(problems.at(-1)).toContain('The file seems to use semicolons between columns: save it as CSV (comma delimited).');
  });

  it('reports a duplicated column once and reads the first', () => {
    const { columns, rows, problems } = read('measure_id,period,value,Value\nEH01,2024-06,1,2\n');
    expect(columns?.value).toEqual({ index: 2, header: 'value' });
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([
      'social-care.csv:1:Value: error: column "Value" appears twice (columns 3 and 4); only the first is read, so delete or rename the other',
    ]);
  });

  it('ignores columns with no name, with one notice', () => {
    const { problems } = read('measure_id,period,value,,\nEH01,2024-06,1,,\n');
    expect(problems).toEqual(['social-care.csv:1:-: notice: 2 columns have no name in the header row and are ignored']);
  });

  it('reports an empty file as unusable at line 0', () => {
    const { columns, rowsRead, problems } = read('');
    expect(columns).toBeNull();
    expect(rowsRead).toBe(0);
    expect(problems).toEqual([
      'social-care.csv:0:-: error: the file is empty: it needs a header row naming the columns measure_id, period, value',
    ]);
  });

  it('accepts a file with a header and no rows', () => {
    expect(read('measure_id,period,value\r\n')).toMatchObject({ rows: [], rowsRead: 0, problems: [] });
  });
});

describe('readCsv: rows', () => {
  it('keeps the physical line of every row through blank lines and multi-line quoted notes', () => {
    const { rows } = read('measure_id,period,value,note\n\nEH01,2024-06,1,"a\nb"\nEH01,2024-07,2,\n');
    expect(rows.map((row) => row.line)).toEqual([3, 5]);
  });

  it('reads a row with missing optional cells at the end, with a warning naming them', () => {
    const { rows, problems } = read('measure_id,period,value,numerator,denominator\nEH01,2024-06,85.1\n');
    expect(rows).toEqual([{ line: 2, cells: ['EH01', '2024-06', '85.1'], syntaxError: null }]);
    expect(problems).toEqual([
      'social-care.csv:2:-: warning: the row has 3 cells but the header has 5 columns; the missing "numerator", "denominator" are read as empty',
    ]);
  });

  it('skips a row that is too short to hold a required cell, as an error', () => {
    const { rows, problems } = read('measure_id,period,value\nEH01,2024-06\n');
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      'social-care.csv:2:-: error: the row has 2 cells but the header has 3 columns, so it has no "value". The row is skipped',
    ]);
  });

  it('says nothing when only ignored columns are missing from a short row', () => {
    const { rows, problems } = read('measure_id,period,value,Comments\nEH01,2024-06,1\n');
    expect(rows).toHaveLength(1);
    expect(problems).toHaveLength(1); // the notice for "Comments" only
  });

  it('skips a row with extra non-empty cells (an unquoted comma shifts every cell), as an error', () => {
    const { rows, problems } = read('measure_id,period,value,numerator\nEH01,2024-06,1,234,57\n');
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      'social-care.csv:2:-: error: the row has 5 cells but the header has 4 columns, so its cells cannot be matched to columns; a value containing a comma (such as 1,234 or a sentence) must be in double quotes. The row is skipped',
    ]);
  });

  it('accepts extra empty cells at the end of a row (trailing commas from Excel)', () => {
    const { rows, problems } = read('measure_id,period,value\nEH01,2024-06,1,,\n');
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('skips a row whose number was split at an unquoted thousands comma, even when the extra cell is empty', () => {
    // "£6,436.00" unquoted: 7 cells for 6 columns, the last one empty. Read as trailing commas it would become
    // value 6 and numerator 436 without a word, so it is an error naming both halves.
    const { rows, problems } = read('measure_id,period,value,numerator,denominator,note\nG1,2024-06,£6,436.00,,,\nG1,2024-07,100,,,,\n');
    expect(rows.map((row) => row.line)).toEqual([3]);
    expect(problems).toEqual([
      'social-care.csv:2:-: error: the row has 7 cells but the header has 6 columns, and "£6" followed by "436.00" looks like one number split at its thousands comma (£6,436.00), which moves every later cell; put it in double quotes ("£6,436.00") or write it without the comma. The row is skipped',
    ]);
  });

  it('skips a repeated header row with a clear message', () => {
    const { rows, rowsRead, problems } = read('measure_id,period,value\nEH01,2024-06,1\nMeasure_id, Period ,VALUE\nEH01,2024-07,2\n');
    expect(rows.map((row) => row.line)).toEqual([2, 4]);
    expect(rowsRead).toBe(3);
    expect(problems).toEqual([
      'social-care.csv:3:-: error: the header row is repeated here (were two files pasted together?); the row is skipped',
    ]);
  });

  it('skips a row with unbalanced quotes at the line it starts, and reads the rows before it', () => {
    const { rows, rowsRead, problems } = read('measure_id,period,value,note\nEH01,2024-06,1,fine\nEH01,2024-07,2,"unclosed\nEH01,2024-08,3,lost\n');
    expect(rows.map((row) => row.line)).toEqual([2]);
    expect(rowsRead).toBe(2);
    expect(problems).toEqual([
      'social-care.csv:3:-: error: a quoted field that starts in this row is never closed (a " is missing), so everything after it to the end of the file was read as one cell; add the closing ". The row is skipped',
    ]);
  });

  it('reports a header that starts after blank lines at its own line', () => {
    const { rows, problems } = read('\n\nmeasure_id,period\nEH01,2024-06\n');
    expect(rows).toEqual([]);
    expect(problems[0]).toMatch(/^social-care\.csv:3:-: error: required column "value" is missing/);
  });
});

import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { neutraliseFormula, toCsv } from './write-csv';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+1+2', `'+1+2`],
    ['-foo', `'-foo`],
    ['@SUM(A1)', `'@SUM(A1)`],
  ])('prefixes formula-like text %s with an apostrophe', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it.each(['-12', '+3.5', '-0.25', '85.1', 'Families contacted'])('leaves %s as it is', (input) => {
    expect(neutraliseFormula(input)).toBe(input);
  });
});

describe('toCsv', () => {
  it('writes a header, quotes commas, leaves nulls empty and round-trips through papaparse', () => {
    const csv = toCsv(['id', 'title', 'value'], [
      { id: 'EH01', title: 'Contacted, within 3 days', value: 85.1 },
      { id: 'CSC01', title: '=cmd', value: null },
    ]);
    expect(csv).toBe('id,title,value\r\nEH01,"Contacted, within 3 days",85.1\r\nCSC01,\'=cmd,\r\n');
    const parsed = Papa.parse<string[]>(csv.trim(), { header: false });
    expect(parsed.data).toEqual([
      ['id', 'title', 'value'],
      ['EH01', 'Contacted, within 3 days', '85.1'],
      ['CSC01', "'=cmd", ''],
    ]);
  });
});

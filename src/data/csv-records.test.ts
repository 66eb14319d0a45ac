import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from './csv-records';

const lines = (text: string) => parseCsvRecords(text).map((record) => [record.line, record.cells]);

describe('parseCsvRecords', () => {
  it('numbers LF records from the header as line 1', () => {
    expect(lines('a,b\n1,2\n3,4\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [3, ['3', '4']],
    ]);
  });

  it('numbers CRLF records the same way and leaves no CR in the last cell', () => {
    expect(lines('a,b\r\n1,2\r\n3,4\r\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [3, ['3', '4']],
    ]);
  });

  it('skips blank lines but counts them, as an editor does', () => {
    // line 1 header, 2 blank, 3 row, 4 blank, 5 blank, 6 row
    expect(lines('a,b\n\n1,2\n\n\n3,4\n')).toEqual([
      [1, ['a', 'b']],
      [3, ['1', '2']],
      [6, ['3', '4']],
    ]);
  });

  it('skips whitespace-only lines and rows of empty cells (Excel leaves ",," below a table)', () => {
    expect(lines('a,b\r\n1,2\r\n  \r\n,\r\n , \r\n3,4')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [6, ['3', '4']],
    ]);
  });

  it('reports a row at the line where it starts when a quoted field spans lines (LF)', () => {
    // line 2 holds a field that runs onto lines 3 and 4, so the next row is line 5
    expect(lines('a,b\n1,"one\ntwo\nthree"\n2,x\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', 'one\ntwo\nthree']],
      [5, ['2', 'x']],
    ]);
  });

  it('reports a row at the line where it starts when a quoted field spans lines (CRLF)', () => {
    expect(lines('a,b\r\n1,"one\r\ntwo"\r\n\r\n2,x\r\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', 'one\r\ntwo']],
      [5, ['2', 'x']],
    ]);
  });

  it('counts lines in a file with old Mac (CR only) line ends', () => {
    expect(lines('a,b\r1,2\r\r3,4')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [4, ['3', '4']],
    ]);
  });

  it('unquotes quoted headers and cells, and reads "" inside quotes as one quote mark', () => {
    expect(lines('"a","b"\n"Kingston upon Hull, City of","say ""hi"""\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['Kingston upon Hull, City of', 'say "hi"']],
    ]);
  });

  it('marks an unclosed quote at the line of the row that opens it; the rest of the file becomes that cell', () => {
    const records = parseCsvRecords('a,b\n1,2\n3,"oops\n4,5\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(records[2]!.cells).toEqual(['3', 'oops\n4,5\n']);
    expect(records[2]!.syntaxError).toMatch(/^a quoted field that starts in this row is never closed/);
    expect(records[1]!.syntaxError).toBeNull();
  });

  it('marks a quote mark in the wrong place', () => {
    const records = parseCsvRecords('a,b\n1,"2"x\n');
    expect(records[1]!.line).toBe(2);
    expect(records[1]!.syntaxError).toMatch(/^a quote mark is out of place/);
  });

  it('never guesses the delimiter: semicolons stay inside one cell', () => {
    expect(lines('a;b\n1;2\n')).toEqual([
      [1, ['a;b']],
      [2, ['1;2']],
    ]);
  });

  it('returns no records for an empty or blank file', () => {
    expect(parseCsvRecords('')).toEqual([]);
    expect(parseCsvRecords('\n\r\n  \n')).toEqual([]);
  });
});

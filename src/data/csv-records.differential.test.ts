// forEachCsvRecord reads records with its own scanner, falling back to Papa Parse only for odd quoting. It must
// read every text exactly as Papa Parse's step-by-step parse of the whole text does (the reader it replaced,
// kept here as the oracle): same records, same cells, same lines, same problems.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords, type CsvRecord } from './csv-records';

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'missing',
  InvalidQuotes: 'invalid',
};

/**
 * The previous reader: Papa Parse over the whole text, a step per record. Papa drops a leading byte-order mark and
 * reports positions in what is left, so lines are counted there (the app's decodeText drops the mark first anyway).
 */
function papaRecords(whole: string): Array<Omit<CsvRecord, 'syntaxError'> & { problem: string | null }> {
  const text = whole.charCodeAt(0) === 0xfeff ? whole.slice(1) : whole;
  const records: Array<Omit<CsvRecord, 'syntaxError'> & { problem: string | null }> = [];
  let rowStart = 0;
  let linesBefore = 0;
  let countedTo = 0;
  Papa.parse<string[]>(whole, {
    delimiter: ',',
    header: false,
    skipEmptyLines: false,
    step(result) {
      const start = rowStart;
      rowStart = result.meta.cursor;
      const breakChar = result.meta.linebreak === '\r' ? '\r' : '\n';
      for (let i = text.indexOf(breakChar, countedTo); i !== -1 && i < start; i = text.indexOf(breakChar, i + 1)) linesBefore++;
      countedTo = start;
      const code = result.errors[0]?.code;
      const problem = code === undefined ? null : (QUOTE_PROBLEMS[code] ?? code);
      if (result.data.every((cell) => cell.trim() === '') && problem === null) return;
      records.push({ line: linesBefore + 1, cells: result.data, problem });
    },
  });
  return records;
}

function ours(text: string) {
  return parseCsvRecords(text).map(({ line, cells, syntaxError }) => ({
    line,
    cells,
    problem: syntaxError === null ? null : syntaxError.startsWith('a quoted field that starts') ? 'missing' : syntaxError.startsWith('a quote mark is out of place') ? 'invalid' : syntaxError,
  }));
}

/** Text made of the pieces CSV goes wrong with: commas, quotes (doubled too), each kind of line end, spaces. */
const csvish = fc
  .array(fc.constantFrom(',', '"', '""', '\n', '\r\n', '\r', ' ', 'a', '12', 'x y', '"a,b"', '"a\nb"', '\uFEFF', '\t'), { maxLength: 50 })
  .map((parts) => parts.join(''));

describe('forEachCsvRecord reads as Papa Parse does', () => {
  it('on random text full of quotes, commas and mixed line ends', () => {
    fc.assert(
      fc.property(csvish, (text) => {
        expect(ours(text)).toEqual(papaRecords(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('on files of well-formed rows, CRLF or LF, with quoted cells spanning lines', () => {
    const cell = fc.oneof(fc.constantFrom('', '85.1', 'EH01', '2024-06'), fc.string({ maxLength: 8 }).map((text) => `"${text.replaceAll('"', '""')}"`));
    const file = fc.tuple(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 20 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean());
    fc.assert(
      fc.property(file, ([rows, lineEnd, trailing]) => {
        const text = rows.map((row) => row.join(',')).join(lineEnd) + (trailing ? lineEnd : '');
        expect(ours(text)).toEqual(papaRecords(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('on the cases the hardening tests name', () => {
    for (const text of [
      'a,b\n1,"8"6"\n2,3',
      'a,b\n1,"unclosed\n2,3\n4,5',
      'a,b\n1,"x" ,2\n3,4',
      'a,b\r\n1,"two\r\nlines"\r\n3,4\r\n',
      'a,b\n1,8"6\n',
      '"a","b"\n"1","2"',
      'a\r1\r2',
      '\n\na,b\n,,\n1,2\n\n',
      // Two Excel exports pasted into one file: the second's byte-order mark starts a row with odd quoting.
      'area,value\r\nEH01,5\r\n\uFEFFEH02,"8"6"\r\nEH03,7\r\n',
      '\uFEFFa,b\n1,2',
      '\uFEFF"a",b\n"1"x,2',
    ]) {
      expect(ours(text), JSON.stringify(text)).toEqual(papaRecords(text));
    }
  });
});

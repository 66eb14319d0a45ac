// CSV text to records, each with the physical line it starts on. Officers find a reported row by the line
// number their editor shows, so the header is line 1, blank lines count, and a quoted field that spans
// lines moves every later row down.
import Papa from 'papaparse';

export interface CsvRecord {
  /** Physical line (1-based) on which the record starts. */
  line: number;
  cells: string[];
  /** A plain-English description of malformed quoting in this record, if any. */
  syntaxError: string | null;
}

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes:
    'a quoted field that starts in this row is never closed (a " is missing), so everything after it ' +
    'to the end of the file was read as one cell; add the closing "',
  InvalidQuotes:
    'a quote mark is out of place: a field that starts with " must end with " just before the next comma; ' +
    'write a quote mark inside a quoted field as ""',
};

function describe(errors: readonly Papa.ParseError[]): string | null {
  const first = errors[0];
  if (!first) return null;
  return QUOTE_PROBLEMS[first.code] ?? `the row could not be read as CSV (${first.message})`;
}

function countBreaks(text: string, from: number, to: number, breakChar: string): number {
  let count = 0;
  for (let i = text.indexOf(breakChar, from); i !== -1 && i < to; i = text.indexOf(breakChar, i + 1)) count++;
  return count;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Visits the CSV text's records (header first) as they are parsed, so a million-row file never has to be
 * held as a million arrays at once. `visit` returns "stop" to end early (the header alone is wanted first).
 * Blank lines, including rows of empty cells such as the `,,,` that Excel leaves below a table, are skipped
 * but still counted in line numbers. The delimiter is always a comma: guessing would misread a one-column
 * file or text full of semicolons.
 */
export function forEachCsvRecord(text: string, visit: (record: CsvRecord) => void | 'stop'): void {
  let rowStart = 0;
  let linesBefore = 0;
  let countedTo = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    header: false,
    skipEmptyLines: false,
    step(result, parser) {
      const start = rowStart;
      rowStart = result.meta.cursor;
      // Old Mac files end lines with a lone CR; every other ending (LF, CRLF) contains an LF.
      const breakChar = result.meta.linebreak === '\r' ? '\r' : '\n';
      linesBefore += countBreaks(text, countedTo, start, breakChar);
      countedTo = start;
      const syntaxError = describe(result.errors);
      if (isBlank(result.data) && syntaxError === null) return;
      if (visit({ line: linesBefore + 1, cells: result.data, syntaxError }) === 'stop') parser.abort();
    },
  });
}

/** Every record at once: for tests and small files. */
export function parseCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  forEachCsvRecord(text, (record) => {
    records.push(record);
  });
  return records;
}

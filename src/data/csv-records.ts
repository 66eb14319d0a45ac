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

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

type LineBreak = '\n' | '\r\n' | '\r';

/** Papa Parse's own guess (ParserHandle.guessLineEndings), without copying the text when it holds no CR at all. */
function guessLineBreak(text: string): LineBreak {
  const head = text.length > 1024 * 1024 ? text.substring(0, 1024 * 1024) : text;
  if (!head.includes('\r')) return '\n';
  const unquoted = head.replace(/"([^]*?)"/gm, '');
  const r = unquoted.split('\r');
  const n = unquoted.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0]!.length < r[0]!.length)) return '\n';
  const withN = r.filter((part) => part[0] === '\n').length;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

const COMMA = 44;
const QUOTE = 34;

/**
 * One record read with Papa Parse from `start`: the rare rows whose quoting the scanner below does not follow
 * (a closing quote not followed by a comma or line end, or one never closed), so they are read, and their
 * problem worded, exactly as Papa reads them. Returns where the next record starts.
 */
function readWithPapa(text: string, start: number, newline: LineBreak, visit: (cells: string[], error: string | null) => void): number {
  // A line end goes first, so the row is not the start of Papa's input: Papa drops a byte-order mark there, and
  // a row can start with one (two exports pasted into one file), which would then shift every later cell.
  let end = text.length;
  let records = 0;
  Papa.parse<string[]>(newline + text.substring(start), {
    delimiter: ',',
    newline,
    header: false,
    skipEmptyLines: false,
    step(result, parser) {
      // The first record is the empty one before that line end.
      if (records++ === 0) return;
      end = start + result.meta.cursor - newline.length;
      visit(result.data, describe(result.errors));
      parser.abort();
    },
  });
  return end;
}

/**
 * Visits the CSV text's records (header first) as they are parsed, so a million-row file never has to be
 * held as a million arrays at once. `visit` returns "stop" to end early (the header alone is wanted first).
 * Blank lines, including rows of empty cells such as the `,,,` that Excel leaves below a table, are skipped
 * but still counted in line numbers. The delimiter is always a comma: guessing would misread a one-column
 * file or text full of semicolons.
 *
 * Records are read the way Papa Parse reads them (a differential test holds it to that), by a scanner that
 * jumps from comma to comma with indexOf: Papa's per-row step callback cost more than the rest of reading a
 * value row. Quoted fields that close normally are read here too; anything odder is read by Papa itself.
 */
export function forEachCsvRecord(text: string, visit: (record: CsvRecord) => void | 'stop'): void {
  if (text === '') return;
  const newline = guessLineBreak(text);
  // Old Mac files end lines with a lone CR; every other ending (LF, CRLF) contains an LF.
  const breakChar = newline === '\r' ? '\r' : '\n';
  const length = text.length;
  let linesBefore = 0;
  let countedTo = 0;
  // Papa Parse drops a byte-order mark that starts the text (decodeText has usually removed it already).
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let nextComma = text.indexOf(',', pos);
  let nextNewline = text.indexOf(newline, pos);
  let stopped = false;

  const emit = (start: number, cells: string[], syntaxError: string | null): void => {
    for (let i = text.indexOf(breakChar, countedTo); i !== -1 && i < start; i = text.indexOf(breakChar, i + 1)) linesBefore++;
    countedTo = start;
    if (syntaxError === null && isBlank(cells)) return;
    if (visit({ line: linesBefore + 1, cells, syntaxError }) === 'stop') stopped = true;
  };

  while (!stopped && pos <= length) {
    const start = pos;
    const cells: string[] = [];
    let ended = false;
    while (!ended) {
      if (text.charCodeAt(pos) === QUOTE) {
        // A quoted field: "" inside is one quote; it must close just before a comma, a line end or the end.
        let close = text.indexOf('"', pos + 1);
        while (close !== -1 && text.charCodeAt(close + 1) === QUOTE) close = text.indexOf('"', close + 2);
        const after = close + 1;
        if (close === -1 || !(after === length || text.charCodeAt(after) === COMMA || text.startsWith(newline, after))) break;
        cells.push(text.slice(pos + 1, close).replaceAll('""', '"'));
        ended = text.charCodeAt(after) !== COMMA;
        pos = after === length ? length + 1 : after + (ended ? newline.length : 1);
        if (nextComma !== -1 && nextComma < pos) nextComma = text.indexOf(',', pos);
        if (nextNewline !== -1 && nextNewline < pos) nextNewline = text.indexOf(newline, pos);
      } else if (nextComma !== -1 && (nextComma < nextNewline || nextNewline === -1)) {
        cells.push(text.slice(pos, nextComma));
        pos = nextComma + 1;
        nextComma = text.indexOf(',', pos);
      } else {
        ended = true;
        cells.push(text.slice(pos, nextNewline === -1 ? length : nextNewline));
        pos = nextNewline === -1 ? length + 1 : nextNewline + newline.length;
        if (nextNewline !== -1) nextNewline = text.indexOf(newline, pos);
      }
    }
    if (ended) {
      emit(start, cells, null);
    } else {
      // The loop stopped at quoting it does not follow: Papa Parse reads this record instead.
      pos = readWithPapa(text, start, newline, (papaCells, error) => emit(start, papaCells, error));
      nextComma = text.indexOf(',', pos);
      nextNewline = text.indexOf(newline, pos);
    }
  }
}

/** Every record at once: for tests and small files. */
export function parseCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  forEachCsvRecord(text, (record) => {
    records.push(record);
  });
  return records;
}

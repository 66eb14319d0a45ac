// A contract file's text to header-checked rows. Rows whose cells cannot be matched to columns are reported
// and dropped here, so the per-file readers only ever see rows of the right shape.
import type { ContractFileSpec } from './contract-files';
import { forEachCsvRecord, type CsvRecord } from './csv-records';
import { WHOLE_ROW, type FileProblems } from './file-problems';
import { readHeader, type ColumnMap, type ColumnRef } from './read-header';

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  columns: ColumnMap;
  /**
   * Streams the data rows of the right shape, reporting the others; rows are parsed as they are visited,
   * never all held at once. Call it once.
   */
  eachRow(visit: (row: CsvRow) => void): void;
  /** Non-blank data rows in the file, whatever became of them: known once eachRow has run. */
  readonly rowsRead: number;
}

export type ReadCsvResult =
  | { table: CsvTable }
  /** Unusable (empty, or a required column is missing): every one of its `rowsRead` rows is skipped. */
  | { table: null; rowsRead: number };

function isRepeatedHeader(cells: readonly string[], headerKeys: readonly string[]): boolean {
  const length = Math.max(cells.length, headerKeys.length);
  // Runs on every row: a first cell of another length (nearly every row) rules it out without copying the text.
  const first = cells[0] ?? '';
  if (first.length !== headerKeys[0]?.length && first.trim().length !== headerKeys[0]?.length) return false;
  for (let i = 0; i < length; i++) {
    if ((cells[i] ?? '').trim().toLowerCase() !== (headerKeys[i] ?? '')) return false;
  }
  return true;
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/**
 * Ragged rows: extra non-empty cells mean a comma was not quoted and every cell may have shifted, so the row
 * is an error; missing cells at the end are read as empty (a warning), unless a required cell is among them.
 */
function hasUsableShape(record: CsvRecord, width: number, columns: ColumnMap, spec: ContractFileSpec, log: FileProblems): boolean {
  const count = record.cells.length;
  if (count === width) return true;
  if (count > width) {
    if (record.cells.slice(width).every((cell) => cell.trim() === '')) {
      // Extra empty cells are usually Excel's trailing commas, but a number written with an unquoted thousands
      // comma also makes one extra cell when the row ends in empty cells: "£6,436.00" becomes "£6" and "436.00".
      const split = splitNumber(record.cells);
      if (split === null) return true;
      log.error(
        record.line,
        WHOLE_ROW,
        `the row has ${count} cells but the header has ${width} columns, and "${split[0]}" followed by "${split[1]}" looks like one ` +
          `number split at its thousands comma (${split[0]},${split[1]}), which moves every later cell; put it in double quotes ` +
          `("${split[0]},${split[1]}") or write it without the comma. The row is skipped`,
      );
      return false;
    }
    log.error(
      record.line,
      WHOLE_ROW,
      `the row has ${count} cells but the header has ${width} columns, so its cells cannot be matched to columns; ` +
        'a value containing a comma (such as 1,234 or a sentence) must be in double quotes. The row is skipped',
    );
    return false;
  }
  const absent = [...columns.entries()].filter(([, ref]) => ref.index >= count);
  const absentRequired = absent.filter(([name]) => spec.requiredColumns.includes(name)).map(([, ref]) => ref.header);
  const message = `the row has ${count} cells but the header has ${width} columns`;
  if (absentRequired.length > 0) {
    log.error(record.line, WHOLE_ROW, `${message}, so it has no ${quoted(absentRequired)}. The row is skipped`);
    return false;
  }
  if (absent.length > 0) {
    const names = absent.map(([, ref]: [string, ColumnRef]) => ref.header);
    log.warning(record.line, WHOLE_ROW, `${message}; the missing ${quoted(names)} ${names.length === 1 ? 'is' : 'are'} read as empty`);
  }
  return true;
}

/** One to three digits (after a currency sign or minus) followed by exactly three digits: the halves of "£6,436.00". */
const NUMBER_START = /^[-(]?[£$€]?\d{1,3}$/;
const THOUSANDS_REST = /^\d{3}(?:\.\d+)?%?$/;

function splitNumber(cells: readonly string[]): [string, string] | null {
  for (let i = 0; i + 1 < cells.length; i++) {
    const before = cells[i]!.trim();
    const after = cells[i + 1]!.trim();
    if (NUMBER_START.test(before) && THOUSANDS_REST.test(after)) return [before, after];
  }
  return null;
}

function firstRecord(text: string): CsvRecord | null {
  let header = null as CsvRecord | null;
  forEachCsvRecord(text, (record) => {
    header = record;
    return 'stop';
  });
  return header;
}

/** Visits the records after the header (the first non-blank record). */
function forEachDataRecord(text: string, visit: (record: CsvRecord) => void): void {
  let seenHeader = false;
  forEachCsvRecord(text, (record) => {
    if (seenHeader) visit(record);
    seenHeader = true;
  });
}

export function readCsv(text: string, spec: ContractFileSpec, log: FileProblems): ReadCsvResult {
  const header = firstRecord(text);
  if (!header) {
    log.error(0, WHOLE_ROW, `the file is empty: it needs a header row naming the columns ${spec.requiredColumns.join(', ')}`);
    return { table: null, rowsRead: 0 };
  }
  if (header.syntaxError) log.error(header.line, WHOLE_ROW, `in the header row, ${header.syntaxError}`);
  const columns = readHeader(header.cells, header.line, spec, log);
  if (!columns) {
    let rowsRead = 0;
    forEachDataRecord(text, () => rowsRead++);
    return { table: null, rowsRead };
  }

  // Problems name a column by its header as written; this lets the log quote the offending cell.
  log.cellIndex = new Map([...columns.values()].map((ref) => [ref.header, ref.index]));
  const headerKeys = header.cells.map((cell) => cell.trim().toLowerCase());
  const width = header.cells.length;
  let rowsRead = 0;
  const table: CsvTable = {
    columns,
    get rowsRead() {
      return rowsRead;
    },
    eachRow(visit) {
      forEachDataRecord(text, (record) => {
        rowsRead++;
        log.row = record;
        if (record.syntaxError) {
          log.error(record.line, WHOLE_ROW, `${record.syntaxError}. The row is skipped`);
        } else if (isRepeatedHeader(record.cells, headerKeys)) {
          log.error(record.line, WHOLE_ROW, 'the header row is repeated here (were two files pasted together?); the row is skipped');
        } else if (hasUsableShape(record, width, columns, spec, log)) {
          visit(record);
        }
      });
      // Problems reported after the rows (about the whole file) quote no cell.
      log.row = null;
    },
  };
  return { table };
}

import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null;

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection). Numbers such as
// "-12" are left alone so negative figures survive; only text that does not read as a number is defused.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** CSV with a header row, CRLF line ends (what Excel expects), formula-like text neutralised. */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, CsvCell>>): string {
  const data = rows.map((row) =>
    columns.map((column) => {
      const cell = row[column];
      if (cell === null || cell === undefined) return '';
      return typeof cell === 'string' ? neutraliseFormula(cell) : String(cell);
    }),
  );
  return Papa.unparse({ fields: [...columns], data }, { newline: '\r\n' }) + '\r\n';
}

// The scorecard as shown, as CSV in the command-line export's shape: numbers unrounded, "[c]" kept as "[c]",
// and formula-like text defused by toCsv. Loaded only on click.
import { EXPORT_CSV_COLUMNS, exportRecord, flattenExportRecord } from '../../../domain/export-record';
import type { ScorecardRow } from '../../../domain/scorecard';
import { toCsv } from '../../../data/write-csv';

/** With a byte order mark, so Excel reads it as UTF-8 (papaparse and the app's reader skip it). */
export function scorecardCsv(rows: readonly ScorecardRow[]): string {
  return `\ufeff${toCsv(EXPORT_CSV_COLUMNS, rows.map((row) => flattenExportRecord(exportRecord(row))))}`;
}

// early-help.csv, social-care.csv, send.csv, lac-sufficiency.csv: one observed value per measure and period.
// Any value file may hold any measure; the file name does not have to match the area.
import { z } from 'zod';
import type { Cell, Measure, Observation } from '../domain/types';
import { parseNonPlainCell, plainCell, specialCell } from './parse-cell';
import { cellField, optionalText, requiredText } from './field-schemas';
import { WHOLE_ROW, type FileProblems } from './file-problems';
import { knownMeasureReader, measureField, type MeasureIndex, type MeasureReader } from './measure-index';
import { columnIndexes, headerOf, rowParser } from './parse-row';
import type { PeriodRead } from './period-cells';
import type { CsvTable } from './read-csv';
import { checkPlausibility, duplicateMessage, fractionDetector, type ValueHeaders } from './validate-values';
import { reportTimeOfFailedRow } from './report-failed-row-time';

export function valueRowSchema(index: MeasureIndex) {
  return z.object({
    measure_id: measureField(index),
    period: requiredText('the period'),
    value: cellField,
    numerator: cellField,
    denominator: cellField,
    note: optionalText,
  });
}

export type ValueRowSchema = ReturnType<typeof valueRowSchema>;

export interface ValueFileContext {
  schema: ValueRowSchema;
  index: MeasureIndex;
  /** Shared by all value files, read in contract order among themselves, so the second of two duplicates is reported. */
  findDuplicate: (observation: Observation) => Observation['source'] | null;
  /** Remembers readings across rows and files (see periodReader). */
  readPeriod: (text: string, measure: Measure) => PeriodRead;
}

const SUPPRESSED = specialCell('c');

function isSuppressed(cell: Cell): boolean {
  return cell.kind === 'special' && cell.code === 'c';
}

export const VALUE_COLUMNS = ['measure_id', 'period', 'value', 'numerator', 'denominator', 'note'] as const;
export type CellIndexes = Record<(typeof VALUE_COLUMNS)[number], number>;

/** One row's cells once read; reused from row to row, so a million rows do not each allocate one. */
export interface RowCells {
  measure: Measure;
  period: string;
  value: Cell;
  numerator: Cell;
  denominator: Cell;
  note: string | null;
  /** Warnings of the cells (legacy symbols, bracketed negatives), in column order; null when there are none. */
  warnings: Array<[string, string]> | null;
}

/** A value, numerator or denominator cell as cellField reads it, its warning added to `warnings`; null when the schema must word its problem. */
function readCell(raw: string, header: string, warnings: Array<[string, string]>): Cell | null {
  const plain = plainCell(raw);
  if (plain) return plain;
  const parsed = parseNonPlainCell(raw);
  if (!parsed.ok) return null;
  if (parsed.warning !== null) warnings.push([header, parsed.warning]);
  return parsed.cell;
}

/**
 * The common row (a known measure, a period, cells that read without error, no carriage returns) read without
 * zod, with the result the schema gives such a row, several times faster. False sends the row to the schema,
 * which words the problems, and leaves `into` as it was. Exported for its differential test against the schema.
 */
export function readCommonRow(cells: readonly string[], at: CellIndexes, headers: ValueHeaders, measureOf: MeasureReader, into: RowCells): boolean {
  const measure = measureOf(cells[at.measure_id]);
  if (!measure) return false;
  const period = (cells[at.period] ?? '').trim();
  if (period === '' || period.includes('\r')) return false;
  const warnings: Array<[string, string]> = [];
  const value = readCell(cells[at.value] ?? '', headers.value, warnings);
  if (!value) return false;
  const numerator = at.numerator < 0 ? EMPTY : readCell(cells[at.numerator] ?? '', headers.numerator, warnings);
  if (!numerator) return false;
  const denominator = at.denominator < 0 ? EMPTY : readCell(cells[at.denominator] ?? '', headers.denominator, warnings);
  if (!denominator) return false;
  const note = at.note < 0 ? '' : (cells[at.note] ?? '').trim();
  if (note.includes('\r')) return false;
  into.measure = measure;
  into.period = period;
  into.value = value;
  into.numerator = numerator;
  into.denominator = denominator;
  into.note = note || null;
  into.warnings = warnings.length > 0 ? warnings : null;
  return true;
}

const EMPTY = specialCell('empty');

export function blankRowCells(): RowCells {
  return { measure: null as unknown as Measure, period: '', value: EMPTY, numerator: EMPTY, denominator: EMPTY, note: null, warnings: null };
}

export function readValues(table: CsvTable, context: ValueFileContext, log: FileProblems): { observations: Observation[]; kept: number } {
  const { columns } = table;
  const headers: ValueHeaders = {
    value: headerOf(columns, 'value'),
    numerator: headerOf(columns, 'numerator'),
    denominator: headerOf(columns, 'denominator'),
  };
  const periodHeader = headerOf(columns, 'period');
  const fractions = fractionDetector();
  const observations: Observation[] = [];
  const parseRow = rowParser(context.schema, columns);
  const at = columnIndexes(columns, VALUE_COLUMNS);
  const data = blankRowCells();
  const measureOf = knownMeasureReader(context.index);
  table.eachRow((row) => {
    if (!readCommonRow(row.cells, at, headers, measureOf, data)) {
      const parsed = parseRow(row, log);
      if (!parsed.ok) {
        // Still check the period when its measure is known, so one pass reports every problem of the row.
        reportTimeOfFailedRow(parsed, 'period', context.readPeriod, { index: context.index, log, line: row.line, header: periodHeader });
        return;
      }
      const read = parsed.data;
      data.measure = read.measure_id;
      data.period = read.period;
      data.value = read.value.cell;
      data.numerator = read.numerator.cell;
      data.denominator = read.denominator.cell;
      data.note = read.note;
      const cellWarnings: Array<[string, string | null]> = [
        [headers.value, read.value.warning],
        [headers.numerator, read.numerator.warning],
        [headers.denominator, read.denominator.warning],
      ];
      data.warnings = cellWarnings.filter((pair): pair is [string, string] => pair[1] !== null);
    }
    const { measure } = data;
    const period = context.readPeriod(data.period, measure);
    if (!period.ok) {
      log.error(row.line, periodHeader, period.reason);
      return;
    }
    if (data.warnings) for (const [header, warning] of data.warnings) log.warning(row.line, header, warning);

    // A suppressed value or numerator suppresses both: otherwise the count is value x denominator / 100.
    const suppressed = isSuppressed(data.value) || isSuppressed(data.numerator);
    const observation: Observation = {
      measureId: measure.id,
      period: period.period,
      value: suppressed ? SUPPRESSED : data.value,
      numerator: suppressed ? SUPPRESSED : data.numerator,
      denominator: data.denominator,
      note: data.note,
      source: { file: log.file, line: row.line },
    };
    const first = context.findDuplicate(observation);
    if (first) {
      // Measure and period together make the duplicate, so the problem is the whole row's.
      log.error(row.line, WHOLE_ROW, duplicateMessage(observation, first));
      return;
    }
    checkPlausibility(observation, measure, headers, log);
    fractions.see(observation, measure);
    observations.push(observation);
  });
  fractions.report(log, headers.value);
  return { observations, kept: observations.length };
}

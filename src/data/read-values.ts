// early-help.csv, social-care.csv, send.csv, lac-sufficiency.csv: one observed value per measure and period.
// Any value file may hold any measure; the file name does not have to match the area.
import { z } from 'zod';
import type { Cell, Measure, Observation } from '../domain/types';
import { specialCell } from './parse-cell';
import { cellField, optionalText, requiredText, type ParsedCell } from './field-schemas';
import { WHOLE_ROW, type FileProblems } from './file-problems';
import { measureField, type MeasureIndex } from './measure-index';
import { headerOf, rowParser } from './parse-row';
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
  /** Shared by all value files, read in contract order, so the second of two duplicates is reported. */
  findDuplicate: (observation: Observation) => Observation['source'] | null;
  /** Remembers readings across rows and files (see periodReader). */
  readPeriod: (text: string, measure: Measure) => PeriodRead;
}

const SUPPRESSED = specialCell('c');

function isSuppressed(cell: Cell): boolean {
  return cell.kind === 'special' && cell.code === 'c';
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
  table.eachRow((row) => {
    const parsed = parseRow(row, log);
    if (!parsed.ok) {
      // Still check the period when its measure is known, so one pass reports every problem of the row.
      reportTimeOfFailedRow(parsed, 'period', context.readPeriod, { index: context.index, log, line: row.line, header: periodHeader });
      return;
    }
    const { data } = parsed;
    const measure = data.measure_id;
    const period = context.readPeriod(data.period, measure);
    if (!period.ok) {
      log.error(row.line, periodHeader, period.reason);
      return;
    }
    const cellWarnings: Array<[string, ParsedCell]> = [
      [headers.value, data.value],
      [headers.numerator, data.numerator],
      [headers.denominator, data.denominator],
    ];
    for (const [header, cell] of cellWarnings) if (cell.warning) log.warning(row.line, header, cell.warning);

    // A suppressed value or numerator suppresses both: otherwise the count is value x denominator / 100.
    const suppressed = isSuppressed(data.value.cell) || isSuppressed(data.numerator.cell);
    const observation: Observation = {
      measureId: measure.id,
      period: period.period,
      value: suppressed ? SUPPRESSED : data.value.cell,
      numerator: suppressed ? SUPPRESSED : data.numerator.cell,
      denominator: data.denominator.cell,
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

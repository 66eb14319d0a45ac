// targets.csv: the green threshold (target) and amber threshold (tolerance) of a measure for one year.
// A guessed target would colour a measure wrongly, so every doubtful row is an error and is left out.
import { z } from 'zod';
import type { DecimalNumber, Target } from '../domain/types';
import { fail, requiredText } from './field-schemas';
import { WHOLE_ROW, type FileProblems } from './file-problems';
import { firstSeenLines } from './first-seen';
import { knownMeasureReader, measureField, type MeasureIndex, type MeasureReader } from './measure-index';
import { parseCell, plainCell } from './parse-cell';
import { columnIndexes, headerOf, rowParser } from './parse-row';
import { readYear } from './period-cells';
import type { CsvTable } from './read-csv';
import { reportTimeOfFailedRow } from './report-failed-row-time';

type TargetNumber = { number: DecimalNumber; warning: string | null } | null;

/** Numbers as Excel writes them; a special value or a flag has no meaning in a threshold. */
function thresholdField(what: string, required: boolean) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): TargetNumber => {
      const parsed = parseCell(raw ?? '');
      if (!parsed.ok) return fail(ctx, `"${(raw ?? '').trim()}" is not a number, but ${what} must be one (e.g. 85, 85.5%, 1,234)`);
      const { cell } = parsed;
      if (cell.kind === 'special') {
        if (cell.code !== 'empty') return fail(ctx, `"${(raw ?? '').trim()}" is a special value, but ${what} must be a number`);
        return required ? fail(ctx, `${what} is empty`) : null;
      }
      if (cell.flags.length > 0) return fail(ctx, `"${(raw ?? '').trim()}": ${what} must be a plain number, without flags such as [p]`);
      return { number: { value: cell.value, decimal: cell.decimal }, warning: parsed.warning };
    });
}

export function targetRowSchema(index: MeasureIndex) {
  return z.object({
    measure_id: measureField(index),
    year: requiredText('the year'),
    target: thresholdField('the target', true),
    tolerance: thresholdField('the tolerance', false),
  });
}

const TARGET_COLUMNS = ['measure_id', 'year', 'target', 'tolerance'] as const;
type TargetRow = z.output<ReturnType<typeof targetRowSchema>>;

/** A threshold the fast path can read: plain digits, or empty when `required` is false; undefined otherwise. */
function plainThreshold(raw: string | undefined, required: boolean): TargetNumber | undefined {
  const cell = plainCell(raw ?? '');
  if (cell === null) return undefined;
  if (cell.kind === 'number') return { number: { value: cell.value, decimal: cell.decimal }, warning: null };
  return required ? undefined : null;
}

/**
 * The common row (a known measure, a year, plain numbers) read without zod, with the result the schema gives
 * such a row; null sends the row to the schema, which reads everything else and words the problems.
 */
function readCommonRow(cells: readonly string[], at: Record<(typeof TARGET_COLUMNS)[number], number>, measureOf: MeasureReader): TargetRow | null {
  const measure = measureOf(cells[at.measure_id]);
  if (!measure) return null;
  const year = (cells[at.year] ?? '').trim();
  if (year === '' || year.includes('\r')) return null;
  const target = plainThreshold(cells[at.target], true);
  if (!target) return null;
  const tolerance = at.tolerance < 0 ? null : plainThreshold(cells[at.tolerance], false);
  if (tolerance === undefined) return null;
  return { measure_id: measure, year, target, tolerance };
}

export function readTargets(table: CsvTable, index: MeasureIndex, log: FileProblems): { targets: Target[]; kept: number } {
  const { columns } = table;
  const schema = targetRowSchema(index);
  const at = { year: headerOf(columns, 'year'), target: headerOf(columns, 'target'), tolerance: headerOf(columns, 'tolerance') };
  const firstLine = firstSeenLines();
  const targets: Target[] = [];
  const parseRow = rowParser(schema, columns);
  const measureOf = knownMeasureReader(index);
  const cellAt = columnIndexes(columns, TARGET_COLUMNS);
  table.eachRow((row) => {
    let data = readCommonRow(row.cells, cellAt, measureOf);
    if (!data) {
      const parsed = parseRow(row, log);
      if (!parsed.ok) {
        reportTimeOfFailedRow(parsed, 'year', readYear, { index: index, log, line: row.line, header: at.year });
        return;
      }
      data = parsed.data;
    }
    const { measure_id: measure, target, tolerance } = data;
    const year = readYear(data.year, measure);
    let ok = year.ok;
    if (!year.ok) log.error(row.line, at.year, year.reason);
    if (target?.warning) log.warning(row.line, at.target, target.warning);
    if (tolerance?.warning) log.warning(row.line, at.tolerance, tolerance.warning);
    if (measure.polarity === 'none') {
      ok = false;
      log.error(row.line, at.target, `measure ${measure.id} has polarity "none" (it is not rated), so it cannot have a target: delete this row or change the measure's polarity`);
    } else if (target && tolerance) {
      const high = measure.polarity === 'high';
      if (high ? tolerance.number.value > target.number.value : tolerance.number.value < target.number.value) {
        ok = false;
        log.error(
          row.line,
          at.tolerance,
          `the tolerance ${tolerance.number.decimal} is ${high ? 'above' : 'below'} the target ${target.number.decimal}, but for measure ${measure.id} ` +
            `(${high ? 'high' : 'low'} is good) the tolerance is the amber threshold and must be at or ${high ? 'below' : 'above'} the target`,
        );
      }
    }
    if (!ok || !year.ok || !target) return;
    const earlier = firstLine(measure, year.label, row.line);
    if (earlier !== undefined) {
      log.error(row.line, WHOLE_ROW, `a second target for measure ${measure.id} in ${year.label}: the first is on line ${earlier}, which is kept. Delete one of them`);
      return;
    }
    targets.push({ measureId: measure.id, year: year.label, target: target.number, tolerance: tolerance?.number ?? null });
  });
  return { targets, kept: targets.length };
}

import type { Measure } from '../domain/types';
import type { FileProblems } from './file-problems';
import type { MeasureIndex } from './measure-index';
import type { RowParse } from './parse-row';

type TimeRead = { ok: true } | { ok: false; reason: string };

/**
 * A row that failed its schema may also have a bad period or year. Reporting that as well lets an officer fix
 * the row in one go instead of meeting one problem per run of the checker.
 */
export function reportTimeOfFailedRow(
  parsed: Extract<RowParse<unknown>, { ok: false }>,
  field: 'period' | 'year',
  read: (text: string, measure: Measure) => TimeRead,
  context: { index: MeasureIndex; log: FileProblems; line: number; header: string },
): void {
  const measure = parsed.failed.has('measure_id') ? undefined : context.index.find(parsed.record.measure_id ?? '');
  const time = measure && !parsed.failed.has(field) ? read(parsed.record[field] ?? '', measure) : null;
  if (time && !time.ok) context.log.error(context.line, context.header, time.reason);
}

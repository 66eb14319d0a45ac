// commentary.csv: an officer's commentary on a measure for one period.
import { z } from 'zod';
import { periodLabel } from '../domain/periods';
import type { Commentary } from '../domain/types';
import { optionalText, requiredText } from './field-schemas';
import { WHOLE_ROW, type FileProblems } from './file-problems';
import { firstSeenLines } from './first-seen';
import { measureField, type MeasureIndex } from './measure-index';
import { headerOf, rowParser } from './parse-row';
import { readPeriod } from './period-cells';
import type { CsvTable } from './read-csv';
import { reportTimeOfFailedRow } from './report-failed-row-time';

export function commentaryRowSchema(index: MeasureIndex) {
  return z.object({ measure_id: measureField(index), period: requiredText('the period'), text: optionalText });
}

export function readCommentary(table: CsvTable, index: MeasureIndex, log: FileProblems): { commentary: Commentary[]; kept: number } {
  const { columns } = table;
  const schema = commentaryRowSchema(index);
  const periodHeader = headerOf(columns, 'period');
  const firstLine = firstSeenLines();
  const commentary: Commentary[] = [];
  const parseRow = rowParser(schema, columns);
  table.eachRow((row) => {
    const parsed = parseRow(row, log);
    if (!parsed.ok) {
      reportTimeOfFailedRow(parsed, 'period', readPeriod, { index: index, log, line: row.line, header: periodHeader });
      return;
    }
    const { measure_id: measure, text } = parsed.data;
    const period = readPeriod(parsed.data.period, measure);
    if (!period.ok) {
      log.error(row.line, periodHeader, period.reason);
      return;
    }
    if (text === null) {
      // Officers often prepare a row per measure and fill in only some: an empty one is nothing to show.
      log.notice(row.line, headerOf(columns, 'text'), `no commentary text for measure ${measure.id}, so the row is ignored`);
      return;
    }
    const earlier = firstLine(measure, period.period.end, row.line);
    if (earlier !== undefined) {
      log.error(row.line, WHOLE_ROW, `a second commentary row for measure ${measure.id} and period ${periodLabel(period.period)}: the first is on line ${earlier}, which is kept. Put all the text in one row`);
      return;
    }
    commentary.push({ measureId: measure.id, period: period.period, text });
  });
  return { commentary, kept: commentary.length };
}

// benchmarks.csv: comparator averages for a measure and year. Benchmarks lag, so each row keeps the month
// its year ends, for "latest year ending by the quarter's end".
import { z } from 'zod';
import { QUARTILES, type Benchmark, type Quartile } from '../domain/types';
import { cellField, fail, optionalText, requiredText } from './field-schemas';
import { WHOLE_ROW, type FileProblems } from './file-problems';
import { measureField, type MeasureIndex } from './measure-index';
import { headerOf, rowParser } from './parse-row';
import { readYear } from './period-cells';
import type { CsvTable } from './read-csv';
import { reportTimeOfFailedRow } from './report-failed-row-time';

const quartileField = z
  .string()
  .optional()
  .transform((raw, ctx): Quartile | null => {
    const text = (raw ?? '').trim();
    if (text === '') return null;
    const upper = text.toUpperCase();
    if ((QUARTILES as readonly string[]).includes(upper)) return upper as Quartile;
    return fail(ctx, `"${text}" is not a quartile (expected A, B, C or D, where A is the best national quarter)`);
  });

export function benchmarkRowSchema(index: MeasureIndex) {
  return z.object({
    measure_id: measureField(index),
    year: requiredText('the year'),
    statistical_neighbours: cellField,
    regional: cellField,
    national: cellField,
    quartile: quartileField,
    source: optionalText,
  });
}

const COMPARATOR_COLUMNS = ['statistical_neighbours', 'regional', 'national'] as const;

export function readBenchmarks(table: CsvTable, index: MeasureIndex, log: FileProblems): { benchmarks: Benchmark[]; kept: number } {
  const { columns } = table;
  const schema = benchmarkRowSchema(index);
  const yearHeader = headerOf(columns, 'year');
  const firstLine = new Map<string, number>();
  const benchmarks: Benchmark[] = [];
  const parseRow = rowParser(schema, columns);
  table.eachRow((row) => {
    const parsed = parseRow(row, log);
    if (!parsed.ok) {
      reportTimeOfFailedRow(parsed, 'year', readYear, { index: index, log, line: row.line, header: yearHeader });
      return;
    }
    const { data } = parsed;
    const measure = data.measure_id;
    const year = readYear(data.year, measure);
    if (!year.ok) {
      log.error(row.line, yearHeader, year.reason);
      return;
    }
    for (const column of COMPARATOR_COLUMNS) {
      const warning = data[column].warning;
      if (warning) log.warning(row.line, headerOf(columns, column), warning);
    }
    const key = `${measure.id}\u0000${year.label}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      log.error(row.line, WHOLE_ROW, `a second benchmark row for measure ${measure.id} in ${year.label}: the first is on line ${earlier}, which is kept. Delete one of them`);
      return;
    }
    firstLine.set(key, row.line);
    benchmarks.push({
      measureId: measure.id,
      year: year.label,
      yearEnd: year.end,
      values: {
        statistical_neighbours: data.statistical_neighbours.cell,
        regional: data.regional.cell,
        national: data.national.cell,
      },
      quartile: data.quartile,
      source: data.source,
    });
  });
  return { benchmarks, kept: benchmarks.length };
}

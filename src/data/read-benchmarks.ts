// benchmarks.csv: comparator averages for a measure and year. Benchmarks lag, so each row keeps the month
// its year ends, for "latest year ending by the quarter's end".
import { z } from 'zod';
import { QUARTILES, type Benchmark, type Quartile } from '../domain/types';
import { cellField, fail, optionalText, requiredText, type ParsedCell } from './field-schemas';
import { WHOLE_ROW, type FileProblems } from './file-problems';
import { firstSeenLines } from './first-seen';
import { knownMeasureReader, measureField, type MeasureIndex, type MeasureReader } from './measure-index';
import { columnIndexes, headerOf, rowParser } from './parse-row';
import { plainCell } from './parse-cell';
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
const BENCHMARK_COLUMNS = ['measure_id', 'year', ...COMPARATOR_COLUMNS, 'quartile', 'source'] as const;
type BenchmarkRow = z.output<ReturnType<typeof benchmarkRowSchema>>;

/** A comparator as cellField reads plain digits or an empty cell; null for anything else. */
function plainComparator(raw: string | undefined): ParsedCell | null {
  const cell = plainCell(raw ?? '');
  return cell && { ok: true, cell, warning: null };
}

/**
 * The common row (a known measure, a year, plain or empty comparators, a quartile letter, one-line text) read
 * without zod, with the result the schema gives such a row; null sends the row to the schema.
 */
function readCommonRow(cells: readonly string[], at: Record<(typeof BENCHMARK_COLUMNS)[number], number>, measureOf: MeasureReader): BenchmarkRow | null {
  const measure = measureOf(cells[at.measure_id]);
  if (!measure) return null;
  const year = (cells[at.year] ?? '').trim();
  if (year === '' || year.includes('\r')) return null;
  const statistical_neighbours = plainComparator(cells[at.statistical_neighbours]);
  const regional = plainComparator(cells[at.regional]);
  const national = plainComparator(cells[at.national]);
  if (!statistical_neighbours || !regional || !national) return null;
  const quartile = (at.quartile < 0 ? '' : (cells[at.quartile] ?? '').trim()).toUpperCase();
  if (quartile !== '' && !(QUARTILES as readonly string[]).includes(quartile)) return null;
  const source = at.source < 0 ? '' : (cells[at.source] ?? '').trim();
  if (source.includes('\r')) return null;
  return { measure_id: measure, year, statistical_neighbours, regional, national, quartile: (quartile || null) as Quartile | null, source: source || null };
}

export function readBenchmarks(table: CsvTable, index: MeasureIndex, log: FileProblems): { benchmarks: Benchmark[]; kept: number } {
  const { columns } = table;
  const schema = benchmarkRowSchema(index);
  const yearHeader = headerOf(columns, 'year');
  const firstLine = firstSeenLines();
  const benchmarks: Benchmark[] = [];
  const parseRow = rowParser(schema, columns);
  const measureOf = knownMeasureReader(index);
  const cellAt = columnIndexes(columns, BENCHMARK_COLUMNS);
  table.eachRow((row) => {
    let data = readCommonRow(row.cells, cellAt, measureOf);
    if (!data) {
      const parsed = parseRow(row, log);
      if (!parsed.ok) {
        reportTimeOfFailedRow(parsed, 'year', readYear, { index: index, log, line: row.line, header: yearHeader });
        return;
      }
      data = parsed.data;
    }
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
    const earlier = firstLine(measure, year.label, row.line);
    if (earlier !== undefined) {
      log.error(row.line, WHOLE_ROW, `a second benchmark row for measure ${measure.id} in ${year.label}: the first is on line ${earlier}, which is kept. Delete one of them`);
      return;
    }
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

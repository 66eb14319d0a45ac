// The command-line export's shape, fixed by the data contract: numbers unrounded, special values in
// their bracketed form ("[c]"), not-supplied and absent values as null, periods as canonical labels.
import type { AssuranceToken, VariationToken } from './spc';
import { applySuppression } from './apply-suppression';
import type { BenchmarkJudgement } from './benchmark';
import type { DotJudgement } from './direction-of-travel';
import { periodLabel } from './periods';
import type { Rag } from './rag-for';
import type { ScorecardRow } from './scorecard-row';
import { COMPARATORS } from './types';
import type { Cell, Comparator, DecimalNumber, Polarity, Quartile, Unit } from './types';
import type { YtdStatus } from './year-to-date';

/** A number, a bracketed special value such as "[c]", or null for not supplied or absent. */
export type ExportValue = number | string | null;

export interface ExportBenchmark {
  value: ExportValue;
  year: string | null;
  judgement: BenchmarkJudgement | null;
}

export interface ScorecardExportRecord {
  id: string;
  area: string;
  group: string | null;
  title: string;
  unit: Unit;
  polarity: Polarity;
  period: string | null;
  value: ExportValue;
  numerator: ExportValue;
  denominator: ExportValue;
  ytd: number | null;
  ytd_status: YtdStatus;
  ytd_missing: string[];
  target: number | null;
  tolerance: number | null;
  rag: Rag;
  dot: DotJudgement;
  comparison_period: string | null;
  comparison_value: ExportValue;
  benchmarks: Record<Comparator, ExportBenchmark>;
  quartile: Quartile | null;
  /** Statistical process control verdicts for the figure shown (none = not enough data, or no target). */
  variation: VariationToken;
  assurance: AssuranceToken;
}

export function exportValue(cell: Cell | null): ExportValue {
  if (cell === null) return null;
  if (cell.kind === 'number') return cell.value;
  return cell.code === 'empty' ? null : `[${cell.code}]`;
}

function numberOrNull(d: DecimalNumber | null | undefined): number | null {
  return d ? d.value : null;
}

export function exportRecord(row: ScorecardRow): ScorecardExportRecord {
  const { measure } = row;
  const current = row.current && applySuppression(row.current);
  const comparison = row.comparison && applySuppression(row.comparison);
  const benchmarks = Object.fromEntries(
    COMPARATORS.map((c): [Comparator, ExportBenchmark] => {
      const b = row.benchmarks?.[c];
      return [c, { value: exportValue(b?.value ?? null), year: b?.year ?? null, judgement: b?.judgement ?? null }];
    }),
  ) as Record<Comparator, ExportBenchmark>;

  return {
    id: measure.id,
    area: measure.area,
    group: measure.group,
    title: measure.title,
    unit: measure.unit,
    polarity: measure.polarity,
    period: row.period && periodLabel(row.period),
    value: exportValue(current?.value ?? null),
    numerator: exportValue(current?.numerator ?? null),
    denominator: exportValue(current?.denominator ?? null),
    ytd: numberOrNull(row.ytd.value),
    ytd_status: row.ytd.status,
    ytd_missing: [...row.ytd.missing],
    target: numberOrNull(row.target?.target),
    tolerance: numberOrNull(row.target?.tolerance),
    rag: row.rag.rag,
    dot: row.dot.judgement,
    comparison_period: row.comparisonPeriod && periodLabel(row.comparisonPeriod),
    comparison_value: exportValue(comparison?.value ?? null),
    benchmarks,
    quartile: row.quartile,
    variation: row.spc.variation.token,
    assurance: row.spc.assurance.token,
  };
}

export type FlatExportRecord = Record<string, ExportValue>;

/** CSV columns in order: the record's fields, with each comparator's value, year and judgement side by side. */
export const EXPORT_CSV_COLUMNS: readonly string[] = [
  'id', 'area', 'group', 'title', 'unit', 'polarity', 'period', 'value', 'numerator', 'denominator',
  'ytd', 'ytd_status', 'ytd_missing', 'target', 'tolerance', 'rag', 'dot', 'comparison_period', 'comparison_value',
  ...COMPARATORS.flatMap((c) => [`${c}_value`, `${c}_year`, `${c}_judgement`]),
  'quartile', 'variation', 'assurance',
];

export function flattenExportRecord(record: ScorecardExportRecord): FlatExportRecord {
  const { benchmarks, ytd_missing, ...plain } = record;
  const values: FlatExportRecord = { ...plain, ytd_missing: ytd_missing.join(';') };
  for (const c of COMPARATORS) {
    values[`${c}_value`] = benchmarks[c].value;
    values[`${c}_year`] = benchmarks[c].year;
    values[`${c}_judgement`] = benchmarks[c].judgement;
  }
  // Key order is column order, so callers can take the header from Object.keys.
  return Object.fromEntries(EXPORT_CSV_COLUMNS.map((column) => [column, values[column] ?? null]));
}

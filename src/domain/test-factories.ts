// Small builders for domain tests only. Periods are built from plain year and month numbers here, so
// a test reads as the calendar it describes ("quarter ending December 2024").
import type {
  Benchmark,
  Cell,
  Commentary,
  Dataset,
  DecimalNumber,
  Measure,
  MonthIndex,
  NumberCell,
  Observation,
  Period,
  Qualifier,
  SpecialCode,
  Target,
  YearType,
} from './types';

export function aMeasure(overrides: Partial<Measure> = {}): Measure {
  return {
    id: 'M1',
    area: 'early-help',
    group: null,
    title: 'Families contacted within 3 working days',
    description: null,
    unit: 'percent',
    polarity: 'high',
    frequency: 'monthly',
    yearType: 'financial',
    ytd: 'none',
    dot: 'year-ago',
    decimals: 1,
    councilPlan: null,
    dataNote: null,
    source: null,
    owner: null,
    nextUpdate: null,
    spcBaseline: null,
    ...overrides,
  };
}

/** A decimal as written: dec('84.96'). */
export function dec(written: string): DecimalNumber {
  return { value: Number(written), decimal: written };
}

/** A number cell as written, with optional qualifier flags: num('85.1', 'p'). */
export function num(written: string, ...flags: Qualifier[]): NumberCell {
  return { kind: 'number', flags, ...dec(written) };
}

export function special(code: SpecialCode): Cell {
  return { kind: 'special', code };
}

export const EMPTY: Cell = { kind: 'special', code: 'empty' };

/** January 2024 is month(2024, 1). Written out rather than borrowed from periods.ts, which is under test. */
export function month(year: number, month1to12: number): MonthIndex {
  return year * 12 + month1to12 - 1;
}

export function aMonth(year: number, month1to12: number, yearType: YearType = 'financial'): Period {
  return { kind: 'month', yearType, end: month(year, month1to12) };
}

/** A quarter identified by the calendar month it ends in. */
export function aQuarterEnding(year: number, month1to12: number, yearType: YearType = 'financial'): Period {
  return { kind: 'quarter', yearType, end: month(year, month1to12) };
}

/** A year identified by the calendar month it ends in. */
export function aYearEnding(year: number, month1to12: number, yearType: YearType = 'financial'): Period {
  return { kind: 'year', yearType, end: month(year, month1to12) };
}

export interface ObservationParts {
  numerator?: Cell;
  denominator?: Cell;
  measureId?: string;
  note?: string;
}

/** A row for `period`; a string value is read as a number as written, e.g. anObservation(aMonth(2024, 10), '85.1'). */
export function anObservation(period: Period, value: Cell | string, parts: ObservationParts = {}): Observation {
  return {
    measureId: parts.measureId ?? 'M1',
    period,
    value: typeof value === 'string' ? num(value) : value,
    numerator: parts.numerator ?? EMPTY,
    denominator: parts.denominator ?? EMPTY,
    note: parts.note ?? null,
    source: { file: 'early-help.csv', line: 2 },
  };
}

/** A row with its tally: aTally(aMonth(2024, 4), 1, 2) is 1 of 2, written as 50.0 (the value is not used by ratio YTD). */
export function aTally(period: Period, numerator: number, denominator: number, measureId = 'M1'): Observation {
  const value = ((numerator / denominator) * 100).toFixed(1);
  return anObservation(period, value, { numerator: num(String(numerator)), denominator: num(String(denominator)), measureId });
}

export function aTarget(year: string, target: string, tolerance: string | null = null, measureId = 'M1'): Target {
  return { measureId, year, target: dec(target), tolerance: tolerance === null ? null : dec(tolerance) };
}

export function aBenchmark(
  year: string,
  yearEnd: MonthIndex,
  values: Partial<Benchmark['values']> = {},
  overrides: Partial<Omit<Benchmark, 'values'>> = {},
): Benchmark {
  return {
    measureId: 'M1',
    year,
    yearEnd,
    values: { statistical_neighbours: EMPTY, regional: EMPTY, national: EMPTY, ...values },
    quartile: null,
    source: null,
    ...overrides,
  };
}

export function aComment(period: Period, text: string, measureId = 'M1'): Commentary {
  return { measureId, period, text };
}

type IndexedParts = Pick<Dataset, 'measures' | 'observations' | 'targets' | 'benchmarks' | 'commentary'>;

export function aDataset(parts: Partial<IndexedParts> = {}): Dataset {
  return {
    measures: [],
    observations: [],
    targets: [],
    benchmarks: [],
    commentary: [],
    glossary: [],
    actions: [],
    settings: { authorityName: null, queryEmail: null, dataDate: null, published: null, councilPlanUrl: null },
    problems: [],
    filesPresent: [],
    rowsRead: 0,
    rowsKept: 0,
    usable: true,
    ...parts,
  };
}

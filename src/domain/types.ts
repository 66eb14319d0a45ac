// The scorecard's domain vocabulary. Everything past the parsing boundary (src/data) speaks in these types.
import type { Action } from './actions';

export const KNOWN_AREAS = ['early-help', 'social-care', 'send', 'lac-sufficiency'] as const;
/** A service area slug: one of KNOWN_AREAS, or any other slug an officer adds (shown after them). */
export type AreaSlug = string;

export const UNITS = ['percent', 'number', 'rate-per-10k', 'days', 'weeks', 'currency-gbp', 'score'] as const;
export type Unit = (typeof UNITS)[number];

export const POLARITIES = ['high', 'low', 'none'] as const;
/** Whether good performance is a high number, a low number, or neither (a demand or context measure). */
export type Polarity = (typeof POLARITIES)[number];

export const FREQUENCIES = ['monthly', 'quarterly', 'annual'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const YEAR_TYPES = ['financial', 'academic', 'calendar'] as const;
export type YearType = (typeof YEAR_TYPES)[number];

export const YTD_RULES = ['sum', 'ratio', 'latest', 'mean', 'none'] as const;
export type YtdRule = (typeof YTD_RULES)[number];

export const DOT_BASES = ['year-ago', 'previous'] as const;
export type DotBasis = (typeof DOT_BASES)[number];

export interface Measure {
  id: string;
  area: AreaSlug;
  group: string | null;
  title: string;
  description: string | null;
  unit: Unit;
  polarity: Polarity;
  frequency: Frequency;
  yearType: YearType;
  ytd: YtdRule;
  dot: DotBasis;
  /** Display precision, 0-3: every comparison (RAG, DOT, benchmark) is made at this precision. */
  decimals: number;
  councilPlan: string | null;
  dataNote: string | null;
  source: string | null;
  owner: string | null;
  nextUpdate: string | null;
  /** Optional extension: the period from which SPC process limits are worked out afresh (e.g. after a change in practice). */
  spcBaseline: Period | null;
}

/**
 * A number as the officer wrote it. `decimal` keeps the written digits (e.g. "84.96", "-12") because
 * rounding to display precision must be done on the decimal as written, not on a binary float.
 */
export interface DecimalNumber {
  value: number;
  decimal: string;
}

/** Qualifying flags that travel with a number: provisional, revised, estimated, low reliability, break in series. */
export const QUALIFIERS = ['p', 'r', 'e', 'u', 'b'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * Government Statistical Service special values. `empty` is "not supplied".
 * None of them is ever a number: never zero, never charted, never rated.
 */
export const SPECIAL_CODES = ['c', 'x', 'z', 'low', 'u', 'empty'] as const;
export type SpecialCode = (typeof SPECIAL_CODES)[number];

export type Cell =
  | ({ kind: 'number'; flags: Qualifier[] } & DecimalNumber)
  | { kind: 'special'; code: SpecialCode };

export type NumberCell = Extract<Cell, { kind: 'number' }>;

/** Months counted from year 0: year * 12 + (month - 1). January 2024 = 24288. */
export type MonthIndex = number;

export type PeriodKind = 'month' | 'quarter' | 'year';

/** A reporting period, identified by the calendar month it ends in. */
export interface Period {
  kind: PeriodKind;
  yearType: YearType;
  end: MonthIndex;
}

/** Where a parsed row came from, for problems and for "which duplicate came second". */
export interface SourceRef {
  file: string;
  line: number;
}

export interface Observation {
  measureId: string;
  period: Period;
  value: Cell;
  numerator: Cell;
  denominator: Cell;
  note: string | null;
  source: SourceRef;
}

export interface Target {
  measureId: string;
  /** Year label in the measure's year type: "2024-25" or "2024". */
  year: string;
  target: DecimalNumber;
  tolerance: DecimalNumber | null;
}

export const QUARTILES = ['A', 'B', 'C', 'D'] as const;
export type Quartile = (typeof QUARTILES)[number];

export const COMPARATORS = ['statistical_neighbours', 'regional', 'national'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export interface Benchmark {
  measureId: string;
  /** Year label in the measure's year type. */
  year: string;
  /** The month the benchmark year ends, so "latest year ending by the quarter's end" is a comparison. */
  yearEnd: MonthIndex;
  values: Record<Comparator, Cell>;
  quartile: Quartile | null;
  source: string | null;
}

export interface Commentary {
  measureId: string;
  period: Period;
  text: string;
}

export interface GlossaryEntry {
  term: string;
  definition: string;
}

export interface Settings {
  authorityName: string | null;
  queryEmail: string | null;
  dataDate: string | null;
  published: string | null;
  /** Optional extension: where the Council Plan is published, so a measure's Council Plan reference can link to it. */
  councilPlanUrl: string | null;
}

export type Severity = 'error' | 'warning' | 'notice';

export interface Problem {
  file: string;
  /** Physical line as an editor shows it: 1 is the header, 0 the whole file. */
  line: number;
  /** Header name as written, or "-" for the whole row or file. */
  column: string;
  severity: Severity;
  message: string;
  /**
   * For a problem about one cell of a data row: the cell's text as written (long text cut short). Absent for
   * problems about a whole row, a whole file or the header.
   */
  cell?: string;
}

/** Everything the loader could make of a data folder. Problems never stop good rows reaching the reader. */
export interface Dataset {
  measures: Measure[];
  observations: Observation[];
  targets: Target[];
  benchmarks: Benchmark[];
  commentary: Commentary[];
  glossary: GlossaryEntry[];
  /** Optional addition to the contract: actions.csv, an action plan's actions with their BRAG status. */
  actions: Action[];
  settings: Settings;
  problems: Problem[];
  /** Contract files that were present (value files absent => that area shows "no data supplied"). */
  filesPresent: string[];
  rowsRead: number;
  rowsKept: number;
  /** False only when measures.csv is missing: the one fatal case. */
  usable: boolean;
}

/** A financial quarter: the unit the scorecard is viewed by. `startYear` 2024 + quarter 3 = 2024-25 Q3 (Oct-Dec 2024). */
export interface FinancialQuarter {
  startYear: number;
  quarter: 1 | 2 | 3 | 4;
}

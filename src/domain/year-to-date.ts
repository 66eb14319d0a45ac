// Year to date, by the measure's `ytd` rule, over the periods of its year up to the current one. A period
// with no row or a special value makes the figure "incomplete" and is named: a suppressed month can
// neither count as zero nor be silently dropped.
import { applySuppression } from './apply-suppression';
import { decimalFromNumber, sumDecimals } from './decimal';
import { formatNumber } from './format-value';
import { rowEnding } from './measure-rows';
import { firstMonthOfYear, periodKindFor, periodLabel, periodName, yearStartOf } from './periods';
import type { DecimalNumber, Measure, MonthIndex, NumberCell, Observation, Period, Unit } from './types';

export type YtdStatus = 'complete' | 'incomplete' | 'none';

export interface Ytd {
  status: YtdStatus;
  value: DecimalNumber | null;
  /** Canonical labels of the periods in the window that lack a usable figure. */
  missing: string[];
  text: string;
}

export const NO_YTD: Ytd = { status: 'none', value: null, missing: [], text: 'No year-to-date figure' };

/** Ratios are rebuilt in the measure's own unit: a percentage of the tallies, or a rate per 10,000. */
const RATIO_SCALE: Partial<Record<Unit, number>> = { percent: 100, 'rate-per-10k': 10000 };

/** The periods of the measure's year from its first period up to and including `current`. */
export function ytdWindow(measure: Pick<Measure, 'frequency' | 'yearType'>, current: Period): Period[] {
  if (measure.frequency === 'annual') return [];
  const kind = periodKindFor(measure.frequency);
  const step = kind === 'month' ? 1 : 3;
  const window: Period[] = [];
  const first = firstMonthOfYear(yearStartOf(current.end, measure.yearType), measure.yearType) + step - 1;
  for (let end = first; end <= current.end; end += step) window.push({ kind, yearType: measure.yearType, end });
  return window;
}

type Usable = { value: NumberCell; numerator: NumberCell | null; denominator: NumberCell | null };

function usableFigures(observation: Observation | undefined): Usable | null {
  if (observation === undefined) return null;
  const { value, numerator, denominator } = applySuppression(observation);
  if (value.kind !== 'number') return null;
  return {
    value,
    numerator: numerator.kind === 'number' ? numerator : null,
    denominator: denominator.kind === 'number' ? denominator : null,
  };
}

export function yearToDate(measure: Measure, observations: readonly Observation[], current: Period): Ytd {
  return ytdFrom(measure, (end) => rowEnding(measure, observations, end), current);
}

function ytdFrom(measure: Measure, rowEndingIn: (end: MonthIndex) => Observation | undefined, current: Period): Ytd {
  const window = ytdWindow(measure, current);
  if (measure.ytd === 'none' || window.length === 0) return NO_YTD;
  // A snapshot count needs only the current figure; every other rule needs every period of the window.
  const needed = measure.ytd === 'latest' ? window.slice(-1) : window;
  const usable: Usable[] = [];
  const lacking: Period[] = [];
  for (const period of needed) {
    const figures = usableFigures(rowEndingIn(period.end));
    const tallied = figures !== null && figures.numerator !== null && figures.denominator !== null;
    if (figures === null || (measure.ytd === 'ratio' && !tallied)) lacking.push(period);
    else usable.push(figures);
  }
  if (lacking.length > 0) {
    const missing = lacking.map(periodLabel);
    return { status: 'incomplete', value: null, missing, text: `Year to date incomplete: no figure for ${lacking.map(periodName).join(', ')}` };
  }
  const value = combine(measure, usable);
  if (value === null) {
    return { status: 'incomplete', value: null, missing: [], text: 'Year to date cannot be calculated: the denominators add up to zero' };
  }
  const span = needed.length === 1 ? periodName(current) : `${periodName(window[0]!)} to ${periodName(current)}`;
  const latest = measure.ytd === 'latest' ? 'latest, ' : '';
  const figure = formatNumber(value, measure.unit, measure.decimals);
  return { status: 'complete', value, missing: [], text: `Year to date (${latest}${span}): ${figure}` };
}

function combine(measure: Measure, figures: Usable[]): DecimalNumber | null {
  switch (measure.ytd) {
    case 'sum':
      return sumDecimals(figures.map((f) => f.value));
    case 'latest':
      return decimalOnly(figures[figures.length - 1]!.value);
    case 'mean':
      return decimalFromNumber(sumDecimals(figures.map((f) => f.value)).value / figures.length);
    case 'ratio': {
      const numerator = sumDecimals(figures.map((f) => f.numerator!)).value;
      const denominator = sumDecimals(figures.map((f) => f.denominator!)).value;
      if (denominator === 0) return null;
      return decimalFromNumber((numerator * (RATIO_SCALE[measure.unit] ?? 1)) / denominator);
    }
    case 'none':
      return null;
  }
}

function decimalOnly(cell: NumberCell): DecimalNumber {
  return { value: cell.value, decimal: cell.decimal };
}

export interface YtdPoint {
  period: Period;
  label: string;
  /** 1 for the first period of the year, so this year's line and last year's share an axis. */
  position: number;
  /** The cumulative figure to this period, or null where it is incomplete (never a point in the chart). */
  value: DecimalNumber | null;
}

/** Cumulative year to date at each period of the year starting in `yearStartYear`, for the trend chart. */
export function yearToDateSeries(measure: Measure, observations: readonly Observation[], yearStartYear: number): YtdPoint[] {
  if (measure.frequency === 'annual') return [];
  const rowEndingIn = (end: MonthIndex) => rowEnding(measure, observations, end);
  const lastMonth = firstMonthOfYear(yearStartYear, measure.yearType) + 11;
  const fullYear = ytdWindow(measure, { kind: periodKindFor(measure.frequency), yearType: measure.yearType, end: lastMonth });
  return fullYear.map((period, i) => ({
    period,
    label: periodLabel(period),
    position: i + 1,
    value: ytdFrom(measure, rowEndingIn, period).value,
  }));
}

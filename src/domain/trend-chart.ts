// The measure page's trend chart as data: this year's figures against last year's, period by period (for an
// annual measure, every year so far), with the target, the tolerance, the benchmarks, each line's high and
// low, the gaps and the breaks in series. Each point is that period's own figure, not the cumulative year to
// date: the target applies to each period, a suppressed month leaves one gap instead of blanking the rest of
// the year, and seasonal peaks and troughs stay visible. The year to date is quoted in the summary instead.
import { applySuppression } from './apply-suppression';
import { expectedPeriod } from './current-value';
import { roundToScaled } from './decimal';
import { formatCell, formatNumber } from './format-value';
import { calendarMonthOf, lastMonthOfYear, periodName, yearAgo, yearLabel, yearStartOf } from './periods';
import { gapReason, gapShort, historyPeriods, rowAt } from './trend-chart-rows';
import type { PeriodRow } from './trend-chart-rows';
import { rangeText, ytdComparisonText } from './trend-chart-text';
import type { Benchmark, Comparator, FinancialQuarter, Measure, Observation, Period, Target } from './types';
import { COMPARATORS } from './types';
import { yearToDate, ytdWindow } from './year-to-date';

export type TrendKind = 'year-on-year' | 'history';

export interface TrendValue {
  value: number;
  /** As printed, flags included: "85.1% [p]". */
  text: string;
  /** "December 2024", "2024-25 Q3", "2023-24". */
  period: string;
  /** Which stretch of line the point belongs to: a [b] break in series starts a new one. */
  segment: number;
}

export interface TrendMark {
  index: number;
  value: number;
  text: string;
  period: string;
}

export interface TrendLine {
  key: 'this-year' | 'last-year' | 'history';
  /** "2024-25", "2023-24" or "Each year". */
  name: string;
  /** One entry per axis position; null is a gap (no row, a special value, or not yet due), never zero. */
  points: (TrendValue | null)[];
  high: TrendMark | null;
  low: TrendMark | null;
}

export interface TrendGap {
  line: string;
  period: string;
  /** Axis position of the gap on its line. */
  index: number;
  /** "[c] confidential: ...", "no figure supplied". */
  reason: string;
  /** The same for a tooltip: "[c] suppressed", "no figure supplied". */
  short: string;
}

export interface TrendBreak {
  line: string;
  index: number;
  period: string;
}

export interface TrendReference {
  value: number;
  text: string;
}

export interface TrendBenchmark extends TrendReference {
  comparator: Comparator;
  name: string;
  year: string;
}

export interface TrendChart {
  kind: TrendKind;
  title: string;
  axisLabels: string[];
  lines: TrendLine[];
  /** The target and tolerance for the year of the current value (or the year due). */
  target: (TrendReference & { year: string }) | null;
  tolerance: TrendReference | null;
  benchmarks: TrendBenchmark[];
  gaps: TrendGap[];
  breaks: TrendBreak[];
  /** One sentence a reader can take away without the picture. */
  summary: string;
}

export interface TrendInput {
  measure: Measure;
  observations: readonly Observation[];
  quarter: FinancialQuarter;
  target: Target | null;
  benchmark: Benchmark | null;
}

export const COMPARATOR_NAMES: Record<Comparator, string> = {
  statistical_neighbours: 'Statistical neighbours',
  regional: 'Regional average',
  national: 'England',
};

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function lineOf(key: TrendLine['key'], name: string, rows: readonly (PeriodRow | null)[], measure: Measure, gaps: TrendGap[], breaks: TrendBreak[]): TrendLine {
  let segment = 0;
  let seenPoint = false;
  const points = rows.map((row, index): TrendValue | null => {
    if (row === null) return null;
    const value = row.observation && applySuppression(row.observation).value;
    if (!value || value.kind !== 'number') {
      gaps.push({ line: name, index, period: periodName(row.period), reason: gapReason(row.observation), short: gapShort(row.observation) });
      return null;
    }
    if (value.flags.includes('b')) {
      breaks.push({ line: name, index, period: periodName(row.period) });
      if (seenPoint) segment += 1;
    }
    seenPoint = true;
    return { value: value.value, text: formatCell(value, measure.unit, measure.decimals), period: periodName(row.period), segment };
  });
  return { key, name, points, ...extremes(points, measure.decimals) };
}

/** The highest and lowest point as the reader sees them (rounded); the first wins a tie. None for a flat line. */
function extremes(points: readonly (TrendValue | null)[], decimals: number): Pick<TrendLine, 'high' | 'low'> {
  let high: TrendMark | null = null;
  let low: TrendMark | null = null;
  const shown = (mark: { value: number }) => roundToScaled(mark.value, decimals);
  for (const [index, point] of points.entries()) {
    if (point === null) continue;
    const mark = { index, value: point.value, text: point.text, period: point.period };
    if (high === null || shown(mark) > shown(high)) high = mark;
    if (low === null || shown(mark) < shown(low)) low = mark;
  }
  if (high === null || low === null || shown(high) === shown(low)) return { high: null, low: null };
  return { high, low };
}

function references(measure: Measure, target: Target | null, benchmark: Benchmark | null): Pick<TrendChart, 'target' | 'tolerance' | 'benchmarks'> {
  const show = (d: { value: number; decimal: string }) => ({ value: d.value, text: formatNumber(d, measure.unit, measure.decimals) });
  const benchmarks: TrendBenchmark[] = [];
  for (const comparator of COMPARATORS) {
    const cell = benchmark?.values[comparator];
    if (benchmark && cell?.kind === 'number') benchmarks.push({ comparator, name: COMPARATOR_NAMES[comparator], year: benchmark.year, ...show(cell) });
  }
  return {
    target: target && { ...show(target.target), year: target.year },
    tolerance: target?.tolerance ? show(target.tolerance) : null,
    benchmarks,
  };
}

function yearOnYear(input: TrendInput, due: Period): TrendChart {
  const { measure, observations } = input;
  const thisStart = yearStartOf(due.end, measure.yearType);
  const window = (startYear: number) => ytdWindow(measure, { ...due, end: lastMonthOfYear(startYear, measure.yearType) });
  const thisYear = window(thisStart);
  const lastYear = window(thisStart - 1);
  const [thisName, lastName] = [yearLabel(thisStart, measure.yearType), yearLabel(thisStart - 1, measure.yearType)];
  const gaps: TrendGap[] = [];
  const breaks: TrendBreak[] = [];
  // Periods after the one due this quarter are not gaps: they have not happened yet.
  const row = (period: Period) => rowAt(measure, observations, period);
  const thisLine = lineOf('this-year', thisName, thisYear.map((p) => (p.end <= due.end ? row(p) : null)), measure, gaps, breaks);
  const lastLine = lineOf('last-year', lastName, lastYear.map(row), measure, gaps, breaks);
  const monthly = due.kind === 'month';
  const each = monthly ? 'month' : 'quarter';

  const axisLabels = thisYear.map((p, i) => (monthly ? SHORT_MONTHS[calendarMonthOf(p.end) - 1]! : `Q${i + 1}`));
  const upTo = monthly ? periodName(due) : axisLabels[thisYear.findIndex((p) => p.end === due.end)];
  const thisRange = rangeText(thisLine, true);
  const lastRange = rangeText(lastLine, false);
  let summary = thisRange ? `In ${thisName} up to ${upTo}, each ${each}'s figure ${thisRange}` : `No figures have been published for ${thisName} up to ${upTo}`;
  if (lastRange) summary += `; in ${lastName} it ${lastRange}`;
  if (measure.ytd !== 'none') {
    summary += `; ${ytdComparisonText(yearToDate(measure, observations, due), yearToDate(measure, observations, yearAgo(due)), lastName, measure)}`;
  }

  return {
    kind: 'year-on-year',
    title: `Each ${each}'s own figure (not cumulative), ${thisName} so far against ${lastName}`,
    axisLabels,
    lines: [thisLine, lastLine],
    ...references(measure, input.target, input.benchmark),
    gaps,
    breaks,
    summary: `${summary}.`,
  };
}

function history(input: TrendInput): TrendChart {
  const { measure } = input;
  const rows = historyPeriods(measure, input.observations, input.quarter);
  const gaps: TrendGap[] = [];
  const breaks: TrendBreak[] = [];
  const line = lineOf('history', 'Each year', rows, measure, gaps, breaks);
  const labels = rows.map((row) => periodName(row.period));
  const span = labels.length > 1 ? `${labels[0]} to ${labels.at(-1)}` : (labels[0] ?? '');
  const range = rangeText(line, true);
  return {
    kind: 'history',
    title: span ? `Each year's figure, ${span}` : "Each year's figure",
    axisLabels: labels,
    lines: [line],
    ...references(measure, input.target, input.benchmark),
    gaps,
    breaks,
    summary: !range ? 'No yearly figures have been published yet.' : labels.length > 1 ? `From ${span} the yearly figure ${range}.` : `The only yearly figure so far ${range}.`,
  };
}

/** The chart for the measure page: year on year for monthly and quarterly measures, a history for annual ones. */
export function trendChart(input: TrendInput): TrendChart {
  const due = expectedPeriod(input.measure, input.quarter);
  return due ? yearOnYear(input, due) : history(input);
}

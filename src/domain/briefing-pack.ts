// The PowerPoint briefing pack as a plan: what each slide says, worked out by the scorecard's own rules, so
// the code that writes the .pptx only lays it out. A title slide, the performance on a page, then one slide
// per chosen measure with its figures, rating and direction in words, benchmarks, commentary and trend.
// A suppressed value stays "[c]" in every table and is a gap in the chart, never a zero.
import { applySuppression } from './apply-suppression';
import { targetOf, observationsOf } from './dataset-index';
import type { DatasetIndex } from './dataset-index';
import type { DotJudgement } from './direction-of-travel';
import { capitalise, formatCell, formatNumber, unitLabel } from './format-value';
import { performanceSummary } from './performance-summary';
import { RAG_STATUSES } from './performance-summary-tally';
import type { RagTally } from './performance-summary-tally';
import { financialQuarterLabel, monthIndex, monthName, periodName, yearLabelOf } from './periods';
import type { Rag } from './rag-for';
import type { ScorecardRow } from './scorecard-row';
import { COMPARATOR_NAMES, trendChart } from './trend-chart';
import { historyPeriods, tallyText } from './trend-chart-rows';
import { COMPARATORS } from './types';
import type { FinancialQuarter, Settings } from './types';

/** Periods in a measure slide's figures table, newest first. */
export const FIGURES_PERIODS = 6;

export interface SlideTable {
  caption: string;
  header: string[];
  rows: string[][];
}

export interface TitleSlide {
  kind: 'title';
  title: string;
  /** "2024-25 Q3". */
  quarter: string;
  lines: string[];
}

export interface SummarySlide {
  kind: 'summary';
  title: string;
  /** Measures per rating and area, with the change in red since the quarter before. */
  table: SlideTable;
  /** The performance on a page's plain-English summary. */
  paragraph: string;
  exceptions: string;
}

export interface ChartSeries {
  name: string;
  /** One per axis label; null is a gap (a suppressed value, no row, or not yet due), never zero. */
  values: (number | null)[];
}

export interface MeasureChart {
  title: string;
  labels: string[];
  series: ChartSeries[];
  /** The unit for the value axis: "%", "number", "days". */
  unit: string;
  /** Why a point is missing, one line each: "December 2024: [c] confidential: ...". */
  gaps: string[];
  /** The chart's text alternative. */
  summary: string;
}

export interface MeasureSlide {
  kind: 'measure';
  measureId: string;
  title: string;
  area: string;
  /** "23.4% in December 2024 (57 of 244)"; "[c] in December 2024"; "No figure for 2024-25 Q3". */
  headline: string;
  rag: Rag;
  /** "Red - above tolerance of 20.0% (target 18.0%)". */
  ragText: string;
  dot: DotJudgement;
  /** "Up from 17.2% in December 2023 - declining". */
  dotText: string;
  figures: SlideTable;
  benchmarks: SlideTable | null;
  commentary: string[];
  chart: MeasureChart;
}

export type PackSlide = TitleSlide | SummarySlide | MeasureSlide;

export interface BriefingPackInput {
  index: DatasetIndex;
  quarter: FinancialQuarter;
  /** Every measure's row for the quarter: the performance on a page counts them all. */
  rows: readonly ScorecardRow[];
  /** The measures to give a slide each, in the order shown. */
  chosen: readonly ScorecardRow[];
  settings: Settings;
  /** What was chosen, in words: "Children's social care, as shown on the scorecard". */
  selection: string;
  /** The day the pack is made, "YYYY-MM-DD". */
  preparedOn: string;
}

export interface BriefingPlan {
  /** "briefing-pack-2024-25-Q3.pptx" is the writer's; this is the deck's title. */
  title: string;
  slides: PackSlide[];
}

/** "2025-01-10" -> "10 January 2025"; anything else as written. */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return `${day} ${monthName(monthIndex(year, month))}`;
}

function titleSlide(input: BriefingPackInput, quarter: string): TitleSlide {
  const { settings } = input;
  const lines = [
    settings.authorityName,
    `${input.selection}: ${input.chosen.length} ${input.chosen.length === 1 ? 'measure' : 'measures'}`,
    settings.dataDate && `Data as at ${longDate(settings.dataDate)}`,
    `Prepared ${longDate(input.preparedOn)}`,
  ];
  return {
    kind: 'title',
    title: `Children and Young People's Services performance, ${quarter}`,
    quarter,
    lines: lines.filter((line): line is string => Boolean(line)),
  };
}

const RAG_HEADINGS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green', none: 'Not rated' };

function signed(change: number): string {
  return change > 0 ? `+${change}` : change === 0 ? 'no change' : String(change);
}

function summarySlide(input: BriefingPackInput, quarter: string): SummarySlide {
  const summary = performanceSummary(input.index, input.quarter, input.rows);
  const line = (name: string, tally: RagTally, redChange: number | null) => [
    name,
    ...RAG_STATUSES.map((status) => String(tally[status])),
    String(tally.total),
    redChange === null ? 'no data' : signed(redChange),
  ];
  const count = summary.exceptions.length;
  return {
    kind: 'summary',
    title: `Performance on a page, ${quarter}`,
    table: {
      caption: `Measures by rating in each service area, ${quarter}`,
      header: ['Service area', ...RAG_STATUSES.map((status) => RAG_HEADINGS[status]), 'Total', `Red since ${summary.previousLabel}`],
      rows: [...summary.areas, summary.total].map((area) => line(area.name, area.current, area.movement?.change.red ?? null)),
    },
    paragraph: summary.paragraph.map((part) => part.text).join(''),
    exceptions:
      count === 0
        ? 'No measure is red or getting worse.'
        : `${count} ${count === 1 ? 'measure is' : 'measures are'} red or getting worse: ${summary.exceptions.map((e) => e.row.measure.id).join(', ')}.`,
  };
}

function figuresTable(input: BriefingPackInput, row: ScorecardRow): SlideTable {
  const { measure } = row;
  const show = (d: { value: number; decimal: string }) => formatNumber(d, measure.unit, measure.decimals);
  const recent = historyPeriods(measure, observationsOf(input.index, measure.id), input.quarter).slice(-FIGURES_PERIODS).reverse();
  return {
    caption: `${measure.title}: the last ${recent.length} periods, newest first`,
    header: ['Period', 'Value', 'Tally', 'Target', 'Tolerance'],
    rows: recent.map(({ period, observation }) => {
      const shown = observation && applySuppression(observation);
      const target = targetOf(input.index, measure.id, yearLabelOf(period));
      return [
        periodName(period),
        shown ? formatCell(shown.value, measure.unit, measure.decimals) : 'No figure',
        (shown && tallyText(shown)) ?? '-',
        target ? show(target.target) : 'None',
        target?.tolerance ? show(target.tolerance) : 'None',
      ];
    }),
  };
}

function benchmarkTable(row: ScorecardRow): SlideTable | null {
  const { measure, benchmarks } = row;
  if (!benchmarks) return null;
  const year = benchmarks[COMPARATORS[0]].year;
  return {
    caption: `How ${measure.id} compares: benchmarks for ${year}`,
    header: ['Compared with', 'Figure', 'Year', 'We are'],
    rows: COMPARATORS.map((c) => {
      const b = benchmarks[c];
      return [COMPARATOR_NAMES[c], formatCell(b.value, measure.unit, measure.decimals), b.year, b.judgement ? capitalise(b.judgement) : 'Not compared'];
    }),
  };
}

function headline(row: ScorecardRow, quarter: string): string {
  const { current, measure } = row;
  if (!current || !row.period) return `No figure for ${quarter}`;
  const tally = tallyText(current);
  const figure = `${formatCell(current.value, measure.unit, measure.decimals)} in ${periodName(row.period)}`;
  return tally ? `${figure} (${tally})` : figure;
}

function measureChart(input: BriefingPackInput, row: ScorecardRow): MeasureChart {
  const { measure } = row;
  const chart = trendChart({
    measure,
    observations: observationsOf(input.index, measure.id),
    quarter: input.quarter,
    target: row.target,
    benchmark: row.benchmark,
  });
  const series: ChartSeries[] = chart.lines.map((line) => ({ name: line.name, values: line.points.map((point) => point?.value ?? null) }));
  if (chart.target) {
    const target = chart.target.value;
    series.push({ name: `Target ${chart.target.text}`, values: chart.axisLabels.map(() => target) });
  }
  return {
    title: chart.title,
    labels: chart.axisLabels,
    series,
    unit: unitLabel(measure.unit),
    gaps: chart.gaps.map((gap) => `${gap.period}: ${gap.reason}`),
    summary: chart.summary,
  };
}

function measureSlide(input: BriefingPackInput, row: ScorecardRow, quarter: string): MeasureSlide {
  const { measure } = row;
  return {
    kind: 'measure',
    measureId: measure.id,
    title: `${measure.id}: ${measure.title}`,
    area: measure.area,
    headline: headline(row, quarter),
    rag: row.rag.rag,
    ragText: row.rag.text,
    dot: row.dot.judgement,
    dotText: row.dot.text,
    figures: figuresTable(input, row),
    benchmarks: benchmarkTable(row),
    commentary: row.commentary.map((c) => c.text),
    chart: measureChart(input, row),
  };
}

/** The pack: a title slide, the performance on a page, and one slide per chosen measure (2 + chosen slides). */
export function planBriefingPack(input: BriefingPackInput): BriefingPlan {
  const quarter = financialQuarterLabel(input.quarter);
  return {
    title: `Performance scorecard briefing, ${quarter}`,
    slides: [titleSlide(input, quarter), summarySlide(input, quarter), ...input.chosen.map((row) => measureSlide(input, row, quarter))],
  };
}

// One measure's line of the scorecard for a financial quarter: everything the table, the cards, the
// measure page and the command-line export show, computed once by the same rules.
import { applySuppression } from './apply-suppression';
import { benchmarkAt, benchmarkComparisons } from './benchmark';
import type { BenchmarkComparisons } from './benchmark';
import { currentObservation, expectedPeriod, quarterMonthsFor } from './current-value';
import type { QuarterMonth } from './current-value';
import { benchmarksOf, commentaryOf, observationsOf, targetOf } from './dataset-index';
import type { DatasetIndex } from './dataset-index';
import { rowEnding } from './measure-rows';
import { NO_DOT, comparisonPeriodFor, directionOfTravel } from './direction-of-travel';
import type { Dot, DotJudgement } from './direction-of-travel';
import { quarterEnd, samePeriod, yearLabel, yearStartOf } from './periods';
import { ragFor } from './rag-for';
import type { Rag, RagResult } from './rag-for';
import type { Benchmark, Commentary, FinancialQuarter, Measure, Observation, Period, Quartile, Target } from './types';
import { spcAnalysis, withVariationNote } from './spc';
import type { SpcAnalysis } from './spc';
import { NO_YTD, yearToDate } from './year-to-date';
import type { Ytd } from './year-to-date';

export interface ScorecardRow {
  measure: Measure;
  quarter: FinancialQuarter;
  /** The row shown for the quarter, with [c] carried across value and numerator. */
  current: Observation | null;
  period: Period | null;
  /** A monthly or quarterly measure with no row ending in the quarter: "no data for this quarter", no RAG, no DOT. */
  noDataForQuarter: boolean;
  /** Monthly measures: the quarter's three months; otherwise empty. */
  months: QuarterMonth[];
  /** The target for the year the current value's period belongs to. */
  target: Target | null;
  rag: RagResult;
  comparisonPeriod: Period | null;
  comparison: Observation | null;
  dot: Dot;
  ytd: Ytd;
  /** The one benchmark row in force at the quarter's end. */
  benchmark: Benchmark | null;
  benchmarks: BenchmarkComparisons | null;
  quartile: Quartile | null;
  /** Officer commentary for the period shown (or, with no data, for the period expected). */
  commentary: Commentary[];
  /** Statistical process control up to the period shown: limits, special causes, variation and assurance verdicts. */
  spc: SpcAnalysis;
}

/** How a quarter went for a measure: the figure shown, the target for its year, the rating and what it is compared with. */
function quarterStanding(index: DatasetIndex, measure: Measure, fq: FinancialQuarter) {
  const observations = observationsOf(index, measure.id);
  const found = currentObservation(measure, observations, fq);
  const current = found && applySuppression(found);
  const period = current?.period ?? null;
  const value = current?.value ?? null;
  const targetYear = period && yearLabel(yearStartOf(period.end, measure.yearType), measure.yearType);
  const target = targetYear === null ? null : targetOf(index, measure.id, targetYear);
  const comparisonPeriod = period && comparisonPeriodFor(measure, period);
  // The comparison period is of the measure's own kind (comparisonPeriodFor moves the period shown).
  const comparisonRow = comparisonPeriod && rowEnding(measure, observations, comparisonPeriod.end);
  const comparison = comparisonRow ? applySuppression(comparisonRow) : null;
  return { observations, current, period, value, target, rag: ragFor(value, target, measure), comparisonPeriod, comparison };
}

export interface QuarterRating {
  period: Period | null;
  rag: Rag;
  judgement: DotJudgement;
}

/**
 * The rating and direction a quarter's row would show, without the rest of the row (months, year to date,
 * benchmarks, commentary, wording): a streak looks back through many quarters and needs only these.
 */
export function quarterRating(index: DatasetIndex, measure: Measure, fq: FinancialQuarter): QuarterRating {
  const { current, period, rag, comparisonPeriod, comparison } = quarterStanding(index, measure, fq);
  const judgement = comparisonPeriod ? directionOfTravel({ measure, current, comparison, comparisonPeriod }).judgement : NO_DOT.judgement;
  return { period, rag: rag.rag, judgement };
}

export function scorecardRow(index: DatasetIndex, measure: Measure, fq: FinancialQuarter): ScorecardRow {
  const { observations, current, period, value, target, rag, comparisonPeriod, comparison } = quarterStanding(index, measure, fq);
  // SPC judges the figure shown, against the target for its year; with no figure this quarter there is nothing to judge.
  // It is the costliest part of a row (every figure of the measure's history), and filters, tallies and sorts never
  // need it, so it is worked out the first time something reads it: a 1,000-measure quarter switch pays only
  // for the rows drawn first.
  let spc: SpcAnalysis | undefined;
  const analyse = (): SpcAnalysis =>
    (spc ??= spcAnalysis({ measure, observations: period ? observations : [], baseline: measure.spcBaseline, upTo: period, target }));
  // A movement within normal variation says so, so a wobble in a small number is not read as a trend.
  const dot = comparisonPeriod ? noteVariation(directionOfTravel({ measure, current, comparison, comparisonPeriod }), analyse) : NO_DOT;

  // With no row this quarter the year to date still runs to the period that was due, so it reads
  // "incomplete" with the missing periods named rather than vanishing; commentary may explain the gap.
  const periodDue = period ?? expectedPeriod(measure, fq);
  const benchmark = benchmarkAt(measure, benchmarksOf(index, measure.id), quarterEnd(fq));

  return {
    measure,
    quarter: fq,
    current,
    period,
    noDataForQuarter: current === null && measure.frequency !== 'annual',
    months: quarterMonthsFor(measure, observations, fq).map((m) => ({
      ...m,
      observation: m.observation && applySuppression(m.observation),
    })),
    target,
    rag,
    comparisonPeriod,
    comparison,
    dot,
    ytd: periodDue ? yearToDate(measure, observations, periodDue) : NO_YTD,
    benchmark,
    benchmarks: benchmarkComparisons(measure, benchmark, value),
    quartile: benchmark?.quartile ?? null,
    commentary: periodDue ? commentaryOf(index, measure.id).filter((c) => samePeriod(c.period, periodDue)) : [],
    get spc() {
      return analyse();
    },
  };
}

/** The direction's words with the SPC note added, worked out (with the SPC) only when the text is read. */
function noteVariation(direction: Dot, analyse: () => SpcAnalysis): Dot {
  return withLazyText(direction, () => withVariationNote(direction, analyse().variation).text);
}

/** The direction with its wording worked out on first read (the wording needs the SPC verdict; the judgement does not). */
function withLazyText(dot: Dot, text: () => string): Dot {
  let said: string | undefined;
  return {
    ...dot,
    get text() {
      return (said ??= text());
    },
  };
}

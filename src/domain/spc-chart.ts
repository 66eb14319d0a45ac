// The XmR chart on the measure page as data: one entry per period of the measure's history (a gap for a
// special value or a missing row, never zero), each phase's mean and process limits, the target, which
// figures are special cause and why, and the same facts in words for the caption and the table. The maths
// is spc.ts's; this file only lays its analysis out for a chart and a reader.
import { formatCell, formatNumber } from './format-value';
import { calendarMonthOf, calendarYearOf, periodName } from './periods';
import { MIN_POINTS_RELIABLE, ruleDescription } from './spc';
import type { LimitsReliability, PointVariation, SpcAnalysis, SpcMeasure, SpcPhase, SpcPoint } from './spc';
import { gapShort } from './trend-chart-rows';
import type { Target } from './types';

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The limits a period is drawn against: its phase's, as numbers and as written. */
export interface SpcChartLimits {
  phase: number;
  reliability: Exclude<LimitsReliability, 'none'>;
  mean: number;
  lower: number;
  upper: number;
  meanText: string;
  lowerText: string;
  upperText: string;
}

export interface SpcChartEntry {
  /** Short axis label: "Apr 2022", "2024-25 Q1", "2023-24". */
  label: string;
  /** As a sentence says it: "April 2022". */
  period: string;
  /** The figure, or null for a gap (never zero). */
  value: number | null;
  /** "23.4%", or the gap's reason: "[c] suppressed", "no figure supplied". */
  text: string;
  /** Null without limits (too few figures in the phase, or a gap between phases). */
  limits: SpcChartLimits | null;
  /** Set only for a figure judged special cause. */
  special: Exclude<PointVariation, 'common'> | null;
  /** The verdict for this period in words, for the table. */
  verdict: string;
}

export interface SpcChart {
  entries: SpcChartEntry[];
  /** The phases that have limits (trial or reliable), in order. */
  phases: SpcChartLimits[];
  target: { value: number; text: string } | null;
  /** The latest phase's reliability: none = fewer than 12 figures, so no limits at all. */
  reliability: LimitsReliability;
  /** Figures in the latest phase (the ones the verdicts rest on). */
  pointCount: number;
  /** Sentences for the caption: the limits, and which figures are special cause and why. */
  summary: string[];
}

function axisLabel(period: SpcPoint['period']): string {
  return period.kind === 'month' ? `${SHORT_MONTHS[calendarMonthOf(period.end) - 1]} ${calendarYearOf(period.end)}` : periodName(period);
}

/** Why a figure is special cause, as a phrase about that figure: "above the upper process limit". */
export function pointReason(point: SpcPoint): string | null {
  if (point.cause === null || point.direction === null) return null;
  return ruleDescription(point.cause, point.direction).replace(/^the latest figure is /, '');
}

const VARIATION_WORDS: Record<PointVariation, string> = {
  common: 'Common cause',
  improvement: 'Special cause improvement',
  concern: 'Special cause concern',
  neutral: 'Special cause',
};

function pointVerdict(point: SpcPoint, phase: SpcPhase): string {
  if (phase.reliability === 'trial') return 'Not judged: trial limits';
  if (phase.reliability === 'none' || point.variation === null) return 'Not judged: too few figures';
  const reason = pointReason(point);
  if (point.variation === 'common' || reason === null) return VARIATION_WORDS.common;
  return `${VARIATION_WORDS[point.variation]} (${point.direction}): ${reason}`;
}

function limitsOf(phase: SpcPhase, show: (n: number) => string): SpcChartLimits | null {
  if (phase.limits === null || phase.reliability === 'none') return null;
  const { mean, lower, upper } = phase.limits;
  return { phase: phase.index, reliability: phase.reliability, mean, lower, upper, meanText: show(mean), lowerText: show(lower), upperText: show(upper) };
}

function phaseSentence(phase: SpcPhase, limits: SpcChartLimits, several: boolean): string {
  const span = `${periodName(phase.start)} to ${periodName(phase.end)}`;
  const why = phase.startsAt === 'break' ? ' (limits start again at a break in series)' : phase.startsAt === 'baseline' ? ' (limits start again at the baseline period)' : '';
  const trial = limits.reliability === 'trial' ? 'Trial limits: not enough data for a reliable verdict. ' : '';
  const intro = several ? `From ${span}${why}` : `Over the ${phase.pointCount} figures from ${span}`;
  return `${trial}${intro}, the average is ${limits.meanText} and the process limits are ${limits.lowerText} to ${limits.upperText}.`;
}

/** "Special cause concern (high) - above the upper process limit: October 2024, November 2024." */
function specialSentences(points: readonly SpcPoint[]): string[] {
  const groups = new Map<string, string[]>();
  for (const point of points) {
    const reason = pointReason(point);
    if (point.variation === null || point.variation === 'common' || reason === null) continue;
    const key = `${VARIATION_WORDS[point.variation]} (${point.direction}) - ${reason}`;
    groups.set(key, [...(groups.get(key) ?? []), periodName(point.period)]);
  }
  return [...groups].map(([why, periods]) => `${why}: ${periods.join(', ')}.`);
}

/**
 * The XmR chart for the measure page from the scorecard row's analysis. Limits are written to one more
 * decimal place than the measure's figures, so a reader can tell whether a figure is inside them.
 */
export function spcChart(analysis: SpcAnalysis, measure: SpcMeasure, target: Target | null): SpcChart {
  const show = (n: number) => formatNumber(n, measure.unit, measure.decimals + 1);
  const phaseLimits = analysis.phases.map((phase) => limitsOf(phase, show));
  const phaseOfSlot = (end: number) => analysis.phases.find((phase) => phase.start.end <= end && end <= phase.end.end) ?? null;

  const entries = analysis.slots.map((slot): SpcChartEntry => {
    const phase = phaseOfSlot(slot.period.end);
    const limits = phase === null ? null : phaseLimits[phase.index]!;
    const base = { label: axisLabel(slot.period), period: periodName(slot.period), limits };
    const { point } = slot;
    if (point === null) return { ...base, value: null, text: gapShort(slot.observation), special: null, verdict: `No point: ${gapShort(slot.observation)}` };
    const special = point.variation === null || point.variation === 'common' ? null : point.variation;
    return { ...base, value: point.value, text: formatCell(point.observation.value, measure.unit, measure.decimals), special, verdict: pointVerdict(point, phase!) };
  });

  const latestPhase = analysis.phases.at(-1) ?? null;
  const pointCount = latestPhase?.pointCount ?? 0;
  const reliability = latestPhase?.reliability ?? 'none';
  const withLimits = analysis.phases.flatMap((phase) => {
    const limits = phaseLimits[phase.index];
    return limits ? [{ phase, limits }] : [];
  });

  const summary: string[] = [];
  if (latestPhase === null) summary.push('There are no figures to chart.');
  else if (reliability !== 'reliable') {
    const since = analysis.phases.length > 1 ? ` since ${periodName(latestPhase.start)}` : '';
    summary.push(`SPC needs at least ${MIN_POINTS_RELIABLE} figures; this measure has ${pointCount}${since}.`);
  }
  for (const { phase, limits } of withLimits) summary.push(phaseSentence(phase, limits, withLimits.length > 1));
  if (withLimits.some(({ limits }) => limits.reliability === 'reliable')) {
    const special = specialSentences(analysis.points);
    summary.push(...(special.length > 0 ? special : ['No figure shows special cause variation: the ups and downs are within normal variation.']));
  }

  return {
    entries,
    phases: withLimits.map(({ limits }) => limits),
    target: measure.polarity === 'none' || target === null ? null : { value: target.target.value, text: formatNumber(target.target, measure.unit, measure.decimals) },
    reliability,
    pointCount,
    summary,
  };
}

// Statistical process control (SPC) as NHS England's "Making Data Count" (MDC) does it: an XmR chart of a
// measure's history, the special-cause rules, and two verdicts for the latest figure - variation (is it
// unusual, and is that good or bad?) and assurance (will the process meet its target?).
//
// Deliberate decisions (each one tested in spc.test.ts / spc-rules.test.ts):
// - Limits are mean +/- 2.66 x the mean moving range with NO moving-range screening: the MDC Excel tool's
//   behaviour. NHSRplotthedots screens by default (drops moving ranges of 3.267 x the average or more before
//   averaging again), so on data with a very large jump our limits are wider than its defaults.
// - Figures are used as written (the CSV decimal at full precision, never rounded to display precision) and
//   compared exactly (spc-exact.ts): a point exactly on a process limit is inside it, a point exactly on the
//   mean is on neither side (it ends a shift), and a point exactly on the 2-sigma line is not in the outer third.
// - Enough history: a phase with at least 15 points has reliable limits and its points are judged; 12-14
//   points give trial limits that are drawn but not judged ("not enough data for a reliable verdict");
//   fewer than 12 give no limits. Points are judged only against reliable limits.
// - Special values ([c], [x], [z], [low], [u], empty) are not points. A gap is a period in the measure's
//   sequence (every month, quarter or year from its first row to its last) with no row or a special
//   value. No moving range spans a gap: the figures either side of it have no moving range between them.
//   The run rules (shift, trend, two in three) count points, so a gap neither breaks nor extends a run.
// - Phases: limits are worked out separately for each phase. A new phase starts at a figure flagged [b]
//   (break in series) and at the first figure on or after the `spc_baseline` period; points before keep the
//   earlier phase's limits. No moving range and no run crosses a phase boundary (as NHSRplotthedots' rebase).
// - Rules and their exact boundaries follow NHSRplotthedots (R/ptd_calculate_point_type.R, after its
//   pull request #180): see spc-rules.ts. A point in several patterns takes its direction from the first of
//   outside limits, trend, two in three, shift (the MDC Excel tool instead shows improvement on a conflict).
//   A trend's direction is the way it runs, not its side of the mean.
// - Assurance compares the current target with the latest phase's limits, strictly (as NHSRplotthedots'
//   R/ptd_calculate_assurance_type.R: target > upper or target < lower): a target exactly on a limit is
//   "hit and miss". No assurance for polarity `none`, without a target, or without reliable limits.
// - The verdicts are for the latest figure in the series (up to `upTo`, the period being viewed).
import { applySuppression } from './apply-suppression';
import { periodKindFor } from './periods';
import { MIN_POINTS_RELIABLE, MIN_POINTS_TRIAL, compareToFraction, distance, exactLimits, fractionToNumber, scaled } from './spc-exact';
import type { ExactLimits } from './spc-exact';
import { specialCauses } from './spc-rules';
import { assuranceVerdict, variationVerdict } from './spc-verdicts';
import type { RuleInput, SpcDirection, SpcRule } from './spc-rules';
import type { Measure, NumberCell, Observation, Period, Target } from './types';

export { RULE_PRIORITY, RUN_LENGTH } from './spc-rules';
export { SPC_GLOSSARY, WITHIN_NORMAL_VARIATION, isCommonCause, ruleDescription, withVariationNote } from './spc-verdicts';
export type { SpcDirection, SpcRule } from './spc-rules';

export { MIN_POINTS_RELIABLE, MIN_POINTS_TRIAL } from './spc-exact';
/** Process limits sit this many average moving ranges from the mean. */
export const LIMIT_FACTOR = 2.66;

/** What SPC needs to know about a measure. */
export type SpcMeasure = Pick<Measure, 'id' | 'polarity' | 'frequency' | 'yearType' | 'unit' | 'decimals'>;

export interface SpcInput {
  measure: SpcMeasure;
  /** Any rows, in any order: other measures and other period kinds are ignored; of two rows for a period the first is kept. */
  observations: readonly Observation[];
  /** The `spc_baseline` period from measures.csv: limits are recalculated from the first figure on or after it. */
  baseline?: Period | null;
  /** The period being viewed: rows after it are left out, so the verdicts are for the figure shown. */
  upTo?: Period | null;
  /** The current target (the target for the latest figure's year), for the assurance verdict. */
  target?: Target | null;
}

/** data-variation values: none = not enough data (or no figures) for a verdict. */
export const VARIATION_TOKENS = ['common', 'improvement', 'concern', 'neutral', 'none'] as const;
export type VariationToken = (typeof VARIATION_TOKENS)[number];

/** data-assurance values: none = no target, polarity none, or not enough data. */
export const ASSURANCE_TOKENS = ['pass', 'fail', 'hit-and-miss', 'none'] as const;
export type AssuranceToken = (typeof ASSURANCE_TOKENS)[number];

/** How one judged point varies: common cause, or special cause that is good, bad, or neither (polarity none). */
export type PointVariation = Exclude<VariationToken, 'none'>;

export type LimitsReliability = 'reliable' | 'trial' | 'none';

export type SpcZone = 'outside' | 'outer-third' | 'inner';

/** Limits as numbers, for drawing and text. Judging uses the exact values. */
export interface SpcLimits {
  mean: number;
  averageMovingRange: number;
  lower: number;
  upper: number;
  /** The 2-sigma lines that bound the outer thirds (not usually drawn on MDC charts). */
  lowerOuterThird: number;
  upperOuterThird: number;
}

export interface SpcPhase {
  index: number;
  /** Why the phase starts where it does. */
  startsAt: 'first' | 'baseline' | 'break';
  /** First and last figure's periods. */
  start: Period;
  end: Period;
  pointCount: number;
  movingRangeCount: number;
  reliability: LimitsReliability;
  /** Null with fewer than 12 points (or no moving range). */
  limits: SpcLimits | null;
}

export interface SpcPoint {
  period: Period;
  observation: Observation;
  /** The figure as written, at full precision. */
  value: number;
  /** Index into `phases`. */
  phase: number;
  /** |this - previous figure|, or null at a phase's start or after a gap. */
  movingRange: number | null;
  /**
   * Where the figure sits against its phase's limits (trial or reliable), null without limits: beyond a
   * limit; in the outer third (beyond the 2-sigma line, up to and including the limit); or inside.
   */
  zone: SpcZone | null;
  /** Above or below its phase's mean, 'on' exactly on it; null without limits. */
  side: 'above' | 'below' | 'on' | null;
  /** Null unless the phase has reliable limits. */
  variation: PointVariation | null;
  /** Every special-cause rule the point is part of (empty for common cause or when not judged). */
  rules: SpcRule[];
  /** The rule that sets the direction, and the direction: null for common cause. */
  cause: SpcRule | null;
  direction: SpcDirection | null;
}

/** One period of the sequence from the first row to the last: a point, or a gap (`point` null). */
export interface SpcSlot {
  period: Period;
  /** The row (suppression applied), or null when no row was supplied. */
  observation: Observation | null;
  point: SpcPoint | null;
}

export interface VariationVerdict {
  token: VariationToken;
  /** For special cause: unusually high or low. */
  direction: SpcDirection | null;
  cause: SpcRule | null;
  reason: 'judged' | 'trial-limits' | 'too-few-points' | 'no-points';
  /** Plain English, e.g. "Special cause concern (low) - the latest figure is below the lower process limit". */
  text: string;
}

export interface AssuranceVerdict {
  token: AssuranceToken;
  reason: 'judged' | 'not-rated' | 'no-target' | 'not-enough-data';
  text: string;
}

export interface SpcAnalysis {
  slots: SpcSlot[];
  points: SpcPoint[];
  phases: SpcPhase[];
  /** The latest figure: the one the verdicts are about. */
  latest: SpcPoint | null;
  variation: VariationVerdict;
  assurance: AssuranceVerdict;
}

const MONTHS_PER: Record<Period['kind'], number> = { month: 1, quarter: 3, year: 12 };

/**
 * The measure's rows of its own period kind, by the month each ends, up to `upTo`: the first of two rows for
 * a period is kept (as in the data layer) and [c] is carried across value and numerator.
 */
export function spcRowsByEnd(
  measure: Pick<Measure, 'id' | 'frequency'>,
  observations: readonly Observation[],
  upTo: Period | null,
): Map<number, Observation> {
  const kind = periodKindFor(measure.frequency);
  const byEnd = new Map<number, Observation>();
  for (const o of observations) {
    if (o.measureId !== measure.id || o.period.kind !== kind) continue;
    if (upTo !== null && o.period.end > upTo.end) continue;
    if (!byEnd.has(o.period.end)) byEnd.set(o.period.end, applySuppression(o));
  }
  return byEnd;
}

/** Every period from the measure's first row to its last (up to `upTo`), each with its row or none. */
function sequenceOf(measure: SpcMeasure, observations: readonly Observation[], upTo: Period | null): SpcSlot[] {
  const kind = periodKindFor(measure.frequency);
  const byEnd = spcRowsByEnd(measure, observations, upTo);
  if (byEnd.size === 0) return [];
  const ends = [...byEnd.keys()];
  const slots: SpcSlot[] = [];
  for (let end = Math.min(...ends); end <= Math.max(...ends); end += MONTHS_PER[kind]) {
    const observation = byEnd.get(end) ?? null;
    slots.push({ period: observation?.period ?? { kind, yearType: measure.yearType, end }, observation, point: null });
  }
  return slots;
}

interface Working {
  slot: SpcSlot;
  slotIndex: number;
  cell: NumberCell;
  exact: bigint;
  phase: number;
  movingRange: bigint | null;
}

function reliabilityOf(pointCount: number, limits: ExactLimits | null): LimitsReliability {
  if (limits === null || pointCount < MIN_POINTS_TRIAL) return 'none';
  return pointCount < MIN_POINTS_RELIABLE ? 'trial' : 'reliable';
}

function limitsAsNumbers(l: ExactLimits): SpcLimits {
  return {
    mean: fractionToNumber(l.mean),
    averageMovingRange: fractionToNumber(l.averageMovingRange),
    lower: fractionToNumber(l.lower),
    upper: fractionToNumber(l.upper),
    lowerOuterThird: fractionToNumber(l.lowerOuterThird),
    upperOuterThird: fractionToNumber(l.upperOuterThird),
  };
}

/** Where a figure sits against exact limits: side of the mean, beyond a limit, in the outer third. */
function placeOf(x: bigint, l: ExactLimits): Omit<RuleInput, 'value'> {
  const outside = compareToFraction(x, l.upper) > 0 || compareToFraction(x, l.lower) < 0;
  const beyondTwoSigma = compareToFraction(x, l.upperOuterThird) > 0 || compareToFraction(x, l.lowerOuterThird) < 0;
  return { side: compareToFraction(x, l.mean), outside, outerThird: beyondTwoSigma && !outside };
}

function judge(direction: SpcDirection | null, polarity: Measure['polarity']): PointVariation {
  if (direction === null) return 'common';
  if (polarity === 'none') return 'neutral';
  return (direction === 'high') === (polarity === 'high') ? 'improvement' : 'concern';
}

/**
 * The XmR chart and verdicts for one measure: every period of its history (figures and gaps), the phases
 * and their limits, each figure's special-cause rules, and the variation and assurance verdicts for the
 * latest figure. Pure: give it the measure's rows; it never reads the clock or the network.
 */
export function spcAnalysis({ measure, observations, baseline = null, upTo = null, target = null }: SpcInput): SpcAnalysis {
  const slots = sequenceOf(measure, observations, upTo);

  const working: Working[] = [];
  let baselineDone = false;
  slots.forEach((slot, slotIndex) => {
    const cell = slot.observation?.value;
    if (cell?.kind !== 'number') return;
    const previous = working.at(-1);
    const reachesBaseline = baseline !== null && !baselineDone && slot.period.end >= baseline.end;
    if (reachesBaseline) baselineDone = true;
    const newPhase = previous !== undefined && (cell.flags.includes('b') || reachesBaseline);
    const phase = previous === undefined ? 0 : previous.phase + (newPhase ? 1 : 0);
    const exact = scaled(cell);
    const adjacent = previous !== undefined && previous.slotIndex === slotIndex - 1 && previous.phase === phase;
    working.push({ slot, slotIndex, cell, exact, phase, movingRange: adjacent ? distance(exact, previous.exact) : null });
  });

  const phaseCount = working.length === 0 ? 0 : working.at(-1)!.phase + 1;
  const phases: SpcPhase[] = [];
  const points: SpcPoint[] = [];
  const exactByPhase: (ExactLimits | null)[] = [];

  for (let index = 0; index < phaseCount; index++) {
    const members = working.filter((w) => w.phase === index);
    const first = members[0]!;
    const ranges = members.flatMap((w) => (w.movingRange === null ? [] : [w.movingRange]));
    const computed = exactLimits(
      members.map((w) => w.exact),
      ranges,
    );
    const reliability = reliabilityOf(members.length, computed);
    const exact = reliability === 'none' ? null : computed;
    exactByPhase.push(exact);
    phases.push({
      index,
      startsAt: index === 0 ? 'first' : first.cell.flags.includes('b') ? 'break' : 'baseline',
      start: first.slot.period,
      end: members.at(-1)!.slot.period,
      pointCount: members.length,
      movingRangeCount: ranges.length,
      reliability,
      limits: exact === null ? null : limitsAsNumbers(exact),
    });

    // Trial limits place the figures (for drawing); only reliable limits judge them.
    const placed = members.map((w) => (exact === null ? null : placeOf(w.exact, exact)));
    const hits = reliability === 'reliable' ? specialCauses(members.map((w, i) => ({ value: w.exact, ...placed[i]! }))) : null;

    members.forEach((w, i) => {
      const hit = hits?.[i] ?? null;
      const place = placed[i] ?? null;
      const point: SpcPoint = {
        period: w.slot.period,
        observation: w.slot.observation!,
        value: w.cell.value,
        phase: index,
        movingRange: w.movingRange === null ? null : fractionToNumber({ num: w.movingRange, den: 1n }),
        zone: place === null ? null : place.outside ? 'outside' : place.outerThird ? 'outer-third' : 'inner',
        side: place === null ? null : place.side > 0 ? 'above' : place.side < 0 ? 'below' : 'on',
        variation: hit === null ? null : judge(hit.direction, measure.polarity),
        rules: hit?.rules ?? [],
        cause: hit?.cause ?? null,
        direction: hit?.direction ?? null,
      };
      w.slot.point = point;
      points.push(point);
    });
  }

  const latest = points.at(-1) ?? null;
  const latestPhase = latest === null ? null : phases[latest.phase]!;
  const latestLimits = latest === null ? null : exactByPhase[latest.phase]!;
  return {
    slots,
    points,
    phases,
    latest,
    variation: variationVerdict(latest, latestPhase),
    assurance: assuranceVerdict(measure, latestPhase?.reliability === 'reliable' ? latestLimits : null, target),
  };
}

// The two SPC verdicts for the latest figure, in words: variation (is it unusual, and is that good or bad?) and
// assurance (will the process meet its target?), and the glossary entries that explain them.
import type { Dot } from './direction-of-travel';
import { formatNumber } from './format-value';
import type { AssuranceVerdict, PointVariation, SpcMeasure, SpcPhase, SpcPoint, VariationVerdict } from './spc';
import { MIN_POINTS_RELIABLE, MIN_POINTS_TRIAL, compareToFraction, scaled } from './spc-exact';
import type { ExactLimits } from './spc-exact';
import type { SpcDirection, SpcRule } from './spc-rules';
import type { GlossaryEntry, Target } from './types';

const VARIATION_LABEL: Record<PointVariation, string> = {
  common: 'Common cause variation',
  improvement: 'Special cause improvement',
  concern: 'Special cause concern',
  neutral: 'Special cause variation',
};

/** Why a special cause was flagged, in plain English, for the latest figure. */
export function ruleDescription(rule: SpcRule, direction: SpcDirection): string {
  const high = direction === 'high';
  switch (rule) {
    case 'outside-limits':
      return high ? 'the latest figure is above the upper process limit' : 'the latest figure is below the lower process limit';
    case 'trend':
      return `the latest figure is part of a run of 7 or more figures each ${high ? 'higher' : 'lower'} than the one before`;
    case 'two-in-three':
      return `the latest figure is one of 2 in 3 figures close to the ${high ? 'upper' : 'lower'} process limit`;
    case 'shift':
      return `the latest figure is part of a run of 7 or more figures ${high ? 'above' : 'below'} the average`;
  }
}

export function variationVerdict(latest: SpcPoint | null, phase: SpcPhase | null): VariationVerdict {
  const none = (reason: VariationVerdict['reason'], text: string): VariationVerdict => ({
    token: 'none',
    direction: null,
    cause: null,
    reason,
    text,
  });
  if (latest === null || phase === null) return none('no-points', 'No figures to chart');
  const count = phase.pointCount;
  if (phase.reliability === 'trial') {
    return none('trial-limits', `Trial limits only: not enough data for a reliable verdict (${count} points; ${MIN_POINTS_RELIABLE} needed)`);
  }
  if (phase.reliability === 'none' || latest.variation === null) {
    return none('too-few-points', `Not enough data for process limits (${count} ${count === 1 ? 'point' : 'points'}; at least ${MIN_POINTS_TRIAL} needed)`);
  }
  const { variation, direction, cause } = latest;
  if (variation === 'common' || direction === null || cause === null) {
    return { token: 'common', direction: null, cause: null, reason: 'judged', text: 'Common cause variation - no sign of significant change' };
  }
  return {
    token: variation,
    direction,
    cause,
    reason: 'judged',
    text: `${VARIATION_LABEL[variation]} (${direction}) - ${ruleDescription(cause, direction)}`,
  };
}

export function assuranceVerdict(measure: SpcMeasure, limits: ExactLimits | null, target: Target | null): AssuranceVerdict {
  if (measure.polarity === 'none') return { token: 'none', reason: 'not-rated', text: 'No assurance: contextual measure' };
  if (target === null) return { token: 'none', reason: 'no-target', text: 'No assurance: no target' };
  if (limits === null) return { token: 'none', reason: 'not-enough-data', text: 'No assurance: not enough data for reliable process limits' };

  const targetText = formatNumber(target.target, measure.unit, measure.decimals);
  const t = scaled(target.target);
  const aboveUpper = compareToFraction(t, limits.upper) > 0;
  const belowLower = compareToFraction(t, limits.lower) < 0;
  const passesAboveTarget = measure.polarity === 'high';
  if ((belowLower && passesAboveTarget) || (aboveUpper && !passesAboveTarget)) {
    return {
      token: 'pass',
      reason: 'judged',
      text: `Consistently passing - the target of ${targetText} is outside the process limits on the failing side, so the process should meet it every time`,
    };
  }
  if (aboveUpper || belowLower) {
    return {
      token: 'fail',
      reason: 'judged',
      text: `Consistently failing - the target of ${targetText} is outside the process limits, so the process will not meet it without a change`,
    };
  }
  return {
    token: 'hit-and-miss',
    reason: 'judged',
    text: `Hit and miss - the target of ${targetText} is within the process limits, so it will be met some periods and missed in others`,
  };
}

/** Whether the latest figure's movement is ordinary noise: common cause variation (not "not enough data"). */
export function isCommonCause(variation: VariationVerdict): boolean {
  return variation.token === 'common';
}

/** The phrase the direction-of-travel text gains when a movement is common cause variation. */
export const WITHIN_NORMAL_VARIATION = 'within normal variation';

/**
 * The direction of travel with its text labelled "within normal variation" when the figure moved (arrow up
 * or down) and SPC judges the latest figure common cause; otherwise the arrow unchanged.
 * "Up from 24.1% in 2023-24 Q3 - improving" becomes "Up from 24.1% in 2023-24 Q3 - improving, within normal variation".
 */
export function withVariationNote(dot: Dot, variation: VariationVerdict): Dot {
  if ((dot.arrow !== 'up' && dot.arrow !== 'down') || !isCommonCause(variation)) return dot;
  return { ...dot, text: `${dot.text}, ${WITHIN_NORMAL_VARIATION}` };
}

/** Terms for the glossary (to merge into the built-in glossary). */
export const SPC_GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'SPC',
    definition:
      'Statistical process control: a chart of a measure over time with its average and process limits, as NHS England’s Making Data Count programme uses it, to tell ordinary ups and downs (common cause variation) from real change (special cause variation). It needs at least 15 figures; with 12 to 14 the limits are a trial and no verdict is given.',
  },
  {
    term: 'Process limits',
    definition:
      'The range the figures would normally fall within if nothing changes: the average plus or minus 2.66 times the average difference between one figure and the next. Like the Making Data Count Excel tool, the scorecard uses every difference; the NHSRplotthedots R package by default first leaves out unusually large differences, so its limits can be narrower. A figure exactly on a limit is inside it. Limits are worked out again after a break in the series [b] or from a baseline period.',
  },
  {
    term: 'Common cause variation',
    definition: 'The normal ups and downs of a process: no figure is outside the process limits and there is no unusual pattern, so a rise or fall is not a sign of real change.',
  },
  {
    term: 'Special cause variation',
    definition:
      'A sign of real change: a figure outside the process limits; 7 or more figures in a row above (or below) the average; 7 or more figures in a row each higher (or lower) than the last; or 2 of 3 figures in a row close to the same process limit. It is an improvement or a concern depending on whether high or low is good.',
  },
  {
    term: 'Assurance',
    definition:
      'Whether the process can be relied on to meet its target: consistently passing (the target is outside the process limits on the failing side), consistently failing (outside on the passing side, so the target will not be met without a change) or hit and miss (the target is within the limits).',
  },
];

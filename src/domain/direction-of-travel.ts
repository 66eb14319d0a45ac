// Direction of travel: the arrow shows which way the number moved; the judgement says whether that is
// better or worse given polarity. Only the named comparison period counts - never some other period.
import { applySuppression } from './apply-suppression';
import { compareAtPrecision } from './decimal';
import { formatCell } from './format-value';
import { periodName, previousPeriod, samePeriod, yearAgo } from './periods';
import type { Measure, Observation, Period } from './types';

export type DotArrow = 'up' | 'down' | 'level' | 'none';
export type DotJudgement = 'improving' | 'declining' | 'no-change' | 'neutral' | 'none';

export interface Dot {
  arrow: DotArrow;
  judgement: DotJudgement;
  /** Text equivalent of the arrow, e.g. "Down from 24.1% in 2023-24 Q3 - improving". */
  text: string;
}

export const NO_DOT: Dot = { arrow: 'none', judgement: 'none', text: 'No comparison available' };

/** Same period last year (the default), or the period immediately before. */
export function comparisonPeriodFor(measure: Pick<Measure, 'dot'>, period: Period): Period {
  return measure.dot === 'previous' ? previousPeriod(period) : yearAgo(period);
}

export interface DirectionInput {
  measure: Measure;
  current: Observation | null;
  comparison: Observation | null;
  comparisonPeriod: Period;
}

export function directionOfTravel({ measure, current, comparison, comparisonPeriod }: DirectionInput): Dot {
  if (current === null || comparison === null || !samePeriod(comparison.period, comparisonPeriod)) return NO_DOT;
  const now = applySuppression(current).value;
  const then = applySuppression(comparison).value;
  if (now.kind !== 'number' || then.kind !== 'number') return NO_DOT;

  const from = `${formatCell(then, measure.unit, measure.decimals)} in ${periodName(comparisonPeriod)}`;
  const moved = compareAtPrecision(now, then, measure.decimals);
  if (moved === 0) return { arrow: 'level', judgement: 'no-change', text: `No change from ${from}` };

  const arrow = moved > 0 ? 'up' : 'down';
  const judgement = judge(arrow, measure.polarity);
  const words = judgement === 'neutral' ? (arrow === 'up' ? 'increased' : 'decreased') : judgement;
  return { arrow, judgement, text: `${arrow === 'up' ? 'Up' : 'Down'} from ${from} - ${words}` };
}

function judge(arrow: 'up' | 'down', polarity: Measure['polarity']): DotJudgement {
  if (polarity === 'none') return 'neutral';
  const better = polarity === 'high' ? 'up' : 'down';
  return arrow === better ? 'improving' : 'declining';
}

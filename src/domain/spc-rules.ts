// The four Making Data Count special-cause rules, applied to the points of one phase in order, as
// NHSRplotthedots applies them (R/ptd_calculate_point_type.R): a run never reaches across a phase boundary.
// The inputs are already exact (see spc-exact.ts); this file only counts.
import { compareScaled } from './spc-exact';

/** The rule a point is part of. */
export type SpcRule = 'outside-limits' | 'trend' | 'two-in-three' | 'shift';

/** Which way a special cause points: above the mean / rising, or below the mean / falling. */
export type SpcDirection = 'high' | 'low';

/** When a point is part of several patterns, the first in this list decides its direction (NHSRplotthedots' order). */
export const RULE_PRIORITY: readonly SpcRule[] = ['outside-limits', 'trend', 'two-in-three', 'shift'];

/** Points in a row needed for a shift or a trend. */
export const RUN_LENGTH = 7;

/** One point as the rules see it. */
export interface RuleInput {
  /** The figure, scaled to an exact integer: only its order matters here (for trends). */
  value: bigint;
  /** 1 above the mean, -1 below, 0 exactly on it. */
  side: -1 | 0 | 1;
  /** Strictly beyond a process limit (a point exactly on a limit is inside it). */
  outside: boolean;
  /** Strictly beyond the 2-sigma line and not outside the limits: the outer third, between 2 and 3 sigma. */
  outerThird: boolean;
}

export interface RuleHit {
  /** Every rule the point is part of, in RULE_PRIORITY order; empty for common cause. */
  rules: SpcRule[];
  /** The rule that decides the direction: the first of `rules`. */
  cause: SpcRule | null;
  direction: SpcDirection | null;
}

function sideDirection(side: number): SpcDirection {
  return side > 0 ? 'high' : 'low';
}

/**
 * Special-cause rules for the points of one phase, oldest first:
 * 1. outside-limits: a point strictly beyond a process limit (direction: its side of the mean).
 * 2. trend: 7 or more points in a row, each strictly higher (or each strictly lower) than the one before, so
 *    6 consecutive rises; an equal value ends the trend. Every point of the run is marked (direction: the
 *    trend's; a turning point shared by a rising and a falling trend takes the later one, as NHSRplotthedots).
 * 3. two-in-three: in 3 points in a row all on the same side of the mean (none exactly on it), at least 2 in
 *    that side's outer third; only the outer-third points are marked. A point outside the limits is not in
 *    the outer third (it is rule 1's), and a point exactly on the 2-sigma line is not in it either.
 * 4. shift: 7 or more points in a row on the same side of the mean; a point exactly on the mean ends the run.
 *    Every point of the run is marked.
 */
export function specialCauses(points: readonly RuleInput[]): RuleHit[] {
  const hits = points.map(() => new Map<SpcRule, SpcDirection>());
  const mark = (i: number, rule: SpcRule, direction: SpcDirection) => hits[i]!.set(rule, direction);

  points.forEach((p, i) => {
    if (p.outside) mark(i, 'outside-limits', sideDirection(p.side));
  });

  // Trends: maximal runs of equal, non-zero steps. Runs are marked left to right, so the later one wins a
  // shared turning point.
  const steps = points.map((p, i) => (i === 0 ? 0 : compareScaled(p.value, points[i - 1]!.value)));
  forEachRun(steps.slice(1), (start, end, step) => {
    // steps.slice(1)[j] is the step into point j + 1, so the run covers points start .. end + 1.
    if (step === 0 || end - start + 1 < RUN_LENGTH - 1) return;
    for (let i = start; i <= end + 1; i++) mark(i, 'trend', step > 0 ? 'high' : 'low');
  });

  for (let i = 0; i + 2 < points.length; i++) {
    const window = [points[i]!, points[i + 1]!, points[i + 2]!];
    const side = window[0]!.side;
    if (side === 0 || window.some((p) => p.side !== side)) continue;
    if (window.filter((p) => p.outerThird).length < 2) continue;
    window.forEach((p, j) => {
      if (p.outerThird) mark(i + j, 'two-in-three', sideDirection(side));
    });
  }

  forEachRun(
    points.map((p) => p.side),
    (start, end, side) => {
      if (side === 0 || end - start + 1 < RUN_LENGTH) return;
      for (let i = start; i <= end; i++) mark(i, 'shift', sideDirection(side));
    },
  );

  return hits.map((found) => {
    const rules = RULE_PRIORITY.filter((r) => found.has(r));
    const cause = rules[0] ?? null;
    return { rules, cause, direction: cause === null ? null : found.get(cause)! };
  });
}

/** Calls `visit` with each maximal run of equal values: its first and last index and the value. */
function forEachRun(values: readonly number[], visit: (start: number, end: number, value: number) => void): void {
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i === values.length || values[i] !== values[start]) {
      if (values.length > 0) visit(start, i - 1, values[start]!);
      start = i;
    }
  }
}

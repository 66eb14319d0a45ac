// Exact arithmetic for SPC. A point "exactly on a limit is inside it", so a limit must be worked out
// exactly: 2.66 x 0.1 in binary floating point is not 0.266, and a float limit could put a point that
// is mathematically on the line a hair outside it. Every figure is taken as written (the decimal in the
// CSV, at full precision, never rounded to display precision) and scaled to an integer; means and
// limits are then fractions of integers, compared by cross-multiplying.
import { roundToScaled } from './decimal';
import type { DecimalNumber } from './types';

/** Decimal places every figure is scaled to: far beyond any figure an officer writes, so nothing is rounded. */
const PLACES = 30;
const SCALE = 10n ** BigInt(PLACES);

/** Plain decimal digits, as the data layer writes every figure: only these are remembered by their text. */
const PLAIN_DECIMAL = /^-?\d{1,20}(?:\.\d{1,20})?$/;
/** Figures repeat (a few thousand distinct texts over a million rows), and scaling one costs a regex and bigint powers. */
const scaledByText = new Map<string, bigint>();

/** A figure as an exact integer count of 10^-30. */
export function scaled(d: DecimalNumber | number): bigint {
  if (typeof d === 'number' || !PLAIN_DECIMAL.test(d.decimal)) return roundToScaled(d, PLACES);
  let exact = scaledByText.get(d.decimal);
  if (exact === undefined) {
    exact = roundToScaled(d, PLACES);
    // Bounded, so a long session of many datasets cannot grow it without end.
    if (scaledByText.size >= 100_000) scaledByText.clear();
    scaledByText.set(d.decimal, exact);
  }
  return exact;
}

/** numerator / denominator in scaled units; the denominator is always positive. */
export interface Fraction {
  num: bigint;
  den: bigint;
}

function sign(n: bigint): -1 | 0 | 1 {
  return n < 0n ? -1 : n > 0n ? 1 : 0;
}

/** -1, 0 or 1 as the scaled figure `x` is below, on or above `f`. */
export function compareToFraction(x: bigint, f: Fraction): -1 | 0 | 1 {
  return sign(x * f.den - f.num);
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compareScaled(a: bigint, b: bigint): -1 | 0 | 1 {
  return sign(a - b);
}

/** The nearest double to a fraction, in the figure's own units (for charts and text, never for judging). */
export function fractionToNumber(f: Fraction): number {
  return Number(f.num) / Number(f.den * SCALE);
}

/** |a - b| */
export function distance(a: bigint, b: bigint): bigint {
  return a > b ? a - b : b - a;
}

/** The XmR constant: process limits sit 2.66 average moving ranges from the mean (3 sigma, as 3 / 1.128). */
/** A phase needs this many points for limits that are judged. */
export const MIN_POINTS_RELIABLE = 15;
/** ... and this many for trial limits (drawn, not judged). */
export const MIN_POINTS_TRIAL = 12;

export const LIMIT_FACTOR_HUNDREDTHS = 266n;

export interface ExactLimits {
  mean: Fraction;
  averageMovingRange: Fraction;
  lower: Fraction;
  upper: Fraction;
  /** The 2-sigma lines, two thirds of the way from the mean to each limit: the "outer third" starts beyond them. */
  lowerOuterThird: Fraction;
  upperOuterThird: Fraction;
}

/**
 * Mean, average moving range and limits from a phase's figures and its moving ranges (both scaled).
 * With S the sum of n figures and M the sum of k moving ranges:
 *   mean = S/n, amr = M/k, limits = S/n +/- 2.66 M/k = (100 S k +/- 266 M n) / (100 n k),
 *   2-sigma lines = S/n +/- (2/3) 2.66 M/k = (300 S k +/- 532 M n) / (300 n k).
 * Null when there is no figure or no moving range.
 */
export function exactLimits(values: readonly bigint[], movingRanges: readonly bigint[]): ExactLimits | null {
  const n = BigInt(values.length);
  const k = BigInt(movingRanges.length);
  if (n === 0n || k === 0n) return null;
  const S = values.reduce((a, b) => a + b, 0n);
  const M = movingRanges.reduce((a, b) => a + b, 0n);
  const limitDen = 100n * n * k;
  const outerDen = 300n * n * k;
  return {
    mean: { num: S, den: n },
    averageMovingRange: { num: M, den: k },
    lower: { num: 100n * S * k - LIMIT_FACTOR_HUNDREDTHS * M * n, den: limitDen },
    upper: { num: 100n * S * k + LIMIT_FACTOR_HUNDREDTHS * M * n, den: limitDen },
    lowerOuterThird: { num: 300n * S * k - 2n * LIMIT_FACTOR_HUNDREDTHS * M * n, den: outerDen },
    upperOuterThird: { num: 300n * S * k + 2n * LIMIT_FACTOR_HUNDREDTHS * M * n, den: outerDen },
  };
}

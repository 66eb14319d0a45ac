// Checks on value rows beyond their own cells: duplicates across files, figures that cannot be right, and
// small counts that may need suppressing. Only duplicates are errors; everything else is a warning and the
// value is shown as supplied, because the officer may know better than the check.
import { compareAtPrecision, roundToScaled, scaledToText } from '../domain/decimal';
import { periodLabel } from '../domain/periods';
import type { Cell, Measure, NumberCell, Observation, SourceRef } from '../domain/types';
import type { FileProblems } from './file-problems';

export interface ValueHeaders {
  value: string;
  numerator: string;
  denominator: string;
}

function numberOf(cell: Cell): NumberCell | null {
  return cell.kind === 'number' ? cell : null;
}

/** Remembers every measure and period seen in any value file, so a second row can name the first. */
export function duplicateFinder(): (observation: Observation) => SourceRef | null {
  // By measure, then by the period's end month: the measure fixes the period's kind and year type, and small
  // integer keys keep a million rows cheap.
  const firstSeen = new Map<string, Map<number, SourceRef>>();
  return (observation) => {
    let periods = firstSeen.get(observation.measureId);
    if (!periods) firstSeen.set(observation.measureId, (periods = new Map()));
    const first = periods.get(observation.period.end);
    if (first) return first;
    periods.set(observation.period.end, observation.source);
    return null;
  };
}

export function duplicateMessage(observation: Observation, first: SourceRef): string {
  return (
    `a second row for measure ${observation.measureId} and period ${periodLabel(observation.period)}: ` +
    `the first is ${first.file} line ${first.line}, which is kept. Delete one of them`
  );
}

const SMALL_COUNT_ADVICE =
  'could identify a child: check whether it must be suppressed (write [c]) before publishing; the scorecard never suppresses figures itself';

function isSmallCount(n: NumberCell): boolean {
  return n.value >= 1 && n.value <= 4;
}

function nearHalf(x: number): boolean {
  return Math.abs((Math.abs(x) % 1) - 0.5) < 1e-6;
}

/** Half away from zero, as compareAtPrecision does; floats suffice unless a number sits near a rounding boundary. */
function sameAtPrecision(value: NumberCell, expected: number, places: number): boolean {
  const scale = 10 ** places;
  const a = value.value * scale;
  const b = expected * scale;
  // Too large to compare (a denominator of 0.000...1): no judgement, rather than a wrong one.
  if (!Number.isFinite(a) || !Number.isFinite(b)) return true;
  if (nearHalf(a) || nearHalf(b)) return compareAtPrecision(value, expected, places) === 0;
  return Math.round(a) === Math.round(b);
}

function checkRatio(value: NumberCell, numerator: NumberCell, denominator: NumberCell, measure: Measure, at: ValueHeaders, line: number, log: FileProblems): void {
  if (denominator.value === 0) return;
  const expected = (100 * numerator.value) / denominator.value;
  if (sameAtPrecision(value, expected, measure.decimals)) return;
  log.warning(
    line,
    at.value,
    `the value ${value.decimal} does not match the numerator and denominator: 100 x ${numerator.decimal} / ${denominator.decimal} = ` +
      `${scaledToText(roundToScaled(expected, measure.decimals), measure.decimals)} at ${measure.decimals} decimal places. The value is shown as supplied; check all three`,
  );
}

/** Warnings for a kept value row. */
export function checkPlausibility(observation: Observation, measure: Measure, at: ValueHeaders, log: FileProblems): void {
  const line = observation.source.line;
  const value = numberOf(observation.value);
  const numerator = numberOf(observation.numerator);
  const denominator = numberOf(observation.denominator);
  const { unit } = measure;

  if (value && unit === 'percent' && (value.value < 0 || value.value > 100)) {
    log.warning(line, at.value, `${value.decimal} is not a plausible percentage (expected 0 to 100); it is shown as supplied, so check it`);
  }
  if (value && value.value < 0 && (unit === 'number' || unit === 'rate-per-10k' || unit === 'days' || unit === 'weeks')) {
    const what = unit === 'number' ? 'a count' : unit === 'rate-per-10k' ? 'a rate' : `a number of ${unit}`;
    log.warning(line, at.value, `${value.decimal} is negative, but ${what} cannot be; it is shown as supplied, so check it`);
  }
  if (numerator && numerator.value < 0) log.warning(line, at.numerator, `the numerator ${numerator.decimal} is negative, but it is a count; check it`);
  if (denominator && denominator.value < 0) log.warning(line, at.denominator, `the denominator ${denominator.decimal} is negative, but it is a count; check it`);
  if (denominator && denominator.value === 0) {
    log.warning(line, at.denominator, 'the denominator is 0, so no percentage or rate can be worked out from this row; check it');
  }
  if (value && numerator && denominator && unit === 'percent') checkRatio(value, numerator, denominator, measure, at, line, log);
  if (value && unit === 'number' && isSmallCount(value)) log.warning(line, at.value, `a count of ${value.decimal} ${SMALL_COUNT_ADVICE}`);
  if (numerator && isSmallCount(numerator)) log.warning(line, at.numerator, `a numerator of ${numerator.decimal} ${SMALL_COUNT_ADVICE}`);
}

/**
 * Percent values all between 0 and 1 suggest a spreadsheet exported fractions (0.851 for 85.1%). They are
 * never rescaled (the file might really mean under 1%), but the file gets one warning.
 */
export function fractionDetector(): { see(observation: Observation, measure: Measure): void; report(log: FileProblems, valueHeader: string): void } {
  let percentValues = 0;
  let allFractions = true;
  let example: string | null = null;
  return {
    see(observation, measure) {
      const value = numberOf(observation.value);
      if (measure.unit !== 'percent' || !value) return;
      percentValues++;
      if (value.value < 0 || value.value > 1) allFractions = false;
      else if (value.value > 0 && example === null) example = value.decimal;
    },
    report(log, valueHeader) {
      // All zeros is not evidence of fractions: at least one value must be above 0.
      if (percentValues === 0 || !allFractions || example === null) return;
      log.warning(
        0,
        valueHeader,
        `every percentage in this file is between 0 and 1 (e.g. ${example}): were fractions exported instead of percentages? ` +
          `Values are not rescaled, so ${example} is shown as ${example}%; write 85.1 for 85.1%`,
      );
    },
  };
}

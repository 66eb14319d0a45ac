// The trend chart's summary in words: how far each line ranged, and the year to date against the same point
// last year, written as a proper sentence whichever of the two year-to-date figures is incomplete.
import { formatNumber } from './format-value';
import type { Measure } from './types';
import type { Ytd } from './year-to-date';

/** A line's points as the range sentence needs them. */
export interface RangeLine {
  points: readonly ({ text: string; period: string } | null)[];
  high: { text: string; period: string } | null;
  low: { text: string; period: string } | null;
}

/** "ranged from 15.0% (October 2023) to 18.1% (June 2023)", "was 12.0% throughout", or null with no points. */
export function rangeText(line: RangeLine, withPeriods: boolean): string | null {
  const values = line.points.filter((p) => p !== null);
  if (values.length === 0) return null;
  if (line.high && line.low) {
    const at = (mark: { period: string }) => (withPeriods ? ` (${mark.period})` : '');
    return `ranged from ${line.low.text}${at(line.low)} to ${line.high.text}${at(line.high)}`;
  }
  const only = values[0]!;
  return values.length === 1 ? `was ${only.text}${withPeriods ? ` (${only.period})` : ''}` : `was ${only.text} throughout`;
}

function figureOf(ytd: Ytd, measure: Pick<Measure, 'unit' | 'decimals'>): string | null {
  return ytd.status === 'complete' && ytd.value ? formatNumber(ytd.value, measure.unit, measure.decimals) : null;
}

/** Why a year to date has no figure: periods without a usable figure, or totals that cannot be divided. */
function whyMissing(ytd: Ytd): string {
  if (ytd.missing.length === 0) return 'the figures supplied cannot be combined';
  return ytd.missing.length === 1 ? 'a figure is missing' : 'figures are missing';
}

/**
 * The year to date now against the same point last year, as a clause to follow a semicolon:
 * "the year to date is 20.6%, against 17.0% at the same point in 2023-24", or, when either is incomplete,
 * a sentence that says which one cannot be worked out and why, never "against incomplete".
 */
export function ytdComparisonText(now: Ytd, before: Ytd, lastYear: string, measure: Pick<Measure, 'unit' | 'decimals'>): string {
  const nowFigure = figureOf(now, measure);
  const beforeFigure = figureOf(before, measure);
  if (nowFigure && beforeFigure) return `the year to date is ${nowFigure}, against ${beforeFigure} at the same point in ${lastYear}`;
  if (nowFigure) return `the year to date is ${nowFigure}; there is no year to date for the same point in ${lastYear} to compare it with, as ${whyMissing(before)} for that year`;
  if (beforeFigure) return `the year to date cannot be worked out, as ${whyMissing(now)}; at the same point in ${lastYear} it was ${beforeFigure}`;
  return `the year to date cannot be worked out for this year or for the same point in ${lastYear}, as figures are missing from both`;
}

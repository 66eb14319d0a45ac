// The trend chart's "compare the same month each year" option as data: seasonalView's groups laid out for a
// line chart (x = month of the measure's year, one line per year) and a sentence a reader can take away
// without the picture: each year's lowest and highest month, so a dip that recurs shows as a pattern.
import { formatCell } from './format-value';
import type { SeasonalView } from './spc-seasonal';
import type { Measure } from './types';

export interface SeasonalLine {
  /** "2023-24". */
  year: string;
  /** One per group (month or quarter), in the year's order; null is a gap, never zero. */
  values: (number | null)[];
  /** As printed: "17.2%", "[c]", or null when no row was supplied. */
  texts: (string | null)[];
}

export interface SeasonalChart {
  /** "Apr" ... "Mar", or "Q1" ... "Q4". */
  axisLabels: string[];
  /** "April" ... "March": the same, in full, for a tooltip. */
  groupNames: string[];
  lines: SeasonalLine[];
  /** "month" or "quarter". */
  each: string;
  summary: string;
}

function extremesText(line: SeasonalLine, names: readonly string[]): string | null {
  let low: number | null = null;
  let high: number | null = null;
  line.values.forEach((v, i) => {
    if (v === null) return;
    if (low === null || v < line.values[low]!) low = i;
    if (high === null || v > line.values[high]!) high = i;
  });
  if (low === null || high === null) return null;
  if (low === high) return `${line.year}: only ${names[low]} (${line.texts[low]})`;
  return `${line.year}: lowest ${names[low]} (${line.texts[low]}), highest ${names[high]} (${line.texts[high]})`;
}

export function seasonalChart(view: SeasonalView, measure: Pick<Measure, 'unit' | 'decimals'>): SeasonalChart {
  const groupNames = view.groups.map((g) => g.label);
  const lines = view.years.map(
    (year, y): SeasonalLine => ({
      year,
      values: view.groups.map((g) => g.entries[y]!.value),
      texts: view.groups.map((g) => {
        const cell = g.entries[y]!.observation?.value;
        return cell ? formatCell(cell, measure.unit, measure.decimals) : null;
      }),
    }),
  );
  const each = view.kind;
  const span = `${groupNames[0]} to ${groupNames.at(-1)}`;
  const years = view.years.length > 1 ? `${view.years[0]} to ${view.years.at(-1)}` : view.years[0]!;
  const extremes = lines.map((line) => extremesText(line, groupNames)).filter((t): t is string => t !== null);
  return {
    axisLabels: groupNames.map((name) => (each === 'month' ? name.slice(0, 3) : name)),
    groupNames,
    lines,
    each,
    summary:
      `The same ${each} of each year side by side (${years}, one line per year, ${span}): a dip or peak in the same ${each} every year is a seasonal pattern, not a change.` +
      (extremes.length > 0 ? ` ${extremes.join('; ')}.` : ''),
  };
}

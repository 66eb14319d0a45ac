import { formatCell, formatNumber, qualifierMeaning, specialMeaning } from '../../domain/format-value';
import type { Cell, Measure, Observation } from '../../domain/types';

// Plain functions returning elements, called rather than mounted: a 1,000-measure scorecard has some ten figures
// a row, and each component would be one more thing to draw and to take down.

/** A figure as printed ("85.1% [p]", "[c]"), with what a flag or special value means as its tooltip. */
export function figureText(cell: Cell, measure: Pick<Measure, 'unit' | 'decimals'>) {
  const text = formatCell(cell, measure.unit, measure.decimals);
  if (cell.kind === 'special') {
    return (
      <abbr className="sc-figure sc-figure--special" title={specialMeaning(cell.code)}>
        {text}
      </abbr>
    );
  }
  const meaning = cell.flags.map(qualifierMeaning).join(', ');
  return (
    <span className="sc-figure" title={meaning || undefined}>
      {text}
    </span>
  );
}

/** The count written with as many decimals as the officer wrote (tallies are usually whole numbers). */
function tallyNumber(cell: Extract<Cell, { kind: 'number' }>): string {
  const places = Math.min(3, cell.decimal.split('.')[1]?.length ?? 0);
  return formatNumber(cell, 'number', places);
}

/**
 * The tally behind a percentage or rate ("57 of 67"). Only when both counts are numbers: a suppressed row has
 * [c] in both value and numerator, so its tally is never shown.
 */
export function tally(observation: Observation) {
  const { value, numerator, denominator } = observation;
  if (value.kind !== 'number' || numerator.kind !== 'number' || denominator.kind !== 'number') return null;
  return (
    // One string, one text node.
    <span className="sc-tally">{` (${tallyNumber(numerator)} of ${tallyNumber(denominator)})`}</span>
  );
}

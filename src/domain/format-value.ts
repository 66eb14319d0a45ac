// How figures are written for readers: rounded as the RAG and direction of travel see them (half away
// from zero on the decimal as written), en-GB thousands separators, special values in the GSS bracketed
// form so a suppressed figure never looks like a number.
import { roundToScaled, scaledToText } from './decimal';
import type { Cell, DecimalNumber, Qualifier, SpecialCode, Unit } from './types';

function withThousands(plain: string): string {
  const [whole = '', fraction] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** The figure alone, compact enough for a table cell: "85.1%", "97.8", "1,234", "12", "£6,436". */
export function formatNumber(n: DecimalNumber | number, unit: Unit, decimals: number): string {
  const text = scaledToText(roundToScaled(n, decimals), decimals);
  const negative = text.startsWith('-');
  const magnitude = withThousands(negative ? text.slice(1) : text);
  const sign = negative ? '-' : '';
  if (unit === 'percent') return `${sign}${magnitude}%`;
  if (unit === 'currency-gbp') return `${sign}£${magnitude}`;
  return `${sign}${magnitude}`;
}

/** "-" for not supplied, otherwise the bracketed GSS code: "[c]", "[x]", "[low]". */
export function specialLabel(code: SpecialCode): string {
  return code === 'empty' ? '-' : `[${code}]`;
}

/** A cell as printed: the figure and its qualifier flags ("85.1% [p]"), or the special value's label. */
export function formatCell(cell: Cell, unit: Unit, decimals: number): string {
  if (cell.kind === 'special') return specialLabel(cell.code);
  const flags = cell.flags.map((flag) => ` [${flag}]`).join('');
  return `${formatNumber(cell, unit, decimals)}${flags}`;
}

const UNIT_LABELS: Record<Unit, string> = {
  percent: '%',
  number: 'number',
  'rate-per-10k': 'per 10,000 children',
  days: 'days',
  weeks: 'weeks',
  'currency-gbp': '£',
  score: 'score',
};

/** What the figure counts, for column headings and axis labels (formatNumber stays compact). */
export function unitLabel(unit: Unit): string {
  return UNIT_LABELS[unit];
}

const SPECIAL_MEANINGS: Record<SpecialCode, string> = {
  empty: 'not supplied',
  c: 'confidential: suppressed to protect individuals (small numbers)',
  x: 'not available',
  z: 'not applicable',
  low: 'rounds to zero but is not zero',
  u: 'low reliability, no figure given',
};

/** Plain-English tooltip for a special value. */
export function specialMeaning(code: SpecialCode): string {
  return SPECIAL_MEANINGS[code];
}

const QUALIFIER_MEANINGS: Record<Qualifier, string> = {
  p: 'provisional',
  r: 'revised',
  e: 'estimated',
  u: 'low reliability',
  b: 'break in series',
};

/** Plain-English tooltip for a flag shown beside a number. */
export function qualifierMeaning(flag: Qualifier): string {
  return QUALIFIER_MEANINGS[flag];
}

/** "above tolerance" -> "Above tolerance": a phrase made to follow a word, shown on its own. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

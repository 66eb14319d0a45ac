// Red, amber, green against the target and tolerance for the year the value belongs to. Only a number
// with a target is ever coloured: anything else says why it is not rated, never a grey-green guess.
import { compareAtPrecision } from './decimal';
import { formatNumber } from './format-value';
import type { Cell, DecimalNumber, Measure, SpecialCode, Target } from './types';

export type Rag = 'green' | 'amber' | 'red' | 'none';
export type RagReason = 'rated' | 'no-target' | 'not-rated' | 'no-value' | 'special-value';

export interface RagResult {
  rag: Rag;
  reason: RagReason;
  /** Text equivalent of the colour, e.g. "Green - on or above target of 85.0%". */
  text: string;
  /** The reason alone, to show beside a badge that already says the colour: "on or above target of 85.0%". */
  why: string;
}

/** `unit` only shapes the text ("85.0%"); without it thresholds are written as plain numbers. */
export type RatedMeasure = Pick<Measure, 'polarity' | 'decimals'> & Partial<Pick<Measure, 'unit'>>;

const UNRATED_SPECIAL: Record<SpecialCode, string> = {
  empty: 'value not supplied',
  c: 'value suppressed',
  x: 'value not available',
  z: 'value not applicable',
  low: 'value rounds to zero',
  u: 'value of low reliability',
};

/** The target row for a measure and year label ("2024-25" or "2024"), or null: a missing target is never guessed. */
export function targetFor(targets: readonly Target[], measureId: string, yearLabel: string): Target | null {
  return targets.find((t) => t.measureId === measureId && t.year === yearLabel) ?? null;
}

export function ragFor(value: Cell | null, target: Target | null, measure: RatedMeasure): RagResult {
  if (measure.polarity === 'none') return unrated('not-rated', 'contextual measure');
  if (value === null) return unrated('no-value', 'no value');
  if (value.kind === 'special') return unrated('special-value', UNRATED_SPECIAL[value.code]);
  if (target === null) return { rag: 'none', reason: 'no-target', text: 'No target', why: 'no target set for the year' };

  const show = (d: DecimalNumber) => formatNumber(d, measure.unit ?? 'number', measure.decimals);
  const targetText = show(target.target);
  // Comparing the rounded figures keeps the colour in step with what the reader sees.
  const sign = measure.polarity === 'high' ? 1 : -1;
  const beyondTarget = sign * compareAtPrecision(value, target.target, measure.decimals);
  const [onSide, offSide] = measure.polarity === 'high' ? ['above', 'below'] : ['below', 'above'];

  if (beyondTarget >= 0) return rated('green', `on or ${onSide} target of ${targetText}`);
  const tolerance = target.tolerance;
  if (tolerance === null) return rated('red', `${offSide} target of ${targetText}`);
  const toleranceText = show(tolerance);
  if (sign * compareAtPrecision(value, tolerance, measure.decimals) >= 0) {
    return rated('amber', `${offSide} target of ${targetText}, within tolerance of ${toleranceText}`);
  }
  return rated('red', `${offSide} tolerance of ${toleranceText} (target ${targetText})`);
}

const RAG_WORD: Record<Exclude<Rag, 'none'>, string> = { green: 'Green', amber: 'Amber', red: 'Red' };

function rated(rag: Exclude<Rag, 'none'>, why: string): RagResult {
  return { rag, reason: 'rated', text: `${RAG_WORD[rag]} - ${why}`, why };
}

function unrated(reason: RagReason, why: string): RagResult {
  return { rag: 'none', reason, text: `Not rated: ${why}`, why };
}

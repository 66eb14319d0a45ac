// One value cell to a Cell: a Government Statistical Service special value, or a number as Excel writes it,
// optionally followed by qualifying flags. The decimal is kept as written because display rounding must be
// done on the written digits, not on a binary float.
import { QUALIFIERS, type Cell, type DecimalNumber, type Qualifier, type SpecialCode } from '../domain/types';
import { plainDigitsValue } from './plain-digits';
import { NO_FLAGS, specialCell } from './shared-cells';

export { NO_FLAGS, specialCell };

export type NumberParse = { ok: true; number: DecimalNumber; warning: string | null } | { ok: false; reason: string };
export type CellParse = { ok: true; cell: Cell; warning: string | null } | { ok: false; reason: string };

const SPECIAL_MEANING: Record<Exclude<SpecialCode, 'empty'>, string> = {
  c: 'suppressed',
  x: 'not available',
  z: 'not applicable',
  low: 'rounds to zero',
  u: 'low reliability',
};

const SPECIALS = new Map<string, { code: Exclude<SpecialCode, 'empty'>; legacy: boolean }>([
  ['[c]', { code: 'c', legacy: false }],
  ['c', { code: 'c', legacy: false }],
  ['[x]', { code: 'x', legacy: false }],
  ['x', { code: 'x', legacy: false }],
  [':', { code: 'x', legacy: true }],
  ['..', { code: 'x', legacy: true }],
  ['-', { code: 'x', legacy: true }],
  ['*', { code: 'x', legacy: true }],
  ['[z]', { code: 'z', legacy: false }],
  ['z', { code: 'z', legacy: false }],
  ['[low]', { code: 'low', legacy: false }],
  ['low', { code: 'low', legacy: false }],
  ['k', { code: 'low', legacy: true }],
  ['~', { code: 'low', legacy: true }],
  ['[u]', { code: 'u', legacy: false }],
  ['u', { code: 'u', legacy: false }],
]);

const EMPTY_CELL: CellParse = Object.freeze({ ok: true, cell: specialCell('empty'), warning: null });


const FLAG_LETTERS = new Set<string>(QUALIFIERS);
const FLAGS_HELP = 'flags are [p] provisional, [r] revised, [e] estimated, [u] low reliability, [b] break in series';
const CELL_HELP =
  'write a number (e.g. 85.1, 1,234 or 85.1 [p]), one of [c] [x] [z] [low] [u], or leave the cell empty';

/** `85.1 [p] [r]`, `85.1 [p][r]` and `85.1 [pr]` all split into "85.1" and the flags p, r. */
const TRAILING_FLAGS = /^(.*?)((?:\s*\[[^[\]]*\])+)$/;
const FLAG_GROUP = /\[([^[\]]*)\]/g;
/** No figure is this long; longer text is rejected before any pattern is tried on it. */
const LONGEST_NUMBER = 64;
const SIGN = /^[-+\u2212]/;
/** Thousands separated by commas in threes, or plain digits; either or both sides of the point. */
const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

/** A number as Excel writes it: `85.1%`, `1,234`, ` 97.8 `, `£6,436.00`, `(12)` (with a warning), `'42`. */
export function parseExcelNumber(text: string): NumberParse {
  const written = text.trim();
  let rest = written;
  // Accounting formats write -12 as (12): read it, but say so, since brackets can also be a typing slip.
  const bracketed = rest.startsWith('(') && rest.endsWith(')');
  if (bracketed) rest = rest.slice(1, -1).trim();
  let negative = bracketed;
  let signs = bracketed ? 1 : 0;
  const takeSign = (): void => {
    if (!SIGN.test(rest)) return;
    signs++;
    negative = rest[0] !== '+';
    rest = rest.slice(1).trimStart();
  };
  takeSign();
  if (rest.startsWith('£')) rest = rest.slice(1).trimStart();
  takeSign(); // £-5 as well as -£5
  if (rest.endsWith('%')) rest = rest.slice(0, -1).trimEnd();
  const digits = DIGITS.exec(rest);
  if (signs > 1 || !digits || (digits[1] === undefined && digits[2] === undefined)) {
    return { ok: false, reason: `"${written}" is not a number` };
  }

  const whole = (digits[1] ?? '0').replaceAll(',', '').replace(/^0+(?=\d)/, '');
  const unsigned = digits[2] === undefined ? whole : `${whole}.${digits[2]}`;
  const isZero = !/[1-9]/.test(unsigned);
  const decimal = negative && !isZero ? `-${unsigned}` : unsigned;
  const warning = bracketed
    ? `"${written}" was read as ${decimal} (brackets mean a negative number in accounting formats); write ${decimal} to avoid this warning`
    : null;
  return { ok: true, number: { value: Number(decimal), decimal }, warning };
}

function parseFlags(groups: string, written: string): { ok: true; flags: Qualifier[] } | { ok: false; reason: string } {
  const flags: Qualifier[] = [];
  for (const [, letters = ''] of groups.matchAll(FLAG_GROUP)) {
    const group = letters.trim().toLowerCase();
    if (group === '' || [...group].some((letter) => !FLAG_LETTERS.has(letter))) {
      return { ok: false, reason: `"${written}": [${letters}] is not a flag (${FLAGS_HELP})` };
    }
    for (const letter of group) if (!flags.includes(letter as Qualifier)) flags.push(letter as Qualifier);
  }
  return { ok: true, flags };
}

/**
 * The cells a system writes (plain digits, or empty) without the wrapper parseCell returns; null for anything
 * else, which parseCell then reads with its warnings and reasons. The value files' fast path.
 */
export function plainCell(raw: string): Cell | null {
  const text = raw.trim();
  if (text === '') return specialCell('empty');
  if (text.length > LONGEST_NUMBER) return null;
  const value = plainDigitsValue(text);
  return Number.isNaN(value) ? null : { kind: 'number', flags: NO_FLAGS, value, decimal: text };
}

/** A value, numerator, denominator or benchmark cell. */
export function parseCell(raw: string): CellParse {
  const plain = plainCell(raw);
  if (plain) return plain.kind === 'number' ? { ok: true, cell: plain, warning: null } : EMPTY_CELL;
  return parseNonPlainCell(raw);
}

/** parseCell for a cell plainCell did not read: special values, flags, and numbers as Excel writes them. */
export function parseNonPlainCell(raw: string): CellParse {
  let text = raw.trim();
  // Excel forces a cell to text with one leading apostrophe; it is not part of the value.
  if (text.startsWith("'")) text = text.slice(1).trim();
  if (text === '') return EMPTY_CELL;

  const special = SPECIALS.get(text.toLowerCase());
  if (special) {
    const bracketed = `[${special.code}]`;
    const warning = special.legacy
      ? `"${text}" was read as ${bracketed} (${SPECIAL_MEANING[special.code]}); legacy symbols are accepted, but please write ${bracketed}`
      : null;
    return { ok: true, cell: specialCell(special.code), warning };
  }

  if (text.length > LONGEST_NUMBER) {
    return { ok: false, reason: `"${text.slice(0, 20)}..." is not a number or a special value; ${CELL_HELP}` };
  }
  const withFlags = text.endsWith(']') ? TRAILING_FLAGS.exec(text) : null;
  const numberText = withFlags ? withFlags[1]! : text;
  const flags = withFlags ? parseFlags(withFlags[2]!, text) : { ok: true as const, flags: NO_FLAGS };
  if (!flags.ok) return flags;
  if (withFlags && numberText.trim() === '') {
    return { ok: false, reason: `"${text}" has a flag but no number before it; ${CELL_HELP}` };
  }
  const number = parseExcelNumber(numberText);
  if (!number.ok) return { ok: false, reason: `"${text}" is not a number or a special value; ${CELL_HELP}` };
  return { ok: true, cell: { kind: 'number', flags: flags.flags, ...number.number }, warning: number.warning };
}

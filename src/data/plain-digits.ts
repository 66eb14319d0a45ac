// Plain digits (`0`, `85`, `85.10`: no sign, no leading zero before another digit, no exponent) are how systems
// write figures, and a million-row file holds little else. The parser reads them, and the worker checks them before
// sending, in one pass over their characters rather than with a pattern and then a conversion. A module of its own:
// the worker's sender and the parser share it, and the page's first download takes neither.

const ZERO = 48;
const NINE = 57;
const POINT = 46;
const MINUS = 45;
/** Digits a double holds exactly as an integer, and so the digits of any decimal that reads back as itself. */
const EXACT_DIGITS = 15;
/** 10^0 to 10^15, each exact. */
const EXACT_POWERS = Array.from({ length: EXACT_DIGITS + 1 }, (_, i) => Number(`1e${i}`));

/**
 * The value of plain digits, or NaN for any other text. With at most 15 digits, the digits without their point
 * are an exact integer and the power of ten is exact, so one division gives the nearest double, as Number() does;
 * longer figures are left to Number().
 */
export function plainDigitsValue(text: string): number {
  const length = text.length;
  let mantissa = 0;
  let i = 0;
  let code = text.charCodeAt(0);
  if (code === ZERO) i = 1;
  else {
    for (; i < length; i++) {
      code = text.charCodeAt(i);
      if (code < ZERO || code > NINE) break;
      mantissa = mantissa * 10 + (code - ZERO);
    }
    if (i === 0) return NaN;
  }
  if (i === length) return i <= EXACT_DIGITS ? mantissa : Number(text);
  if (text.charCodeAt(i) !== POINT || i + 1 === length) return NaN;
  const point = i;
  for (i++; i < length; i++) {
    code = text.charCodeAt(i);
    if (code < ZERO || code > NINE) return NaN;
    mantissa = mantissa * 10 + (code - ZERO);
  }
  const digitCount = length - 1;
  return digitCount <= EXACT_DIGITS ? mantissa / EXACT_POWERS[length - 1 - point]! : Number(text);
}

/**
 * Whether JavaScript writes `value` as exactly `decimal` (String(value) === decimal), for a value read from that
 * decimal (Number(decimal), as every cell's value is). Formatting the number was a third of encoding a row for the
 * page, and nearly every figure is known to be so from its text: plain digits, perhaps after a minus, of at most 15
 * digits (so no shorter decimal reads back as the same double) with no trailing zero after the point. Below 1e-6
 * JavaScript writes an exponent (1e-7), and minus zero as "0"; anything else is checked with String().
 */
export function isHowJavaScriptWrites(decimal: string, value: number): boolean {
  const negative = decimal.charCodeAt(0) === MINUS;
  const digits = negative ? decimal.slice(1) : decimal;
  const point = digits.indexOf('.');
  const known =
    !Number.isNaN(plainDigitsValue(digits)) &&
    digits.length - (point === -1 ? 0 : 1) <= EXACT_DIGITS &&
    (point === -1 || digits.charCodeAt(digits.length - 1) !== ZERO) &&
    !digits.startsWith('0.000000') &&
    !(negative && value === 0);
  return known || String(value) === decimal;
}

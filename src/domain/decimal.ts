// Display-precision arithmetic. Every comparison the reader can see (RAG, direction of travel, benchmark
// "similar") is made on numbers rounded half away from zero on the decimal as written: a binary float
// would turn 2.45 into 2.4499999... and show a colour that disagrees with the printed figure.
import type { DecimalNumber } from './types';

/** value = mantissa x 10^exponent, exactly. */
interface ExactDecimal {
  readonly mantissa: bigint;
  readonly exponent: number;
}

const DECIMAL_TEXT = /^([+-])?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * Readings of decimal texts: a scorecard rounds and compares the same few thousand figures over and over (every
 * row, every quarter, every streak). Bounded, since a session may read many datasets.
 */
const exactReadings = new Map<string, ExactDecimal | null>();
const MOST_READINGS = 50_000;

function parseExact(text: string): ExactDecimal | null {
  let reading = exactReadings.get(text);
  if (reading === undefined) {
    reading = readExact(text);
    if (exactReadings.size >= MOST_READINGS) exactReadings.clear();
    exactReadings.set(text, reading);
  }
  return reading;
}

function readExact(text: string): ExactDecimal | null {
  const match = DECIMAL_TEXT.exec(text.trim());
  if (!match) return null;
  const whole = match[2] ?? '';
  const fraction = match[3] ?? '';
  if (whole === '' && fraction === '') return null;
  const magnitude = BigInt(whole + fraction);
  return {
    mantissa: match[1] === '-' ? -magnitude : magnitude,
    exponent: Number(match[4] ?? 0) - fraction.length,
  };
}

/**
 * A computed float as the decimal a person would write: 0.1 + 0.2 reads as "0.3", not
 * "0.30000000000000004". Fifteen significant digits is the most a double always holds faithfully.
 */
function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`${n} is not a finite number`);
  return String(Number(n.toPrecision(15)));
}

function exactOf(d: DecimalNumber | number): ExactDecimal {
  if (typeof d === 'number') return parseExact(numberText(d))!;
  // A hand-built DecimalNumber with unreadable digits still has a usable float.
  return parseExact(d.decimal) ?? parseExact(numberText(d.value))!;
}

const TEN = 10n;

function absolute(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/** The number rounded half away from zero to `places` decimals, as an integer count of 10^-places: 84.96 at 1dp is 850n. */
export function roundToScaled(d: DecimalNumber | number, places: number): bigint {
  const { mantissa, exponent } = exactOf(d);
  const shift = exponent + places;
  if (shift >= 0) return mantissa * TEN ** BigInt(shift);
  const divisor = TEN ** BigInt(-shift);
  const magnitude = absolute(mantissa);
  let quotient = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) quotient += 1n;
  return mantissa < 0n ? -quotient : quotient;
}

/** Compares two numbers as the reader sees them, both rounded to `places` decimals. */
export function compareAtPrecision(a: DecimalNumber | number, b: DecimalNumber | number, places: number): -1 | 0 | 1 {
  const left = roundToScaled(a, places);
  const right = roundToScaled(b, places);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Plain decimal digits for a scaled integer: (850n, 1) is "85.0", (-5n, 2) is "-0.05". No thousands separators. */
export function scaledToText(scaled: bigint, places: number): string {
  const digits = absolute(scaled).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  const sign = scaled < 0n ? '-' : '';
  return places > 0 ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}

function exactToText({ mantissa, exponent }: ExactDecimal): string {
  if (exponent >= 0) return (mantissa * TEN ** BigInt(exponent)).toString();
  const text = scaledToText(mantissa, -exponent);
  // Trailing zeros after the point carry no meaning for a computed number.
  return text.replace(/\.?0+$/, '').replace(/^-0$/, '0');
}

/** A computed number as a DecimalNumber whose digits are plain (no exponent) and no longer than a double can vouch for. */
export function decimalFromNumber(n: number): DecimalNumber {
  const decimal = exactToText(parseExact(numberText(n))!);
  return { value: Number(decimal), decimal };
}

/** Exact sum of decimals as written: 0.1 + 0.2 is exactly 0.3. An empty list sums to 0. */
export function sumDecimals(numbers: readonly DecimalNumber[]): DecimalNumber {
  const parts = numbers.map(exactOf);
  const exponent = Math.min(0, ...parts.map((p) => p.exponent));
  const mantissa = parts.reduce((total, p) => total + p.mantissa * TEN ** BigInt(p.exponent - exponent), 0n);
  const decimal = exactToText({ mantissa, exponent });
  return { value: Number(decimal), decimal };
}

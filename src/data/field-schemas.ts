// Zod building blocks for the cells of a row. Every cell arrives as text (or undefined when an optional
// column is absent); each block trims it and, on failure, raises a message written for an officer that
// quotes the cell as written. Schemas are built once at module load, never per row.
import { z } from 'zod';
import { parseCell } from './parse-cell';

type Ctx = z.core.$RefinementCtx;

/** Raises a cell error from inside a transform. */
export function fail(ctx: Ctx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

const cellText = z.string().optional();

/** Trimmed text with Windows line ends inside quoted cells made plain, so text reads the same from any file. */
function cleanText(raw: string | undefined): string {
  const text = (raw ?? '').trim();
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** A required text cell; `what` names it in the message ("the measure's title"). */
export function requiredText(what: string) {
  return cellText.transform((raw, ctx) => cleanText(raw) || fail(ctx, `${what} is empty`));
}

/** Optional text: empty or absent is null. */
export const optionalText = cellText.transform((raw) => cleanText(raw) || null);

/** What a measure or action id may be: letters, digits, dot, underscore and hyphen, up to 32. */
export const ID = /^[A-Za-z0-9._-]{1,32}$/;

/** A measure id: `[A-Za-z0-9._-]{1,32}`. */
export function idField(what: string) {
  return cellText.transform((raw, ctx) => {
    const id = (raw ?? '').trim();
    if (id === '') return fail(ctx, `${what} is empty`);
    if (!ID.test(id)) return fail(ctx, `"${id}" is not a valid id: use 1 to 32 letters, digits, dots, hyphens or underscores (e.g. EH01)`);
    return id;
  });
}

/** One of a fixed list, matched case-insensitively; empty gives `fallback`, or an error when there is none. */
export function enumField<T extends string>(values: readonly T[], what: string, fallback?: T) {
  const allowed = new Set<string>(values);
  const expected = `expected one of: ${values.join(', ')}`;
  return cellText.transform((raw, ctx): T => {
    const text = (raw ?? '').trim();
    if (text === '') return fallback ?? fail(ctx, `${what} is empty (${expected})`);
    const lower = text.toLowerCase();
    if (!allowed.has(lower)) return fail(ctx, `"${text}" is not a ${what} (${expected})`);
    return lower as T;
  });
}

/** A value, numerator, denominator or benchmark cell; warnings (legacy symbols, bracketed negatives) ride along. */
export const cellField = cellText.transform((raw, ctx) => {
  const parsed = parseCell(raw ?? '');
  if (!parsed.ok) return fail(ctx, parsed.reason);
  return parsed;
});

export type ParsedCell = z.output<typeof cellField>;

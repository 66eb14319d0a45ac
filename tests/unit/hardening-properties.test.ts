// Issue 5 hardening, property-based (fast-check): random valid value rows, written the many ways an export
// can write them, round-trip through the loader; random damage to the real sample folder never throws and never
// costs an undamaged file a row; and period arithmetic holds for every month of two centuries.
// (src/data/load-dataset.property.test.ts already throws random garbage at every contract file.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isContractFileName, type ContractFileName } from '../../src/data/contract-files';
import { loadDataset, type ContractFileContents } from '../../src/data/load-dataset';
import { MEASURES_CSV } from '../../src/data/test-support';
import {
  financialQuarterOf,
  firstMonthOfYear,
  lastMonthOfYear,
  parsePeriod,
  periodKindFor,
  periodLabel,
  previousFinancialQuarter,
  previousPeriod,
  quarterEnd,
  sameFinancialQuarter,
  samePeriod,
  yearAgo,
  yearStartOf,
} from '../../src/domain/periods';
import { FREQUENCIES, YEAR_TYPES, type FinancialQuarter, type Period } from '../../src/domain/types';
import { SAMPLE_DATA, csvCell } from '../fixtures/hostile/hostile-data';

// ---- Random valid rows round-trip ------------------------------------------------------------------

const SPECIALS = ['[c]', '[x]', '[z]', '[low]', '[u]'] as const;

interface GeneratedRow {
  measureId: 'EH01' | 'CSC01' | 'CSC03'; // the monthly measures of MEASURES_CSV
  month: number; // months after April 2000
  value: { kind: 'number'; text: string; flag: string | null } | { kind: 'special'; text: (typeof SPECIALS)[number] } | { kind: 'empty' };
  denominator: string | null;
  note: string | null;
}

/** A number as an officer's file writes it: up to 6 integer digits and 3 decimals, sometimes negative. */
const decimalText = fc
  .tuple(fc.boolean(), fc.integer({ min: 0, max: 999_999 }), fc.option(fc.integer({ min: 0, max: 999 }), { nil: null }))
  .map(([negative, whole, fraction]) => `${negative && whole > 0 ? '-' : ''}${whole}${fraction === null ? '' : `.${String(fraction).padStart(3, '0')}`}`);

/** Text officers write in notes: commas, quotes, line breaks, pound signs, accents, emoji, but no NUL and no edge spaces. */
const noteText = fc
  .array(fc.oneof(fc.constantFrom(',', '"', '\n', '£', 'é', '–', '😀', ' and ', '[c]', "'", '='), fc.string({ minLength: 1, maxLength: 8 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join('').replace(/\u0000/g, '').trim())
  .filter((text) => text !== '');

const generatedRow: fc.Arbitrary<Omit<GeneratedRow, 'month'>> = fc.record({
  measureId: fc.constantFrom('EH01' as const, 'CSC01' as const, 'CSC03' as const),
  value: fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('number' as const), text: decimalText, flag: fc.option(fc.constantFrom('[p]', '[r]', '[e]', '[b]'), { nil: null }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('special' as const), text: fc.constantFrom(...SPECIALS) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'empty' as const }) },
  ),
  denominator: fc.option(fc.integer({ min: 1, max: 5000 }).map(String), { nil: null }),
  note: fc.option(noteText, { nil: null }),
});

const COLUMNS = ['measure_id', 'period', 'value', 'numerator', 'denominator', 'note'] as const;

interface Layout {
  order: number[]; // a permutation of COLUMNS
  upperHeader: boolean;
  crlf: boolean;
  bom: boolean;
  quoteAll: boolean;
  blankEvery: number; // a blank line after every n-th row (0: none)
  asBytes: boolean;
}

const layout: fc.Arbitrary<Layout> = fc.record({
  order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }),
  upperHeader: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  quoteAll: fc.boolean(),
  blankEvery: fc.integer({ min: 0, max: 4 }),
  asBytes: fc.boolean(),
});

function monthLabel(offset: number): string {
  const index = 2000 * 12 + 3 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The file's text and the physical line each row starts on. */
function writeFile(rows: GeneratedRow[], l: Layout): { text: string; lines: number[] } {
  const eol = l.crlf ? '\r\n' : '\n';
  const cell = (text: string) => (l.quoteAll ? `"${text.replace(/"/g, '""')}"` : csvCell(text));
  const header = l.order.map((i) => (l.upperHeader ? COLUMNS[i]!.toUpperCase() : COLUMNS[i]!)).join(',');
  let text = `${l.bom ? '\uFEFF' : ''}${header}${eol}`;
  let line = 2;
  const lines: number[] = [];
  rows.forEach((row, n) => {
    const value = row.value.kind === 'number' ? `${row.value.text}${row.value.flag ? ` ${row.value.flag}` : ''}` : row.value.kind === 'special' ? row.value.text : '';
    const note = row.note === null ? '' : l.crlf ? row.note.replace(/\n/g, '\r\n') : row.note;
    const cells = [row.measureId, monthLabel(row.month), value, '', row.denominator ?? '', note];
    lines.push(line);
    text += l.order.map((i) => cell(cells[i]!)).join(',') + eol;
    line += 1 + (note.match(/\n/g)?.length ?? 0);
    if (l.blankEvery > 0 && (n + 1) % l.blankEvery === 0) {
      text += eol;
      line++;
    }
  });
  return { text, lines };
}

describe('random valid value rows round-trip through the loader', () => {
  it('every row is kept with its measure, period, value, flags, denominator, note and physical line, and no error', () => {
    const rowsArb = fc.uniqueArray(fc.tuple(generatedRow, fc.integer({ min: 0, max: 300 })), { selector: ([row, month]) => `${row.measureId}:${month}`, maxLength: 40 });
    fc.assert(
      fc.property(rowsArb, layout, (pairs, l) => {
        const rows: GeneratedRow[] = pairs.map(([row, month]) => ({ ...row, month }));
        const { text, lines } = writeFile(rows, l);
        const dataset = loadDataset({ 'measures.csv': MEASURES_CSV, 'send.csv': l.asBytes ? new TextEncoder().encode(text) : text });
        expect(dataset.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(dataset.observations).toHaveLength(rows.length);
        dataset.observations.forEach((o, i) => {
          const row = rows[i]!;
          expect(o.measureId).toBe(row.measureId);
          expect(periodLabel(o.period)).toBe(monthLabel(row.month));
          expect(o.source.line).toBe(lines[i]);
          expect(o.note).toBe(row.note);
          if (row.value.kind === 'number') {
            expect(o.value).toMatchObject({ kind: 'number', value: Number(row.value.text), flags: row.value.flag ? [row.value.flag.slice(1, -1)] : [] });
          } else if (row.value.kind === 'special') {
            expect(o.value).toEqual({ kind: 'special', code: row.value.text.slice(1, -1) });
          } else {
            expect(o.value).toEqual({ kind: 'special', code: 'empty' });
          }
          // A [c] value suppresses the numerator too; the denominator is kept as written.
          expect(o.denominator).toMatchObject(row.denominator === null ? { kind: 'special', code: 'empty' } : { kind: 'number', value: Number(row.denominator) });
        });
      }),
      { numRuns: 200 },
    );
  });
});

// ---- Random damage to the sample folder ------------------------------------------------------------

const sample: Partial<Record<ContractFileName, string>> = {};
for (const name of readdirSync(SAMPLE_DATA)) if (isContractFileName(name)) sample[name] = readFileSync(join(SAMPLE_DATA, name), 'utf8');
const baseline = loadDataset(sample as ContractFileContents);
const DAMAGEABLE = (Object.keys(sample) as ContractFileName[]).filter((name) => name !== 'measures.csv');

/** An edit an officer (or a broken export) might make: a stray quote, comma, line break, byte or cut. */
const damage = fc.record({
  file: fc.constantFrom(...DAMAGEABLE),
  edits: fc.array(
    fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), insert: fc.constantFrom('"', ',', '\n', '\r', ';', '\uFFFD', '[c]', '<script>', '\u0000', ''), cut: fc.integer({ min: 0, max: 40 }) }),
    { minLength: 1, maxLength: 5 },
  ),
});

describe('random damage to one file of the sample folder', () => {
  it('never throws, never reports a fault, and every other file keeps every row it had', () => {
    fc.assert(
      fc.property(damage, ({ file, edits }) => {
        let text = sample[file]!;
        for (const edit of edits) {
          const at = Math.floor(edit.at * text.length);
          text = text.slice(0, at) + edit.insert + text.slice(at + edit.cut);
        }
        const dataset = loadDataset({ ...sample, [file]: text } as ContractFileContents);
        expect(dataset.usable).toBe(true);
        expect(dataset.problems.some((p) => p.message.includes('unexpected fault'))).toBe(false);
        expect(dataset.measures).toHaveLength(baseline.measures.length);
        // Rows of the undamaged value files are all still there (a damaged value file can only lose its own rows,
        // or make a later file's row a duplicate of one it now holds, which it cannot: it only loses rows).
        const untouched = (o: { source: { file: string } }) => o.source.file !== file;
        expect(dataset.observations.filter(untouched)).toHaveLength(baseline.observations.filter(untouched).length);
        if (file !== 'targets.csv') expect(dataset.targets).toHaveLength(baseline.targets.length);
      }),
      { numRuns: 60 },
    );
  });
});

// ---- Period arithmetic -----------------------------------------------------------------------------

const anyMonth = fc.integer({ min: 1950 * 12, max: 2150 * 12 + 11 });
const anyQuarter = fc.record({ startYear: fc.integer({ min: 1950, max: 2150 }), quarter: fc.constantFrom(1, 2, 3, 4) }) as fc.Arbitrary<FinancialQuarter>;
const yearType = fc.constantFrom(...YEAR_TYPES);
const frequency = fc.constantFrom(...FREQUENCIES);

/** The period of the frequency and year type that contains month m. */
function periodContaining(m: number, f: (typeof FREQUENCIES)[number], type: (typeof YEAR_TYPES)[number]): Period {
  const kind = periodKindFor(f);
  const step = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
  const intoYear = m - firstMonthOfYear(yearStartOf(m, type), type);
  return { kind, yearType: type, end: m - (intoYear % step) + step - 1 };
}

describe('period arithmetic', () => {
  it('previousFinancialQuarter steps back exactly three months, and the quarter after it is the one we started from', () => {
    fc.assert(
      fc.property(anyQuarter, (fq) => {
        const previous = previousFinancialQuarter(fq);
        return quarterEnd(previous) === quarterEnd(fq) - 3 && sameFinancialQuarter(financialQuarterOf(quarterEnd(previous) + 3), fq);
      }),
    );
  });

  it('four steps back is the same quarter a year earlier', () => {
    fc.assert(
      fc.property(anyQuarter, (fq) => {
        const back = [1, 2, 3, 4].reduce((q) => previousFinancialQuarter(q), fq);
        return sameFinancialQuarter(back, { startYear: fq.startYear - 1, quarter: fq.quarter });
      }),
    );
  });

  it('financialQuarterOf puts a month in the quarter that ends 0 to 2 months after it', () => {
    fc.assert(
      fc.property(anyMonth, (m) => {
        const gap = quarterEnd(financialQuarterOf(m)) - m;
        return gap >= 0 && gap <= 2;
      }),
    );
  });

  it('a year of any type starts and ends in the year it is labelled by, and the next month starts the next year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2150 }), yearType, (start, type) => {
        const first = firstMonthOfYear(start, type);
        const last = lastMonthOfYear(start, type);
        return last - first === 11 && yearStartOf(first, type) === start && yearStartOf(last, type) === start && yearStartOf(last + 1, type) === start + 1;
      }),
    );
  });

  it('stepping back one period 12, 4 or 1 times (months, quarters, years) is the same as going back a year', () => {
    fc.assert(
      fc.property(anyMonth, frequency, yearType, (m, f, type) => {
        const period = periodContaining(m, f, type);
        const steps = period.kind === 'month' ? 12 : period.kind === 'quarter' ? 4 : 1;
        let back = period;
        for (let i = 0; i < steps; i++) back = previousPeriod(back);
        return samePeriod(back, yearAgo(period));
      }),
    );
  });

  it('the canonical label of any period parses back to that period (every frequency and year type)', () => {
    fc.assert(
      fc.property(anyMonth, frequency, yearType, (m, f, type) => {
        const period = periodContaining(m, f, type);
        const read = parsePeriod(periodLabel(period), f, type);
        return read.ok && samePeriod(read.period, period);
      }),
    );
  });

  it('parsePeriod never throws, and whatever it accepts is canonical: its label reads back the same', () => {
    const periodish = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.constantFrom('-', '/', ' ', '-Q', ' Q', ''), fc.integer({ min: 0, max: 99 }), fc.constantFrom('', ' Q1', ' Q4', ' Q5', '-Q2', 'q3'))
        .map(([y, sep, n, q]) => `${y}${sep}${String(n).padStart(2, '0')}${q}`),
    );
    fc.assert(
      fc.property(periodish, frequency, yearType, (text, f, type) => {
        const read = parsePeriod(text, f, type);
        if (!read.ok) return typeof read.reason === 'string' && read.reason.length > 0;
        const again = parsePeriod(periodLabel(read.period), f, type);
        return again.ok && samePeriod(again.period, read.period);
      }),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseCell, parseExcelNumber, plainCell } from './parse-cell';

const special = (code: string) => ({ ok: true, cell: { kind: 'special', code }, warning: null });
const number = (value: number, decimal: string, flags: string[] = []) => ({
  ok: true,
  cell: { kind: 'number', flags, value, decimal },
  warning: null,
});

describe('parseCell: special values', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['[c]', 'c'],
    ['c', 'c'],
    ['[C]', 'c'],
    [' C ', 'c'],
    ['[x]', 'x'],
    ['X', 'x'],
    ['[z]', 'z'],
    ['z', 'z'],
    ['[low]', 'low'],
    ['LOW', 'low'],
    ['[Low]', 'low'],
    ['[u]', 'u'],
    ['u', 'u'],
  ])('reads %j as the special value %s', (cell, code) => {
    expect(parseCell(cell)).toEqual(special(code));
  });

  it.each([
    [':', 'x', '":" was read as [x] (not available); legacy symbols are accepted, but please write [x]'],
    ['..', 'x', '".." was read as [x] (not available); legacy symbols are accepted, but please write [x]'],
    ['-', 'x', '"-" was read as [x] (not available); legacy symbols are accepted, but please write [x]'],
    ['*', 'x', '"*" was read as [x] (not available); legacy symbols are accepted, but please write [x]'],
    ['k', 'low', '"k" was read as [low] (rounds to zero); legacy symbols are accepted, but please write [low]'],
    ['K', 'low', '"K" was read as [low] (rounds to zero); legacy symbols are accepted, but please write [low]'],
    ['~', 'low', '"~" was read as [low] (rounds to zero); legacy symbols are accepted, but please write [low]'],
  ])('reads the legacy symbol %j as [%s] with a warning recommending the bracketed form', (cell, code, warning) => {
    expect(parseCell(cell)).toEqual({ ok: true, cell: { kind: 'special', code }, warning });
  });
});

describe('parseCell: numbers', () => {
  it.each([
    ['85.1', 85.1, '85.1'],
    ['0', 0, '0'],
    ['462', 462, '462'],
    ['-12', -12, '-12'],
    ['+7', 7, '7'],
    [' 97.8 ', 97.8, '97.8'],
    [' 49.166', 49.166, '49.166'],
    ['64.900000000000', 64.9, '64.900000000000'],
    ['85.1%', 85.1, '85.1'],
    ['85.1 %', 85.1, '85.1'],
    ['1,234', 1234, '1234'],
    ['1,234,567.5', 1234567.5, '1234567.5'],
    ['£6,436.00', 6436, '6436.00'],
    ['-£6,436.00', -6436, '-6436.00'],
    ['£-5', -5, '-5'],
    ["'42", 42, '42'],
    ["'85.1%", 85.1, '85.1'],
    ['.5', 0.5, '0.5'],
    ['007', 7, '7'],
    ['-0', 0, '0'],
    ['\u221212', -12, '-12'],
  ])('reads %j as %d (decimal %j)', (cell, value, decimal) => {
    expect(parseCell(cell)).toEqual(number(value, decimal));
  });

  it('reads an accounting negative "(12)" as -12 with a warning', () => {
    expect(parseCell('(12)')).toEqual({
      ok: true,
      cell: { kind: 'number', flags: [], value: -12, decimal: '-12' },
      warning: '"(12)" was read as -12 (brackets mean a negative number in accounting formats); write -12 to avoid this warning',
    });
  });

  it('reads "(£1,234.50)" as -1234.50 with a warning', () => {
    const parsed = parseCell('(£1,234.50)');
    expect(parsed).toMatchObject({ ok: true, cell: { value: -1234.5, decimal: '-1234.50' } });
    expect(parsed.ok && parsed.warning).toContain('was read as -1234.50');
  });
});

describe('parseCell: flags', () => {
  it.each([
    ['85.1 [p]', 85.1, '85.1', ['p']],
    ['412 [r]', 412, '412', ['r']],
    ['12[e]', 12, '12', ['e']],
    ['3.5 [u]', 3.5, '3.5', ['u']],
    ['70 [b]', 70, '70', ['b']],
    ['85.1 [p] [r]', 85.1, '85.1', ['p', 'r']],
    ['85.1 [p][r]', 85.1, '85.1', ['p', 'r']],
    ['85.1 [pr]', 85.1, '85.1', ['p', 'r']],
    ['85.1 [P]', 85.1, '85.1', ['p']],
    ['85.1 [p] [p]', 85.1, '85.1', ['p']],
    ['1,234 [r]', 1234, '1234', ['r']],
    ['85.1% [p]', 85.1, '85.1', ['p']],
  ])('reads %j as %d with flags %j', (cell, value, decimal, flags) => {
    expect(parseCell(cell)).toEqual(number(value, decimal, flags));
  });

  it('rejects an unknown flag, naming the known ones', () => {
    expect(parseCell('85.1 [q]')).toEqual({
      ok: false,
      reason: '"85.1 [q]": [q] is not a flag (flags are [p] provisional, [r] revised, [e] estimated, [u] low reliability, [b] break in series)',
    });
  });

  it('rejects a flag with no number before it', () => {
    expect(parseCell('[p]')).toMatchObject({ ok: false, reason: expect.stringMatching(/^"\[p\]" has a flag but no number before it/) });
  });
});

describe('parseCell: not a number', () => {
  it.each(['abc', '12..3', '1,23', '12,34', '1.2.3', '£', '%', '()', '--5', '(-5)', '1e5', '85.1p', 'n/a', '[c] [p]', '5 5'])(
    'rejects %j as an error that quotes the cell and says what to write',
    (cell) => {
      const parsed = parseCell(cell);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toContain(`"${cell.trim()}"`);
    },
  );

  it('explains the accepted forms', () => {
    expect(parseCell('abc')).toEqual({
      ok: false,
      reason: '"abc" is not a number or a special value; write a number (e.g. 85.1, 1,234 or 85.1 [p]), one of [c] [x] [z] [low] [u], or leave the cell empty',
    });
  });

  it('rejects a very long cell without trying patterns on all of it', () => {
    const parsed = parseCell('['.repeat(100_000));
    expect(parsed.ok).toBe(false);
  });
});

describe('parseExcelNumber', () => {
  it('reads a number without flags and keeps the written digits', () => {
    expect(parseExcelNumber('£6,436.00')).toEqual({ ok: true, number: { value: 6436, decimal: '6436.00' }, warning: null });
  });

  it('rejects text', () => {
    expect(parseExcelNumber('85 [p]')).toEqual({ ok: false, reason: '"85 [p]" is not a number' });
  });
});

describe('parseCell: limits', () => {
  it('rejects a number too long to be a figure (it would overflow to Infinity)', () => {
    expect(parseCell('9'.repeat(400)).ok).toBe(false);
  });
});

describe('plainCell: the cells a system writes', () => {
  it.each([
    ['85.1', 85.1],
    [' 12 ', 12],
    ['0.05', 0.05],
    ['1234567890123456789', 1234567890123456789],
  ])('reads %j as a number cell keeping its digits', (raw, value) => {
    expect(plainCell(raw)).toEqual({ kind: 'number', flags: [], value, decimal: raw.trim() });
  });

  it('reads an empty cell as the empty special value', () => {
    expect(plainCell('  ')).toEqual({ kind: 'special', code: 'empty' });
  });

  it.each(['012', '.5', '5.', '-5', '1,234', '1e3', '85.1%', '85.1 [p]', '[c]', '£5', `1${'0'.repeat(70)}`])('leaves %s to parseCell', (text) => {
    expect(plainCell(text)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { listInWords } from './list-in-words';

describe('listInWords', () => {
  it('joins with commas and a final "and"', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['a.csv'])).toBe('a.csv');
    expect(listInWords(['a.csv', 'b.csv'])).toBe('a.csv and b.csv');
    expect(listInWords(['a.csv', 'b.csv', 'c.csv'])).toBe('a.csv, b.csv and c.csv');
  });
});

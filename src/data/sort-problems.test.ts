import { describe, expect, it } from 'vitest';
import type { Problem } from '../domain/types';
import { sortProblems } from './sort-problems';

const at = (file: string, line: number, message = ''): Problem => ({ file, line, column: '-', severity: 'error', message });

describe('sortProblems', () => {
  it('orders by contract file order, then line, and keeps the found order within a line', () => {
    const sorted = sortProblems([
      at('settings.csv', 1),
      at('early-help.csv', 9, 'first'),
      at('notes.csv', 0),
      at('measures.csv', 3),
      at('early-help.csv', 2),
      at('early-help.csv', 9, 'second'),
      at('measures.csv', 0),
      at('benchmarks.csv', 1),
    ]);
    expect(sorted.map((p) => `${p.file}:${p.line}${p.message ? ` ${p.message}` : ''}`)).toEqual([
      'measures.csv:0',
      'measures.csv:3',
      'early-help.csv:2',
      'early-help.csv:9 first',
      'early-help.csv:9 second',
      'benchmarks.csv:1',
      'settings.csv:1',
      'notes.csv:0',
    ]);
  });

  it('leaves its input unchanged', () => {
    const problems = [at('settings.csv', 1), at('measures.csv', 1)];
    sortProblems(problems);
    expect(problems.map((p) => p.file)).toEqual(['settings.csv', 'measures.csv']);
  });
});

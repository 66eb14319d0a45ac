import { describe, expect, it } from 'vitest';
import type { Problem } from '../domain/types';
import { formatProblem, summaryLine } from './format-problem';

const problem = (severity: Problem['severity'], line = 14): Problem => ({
  file: 'social-care.csv',
  line,
  column: 'period',
  severity,
  message: '"2024-13" is not a month (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)',
});

describe('formatProblem', () => {
  it('writes <file>:<line>:<column>: <severity>: <message>', () => {
    expect(formatProblem(problem('error'))).toBe(
      'social-care.csv:14:period: error: "2024-13" is not a month (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)',
    );
  });

  it('writes line 0 and column - for a whole-file problem', () => {
    expect(formatProblem({ file: 'measures.csv', line: 0, column: '-', severity: 'warning', message: 'm' })).toBe(
      'measures.csv:0:-: warning: m',
    );
  });
});

describe('summaryLine', () => {
  it('counts errors and warnings but not notices', () => {
    const problems = [problem('error'), problem('warning'), problem('warning'), problem('notice'), problem('error')];
    expect(summaryLine({ problems, rowsRead: 120, rowsKept: 118 })).toBe('120 rows read, 118 kept, 2 errors, 2 warnings');
  });

  it('writes zeros for a clean folder', () => {
    expect(summaryLine({ problems: [], rowsRead: 0, rowsKept: 0 })).toBe('0 rows read, 0 kept, 0 errors, 0 warnings');
  });
});

import { describe, expect, it } from 'vitest';
import { load, valueCsv } from './test-support';

const values = (...rows: string[]) => load({ 'social-care.csv': valueCsv(...rows) }, 'social-care.csv');

describe('value files: duplicates', () => {
  it('reports the second row for the same measure and period within a file, naming the first, and keeps the first', () => {
    const { dataset, problems } = values('EH01,2024-06,85.1,,,', 'EH01,2024-07,80,,,', 'EH01,2024-06,90,,,');
    expect(dataset.observations.map((o) => o.value)).toMatchObject([{ value: 85.1 }, { value: 80 }]);
    expect(problems).toEqual([
      'social-care.csv:4:-: error: a second row for measure EH01 and period 2024-06: the first is social-care.csv line 2, which is kept. Delete one of them',
    ]);
  });

  it('finds duplicates across value files, in contract order (early-help.csv before social-care.csv)', () => {
    const { dataset } = load({
      'social-care.csv': valueCsv('EH01,2024-06,90,,,'),
      'early-help.csv': valueCsv('EH01,2024-05,80,,,', 'EH01,2024-06,85.1,,,'),
    });
    expect(dataset.observations.map((o) => [o.source.file, o.value])).toMatchObject([
      ['early-help.csv', { value: 80 }],
      ['early-help.csv', { value: 85.1 }],
    ]);
    expect(dataset.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      'social-care.csv:2:-: a second row for measure EH01 and period 2024-06: the first is early-help.csv line 3, which is kept. Delete one of them',
    ]);
  });

  it('normalises periods before comparing: 2024-25 Q3 and 2024-12 are the same quarter', () => {
    expect(values('CSC02,2024-25 Q3,20,,,', 'csc02,2024-12,21,,,').problems).toEqual([
      'social-care.csv:3:-: error: a second row for measure CSC02 and period 2024-25 Q3: the first is social-care.csv line 2, which is kept. Delete one of them',
    ]);
  });
});

describe('value files: plausibility warnings (values kept as supplied)', () => {
  it('warns when a percentage disagrees with 100 x numerator / denominator at display precision', () => {
    // 100 x 57 / 60 = 95.0 at 1 decimal place; 85.1 is shown.
    const { dataset, problems } = values('EH01,2024-06,85.1,57,60,');
    expect(dataset.observations[0]?.value).toMatchObject({ value: 85.1 });
    expect(problems).toEqual([
      'social-care.csv:2:value: warning: the value 85.1 does not match the numerator and denominator: 100 x 57 / 60 = 95.0 at 1 decimal places. The value is shown as supplied; check all three',
    ]);
  });

  it('accepts a percentage that agrees at display precision (57/67 = 85.07..., shown 85.1)', () => {
    expect(values('EH01,2024-06,85.1,57,67,').problems).toEqual([]);
  });

  it('rounds half away from zero when comparing (5/40 = 12.5 exactly: 12.5 agrees at 1 decimal; at 0 decimals 13 agrees and 12 does not)', () => {
    expect(values('EH01,2024-06,12.5,5,40,').problems).toEqual([]);
    const atZero = load({
      'measures.csv': 'id,area,title,unit,polarity,frequency,decimals\nP0,send,t,percent,high,monthly,0\n',
      'send.csv': valueCsv('P0,2024-06,13,5,40,', 'P0,2024-07,12,5,40,'),
    }, 'send.csv');
    expect(atZero.problems).toEqual([
      'send.csv:3:value: warning: the value 12 does not match the numerator and denominator: 100 x 5 / 40 = 13 at 0 decimal places. The value is shown as supplied; check all three',
    ]);
  });

  it('warns about a denominator of 0', () => {
    expect(values('EH01,2024-06,0,0,0,').problems).toEqual([
      'social-care.csv:2:denominator: warning: the denominator is 0, so no percentage or rate can be worked out from this row; check it',
    ]);
  });

  it('warns about a negative count, numerator and denominator', () => {
    expect(values('CSC01,2024-06,-3,-5,-6,').problems).toEqual([
      'social-care.csv:2:value: warning: -3 is negative, but a count cannot be; it is shown as supplied, so check it',
      'social-care.csv:2:numerator: warning: the numerator -5 is negative, but it is a count; check it',
      'social-care.csv:2:denominator: warning: the denominator -6 is negative, but it is a count; check it',
    ]);
  });

  it('warns about negative days', () => {
    expect(values('CSC03,2024-06,-2.5,,,').problems).toEqual([
      'social-care.csv:2:value: warning: -2.5 is negative, but a number of days cannot be; it is shown as supplied, so check it',
    ]);
  });

  it('warns about a percentage of 850 and of -1', () => {
    expect(values('EH01,2024-06,850,,,', 'EH01,2024-07,-1,,,').problems).toEqual([
      'social-care.csv:2:value: warning: 850 is not a plausible percentage (expected 0 to 100); it is shown as supplied, so check it',
      'social-care.csv:3:value: warning: -1 is not a plausible percentage (expected 0 to 100); it is shown as supplied, so check it',
    ]);
  });

  it('reminds to check suppression for a count between 1 and 4, and for a numerator between 1 and 4', () => {
    const { dataset, problems } = values('CSC01,2024-06,4,,,', 'CSC01,2024-07,5,,,', 'CSC01,2024-08,0,,,', 'EH01,2024-06,100,1,1,');
    expect(dataset.observations).toHaveLength(4);
    expect(problems).toEqual([
      'social-care.csv:2:value: warning: a count of 4 could identify a child: check whether it must be suppressed (write [c]) before publishing; the scorecard never suppresses figures itself',
      'social-care.csv:5:numerator: warning: a numerator of 1 could identify a child: check whether it must be suppressed (write [c]) before publishing; the scorecard never suppresses figures itself',
    ]);
  });

  it('gives no small-number reminder once the figure is suppressed', () => {
    expect(values('EH01,2024-06,[c],3,67,').problems).toEqual([]);
  });
});

describe('value files: fractions', () => {
  it('warns once for a file whose every percentage is between 0 and 1, without rescaling', () => {
    const { dataset, problems } = values('EH01,2024-06,0.851,,,', 'EH01,2024-07,0.9,,,', 'CSC01,2024-06,462,,,', 'CSC02,2024-25 Q1,0,,,');
    expect(dataset.observations[0]?.value).toMatchObject({ value: 0.851, decimal: '0.851' });
    expect(problems).toEqual([
      'social-care.csv:0:value: warning: every percentage in this file is between 0 and 1 (e.g. 0.851): were fractions exported instead of percentages? Values are not rescaled, so 0.851 is shown as 0.851%; write 85.1 for 85.1%',
    ]);
  });

  it('does not warn when one percentage is above 1', () => {
    expect(values('EH01,2024-06,0.851,,,', 'EH01,2024-07,12,,,').problems).toEqual([]);
  });

  it('does not warn when every percentage is 0', () => {
    expect(values('EH01,2024-06,0,,,', 'EH01,2024-07,0,,,').problems).toEqual([]);
  });

  it('judges each file on its own', () => {
    const { dataset } = load({ 'early-help.csv': valueCsv('EH01,2024-06,0.5,,,'), 'send.csv': valueCsv('EH01,2024-07,50,,,') });
    expect(dataset.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['early-help.csv:0']);
  });
});

describe('value files: extreme numbers', () => {
  it('compares the longest numbers a cell may hold without failing (100 x 60 nines / 1e-61 is about 1e123)', () => {
    const tiny = `0.${'0'.repeat(60)}1`;
    const { dataset, problems } = values(`EH01,2024-06,50,${'9'.repeat(60)},${tiny},`);
    expect(dataset.observations).toHaveLength(1);
    expect(problems).toEqual([expect.stringMatching(/^social-care\.csv:2:value: warning: the value 50 does not match/)]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Observation } from '../domain/types';
import { load, valueCsv } from './test-support';

const values = (...rows: string[]) => load({ 'social-care.csv': valueCsv(...rows) }, 'social-care.csv');

describe('value files: rows', () => {
  it('reads a value row into an observation with its period, cells, note and source line', () => {
    const { dataset, problems } = values('EH01,2024-06,85.1 [p],57,67,Provisional: June');
    expect(problems).toEqual([]);
    expect(dataset.observations).toEqual<Observation[]>([
      {
        measureId: 'EH01',
        period: { kind: 'month', yearType: 'financial', end: 2024 * 12 + 5 },
        value: { kind: 'number', flags: ['p'], value: 85.1, decimal: '85.1' },
        numerator: { kind: 'number', flags: [], value: 57, decimal: '57' },
        denominator: { kind: 'number', flags: [], value: 67, decimal: '67' },
        note: 'Provisional: June',
        source: { file: 'social-care.csv', line: 2 },
      },
    ]);
  });

  it('reads a file without the optional columns: numerator and denominator are "not supplied"', () => {
    const { dataset, problems } = load({ 'send.csv': 'measure_id,period,value\nSEND01,2024,57.5\n' }, 'send.csv');
    expect(problems).toEqual([]);
    expect(dataset.observations[0]).toMatchObject({
      period: { kind: 'year', yearType: 'calendar', end: 2024 * 12 + 11 },
      numerator: { kind: 'special', code: 'empty' },
      denominator: { kind: 'special', code: 'empty' },
      note: null,
    });
  });

  it('keeps a special value as it is, never as zero', () => {
    const { dataset } = values('EH01,2024-06,[x],,,', 'EH01,2024-07,,,,', 'EH01,2024-08,[z],,,');
    expect(dataset.observations.map((o) => o.value)).toEqual([
      { kind: 'special', code: 'x' },
      { kind: 'special', code: 'empty' },
      { kind: 'special', code: 'z' },
    ]);
  });

  it('makes the numerator [c] when the value is [c], so the count cannot be worked back', () => {
    const { dataset } = values('EH01,2024-06,[c],57,67,');
    expect(dataset.observations[0]).toMatchObject({
      value: { kind: 'special', code: 'c' },
      numerator: { kind: 'special', code: 'c' },
      denominator: { kind: 'number', value: 67 },
    });
  });

  it('makes the value [c] when the numerator is c (bare letter)', () => {
    const { dataset, problems } = values('EH01,2024-06,85.1,c,67,');
    expect(problems).toEqual([]);
    expect(dataset.observations[0]).toMatchObject({ value: { kind: 'special', code: 'c' }, numerator: { kind: 'special', code: 'c' } });
  });

  it('warns about a legacy symbol under the column it was in', () => {
    const { dataset, problems } = values('EH01,2024-06,..,~,67,');
    expect(dataset.observations).toHaveLength(1);
    expect(problems).toEqual([
      'social-care.csv:2:value: warning: ".." was read as [x] (not available); legacy symbols are accepted, but please write [x]',
      'social-care.csv:2:numerator: warning: "~" was read as [low] (rounds to zero); legacy symbols are accepted, but please write [low]',
    ]);
  });

  it('reads Excel number forms in every number column', () => {
    const { dataset, problems } = values(`CSC01,2024-06,"'1,234 [r]",,,`);
    expect(problems).toEqual([]);
    expect(dataset.observations[0]?.value).toEqual({ kind: 'number', flags: ['r'], value: 1234, decimal: '1234' });
  });

  it('reports each bad cell of a row and skips the row', () => {
    const { dataset, problems } = values('EH01,2024-06,abc,12..3,67,');
    expect(dataset.observations).toEqual([]);
    expect(problems).toEqual([
      'social-care.csv:2:value: error: "abc" is not a number or a special value; write a number (e.g. 85.1, 1,234 or 85.1 [p]), one of [c] [x] [z] [low] [u], or leave the cell empty',
      'social-care.csv:2:numerator: error: "12..3" is not a number or a special value; write a number (e.g. 85.1, 1,234 or 85.1 [p]), one of [c] [x] [z] [low] [u], or leave the cell empty',
    ]);
  });

  it('reports a bad period in the same pass as a bad value', () => {
    expect(values('EH01,2024-13,abc,,,').problems).toEqual([
      expect.stringMatching(/^social-care\.csv:2:value: error: "abc" is not a number/),
      'social-care.csv:2:period: error: "2024-13" is not a month (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)',
    ]);
  });

  it('reports a measure id that is not in measures.csv, and skips the row', () => {
    const { dataset, problems } = values('EH99,2024-06,85.1,,,');
    expect(dataset.observations).toEqual([]);
    expect(problems).toEqual([
      'social-care.csv:2:measure_id: error: measure "EH99" is not in measures.csv: add it there or correct the id. The row is skipped',
    ]);
  });

  it('points to the measures.csv line when the measure was there but could not be read', () => {
    const { problems } = load({
      'measures.csv': 'id,area,title,unit,polarity,frequency\nEH01,early-help,t,percentage,high,monthly\n',
      'early-help.csv': valueCsv('EH01,2024-06,85.1,,,'),
    }, 'early-help.csv');
    expect(problems).toEqual([
      'early-help.csv:2:measure_id: error: measure "EH01" could not be read from measures.csv (see the problem on its line 2), so this row is skipped',
    ]);
  });

  it('reports an empty measure id and an empty period', () => {
    expect(values(',,85.1,,,').problems).toEqual([
      'social-care.csv:2:measure_id: error: measure_id is empty',
      'social-care.csv:2:period: error: the period is empty',
    ]);
  });

  it('accepts a value file with a header and no rows', () => {
    const { dataset, problems } = values();
    expect(problems).toEqual([]);
    expect(dataset.filesPresent).toContain('social-care.csv');
  });
});

describe('value files: periods', () => {
  it('reads the period forms each measure allows', () => {
    const { dataset, problems } = values(
      'EH01,2024-06,50,,,', // monthly, financial
      'CSC02,2024-25 Q3,50,,,', // quarterly financial: Oct-Dec 2024
      'CSC02,2025-03,50,,,', // quarterly: the month that ends 2024-25 Q4
      'SEND01,2023,50,,,', // annual calendar
      'LAC01,2021-22,50,,,', // annual financial: ends March 2022
      'SEND02,2024-25 Q1,50,,,', // quarterly academic: Sep-Nov 2024
    );
    expect(problems).toEqual([]);
    expect(dataset.observations.map((o) => [o.period.kind, o.period.end])).toEqual([
      ['month', 2024 * 12 + 5],
      ['quarter', 2024 * 12 + 11],
      ['quarter', 2025 * 12 + 2],
      ['year', 2023 * 12 + 11],
      ['year', 2022 * 12 + 2],
      ['quarter', 2024 * 12 + 10],
    ]);
  });

  it.each([
    ['EH01', '2024-13', '"2024-13" is not a month (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)'],
    ['CSC02', '2024-25 Q5', '"2024-25 Q5" is not a period (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)'],
    ['CSC02', 'Q5', '"Q5" is not a period (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)'],
    ['LAC01', '2024/25', '"2024/25" is not a period (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)'],
    [
      'EH01',
      '2024-25 Q3',
      '"2024-25 Q3" is a quarter, but this monthly measure needs a month (YYYY-MM)',
    ],
    [
      'CSC02',
      '2024-05',
      '"2024-05" is a month that ends no financial quarter, but this quarterly measure needs a quarter (YYYY-YY Qn, YYYY Qn, or the YYYY-MM month that ends the quarter)',
    ],
  ])('reports %s period %j as an error for the row', (measure, period, reason) => {
    const { dataset, problems } = values(`${measure},${period},50,,,`);
    expect(dataset.observations).toEqual([]);
    expect(problems).toEqual([`social-care.csv:2:period: error: ${reason}`]);
  });
});

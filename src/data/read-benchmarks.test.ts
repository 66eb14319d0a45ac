import { describe, expect, it } from 'vitest';
import { load } from './test-support';

const HEADER = 'measure_id,year,statistical_neighbours,regional,national,quartile,source';
const benchmarks = (...rows: string[]) => load({ 'benchmarks.csv': [HEADER, ...rows].join('\n') + '\n' }, 'benchmarks.csv');

describe('benchmarks.csv', () => {
  it('reads comparators, quartile, source, and the month the benchmark year ends', () => {
    const { dataset, problems } = benchmarks('LAC01,2021-22,98.5,84,70,d,DfE LAIT 2023-11');
    expect(problems).toEqual([]);
    expect(dataset.benchmarks).toEqual([
      {
        measureId: 'LAC01',
        year: '2021-22',
        yearEnd: 2022 * 12 + 2,
        values: {
          statistical_neighbours: { kind: 'number', flags: [], value: 98.5, decimal: '98.5' },
          regional: { kind: 'number', flags: [], value: 84, decimal: '84' },
          national: { kind: 'number', flags: [], value: 70, decimal: '70' },
        },
        quartile: 'D',
        source: 'DfE LAIT 2023-11',
      },
    ]);
  });

  it('reads special values and absent comparator columns as such, never as zero', () => {
    const { dataset, problems } = load({ 'benchmarks.csv': 'measure_id,year,national\nSEND01,2022, [c] \n' }, 'benchmarks.csv');
    expect(problems).toEqual([]);
    expect(dataset.benchmarks[0]).toMatchObject({
      yearEnd: 2022 * 12 + 11,
      values: {
        statistical_neighbours: { kind: 'special', code: 'empty' },
        regional: { kind: 'special', code: 'empty' },
        national: { kind: 'special', code: 'c' },
      },
      quartile: null,
      source: null,
    });
  });

  it('warns about a legacy symbol in a comparator column', () => {
    expect(benchmarks('LAC01,2021-22,:,,,,').problems).toEqual([
      'benchmarks.csv:2:statistical_neighbours: warning: ":" was read as [x] (not available); legacy symbols are accepted, but please write [x]',
    ]);
  });

  it('reports a quartile outside A-D and a bad comparator', () => {
    expect(benchmarks('LAC01,2021-22,abc,,,E,').problems).toEqual([
      'benchmarks.csv:2:statistical_neighbours: error: "abc" is not a number or a special value; write a number (e.g. 85.1, 1,234 or 85.1 [p]), one of [c] [x] [z] [low] [u], or leave the cell empty',
      'benchmarks.csv:2:quartile: error: "E" is not a quartile (expected A, B, C or D, where A is the best national quarter)',
    ]);
  });

  it('explains how to write a DfE reporting year for a financial-year measure', () => {
    expect(benchmarks('LAC01,2022,99,,,,').problems).toEqual([
      'benchmarks.csv:2:year: error: "2022" is not a year for measure LAC01 (expected a financial year written YYYY-YY, e.g. 2024-25 for April 2024 to March 2025); a DfE reporting year 2022 (to 31 March 2022) is written 2021-22',
    ]);
  });

  it('reports a second row for the same measure and year, keeping the first', () => {
    const { dataset, problems } = benchmarks('LAC01,2021-22,98,,,,', 'LAC01,2021-22,97,,,,');
    expect(dataset.benchmarks).toHaveLength(1);
    expect(problems).toEqual([
      'benchmarks.csv:3:-: error: a second benchmark row for measure LAC01 in 2021-22: the first is on line 2, which is kept. Delete one of them',
    ]);
  });

  it('reports an unknown measure', () => {
    expect(benchmarks('XX1,2021-22,98,,,,').problems).toEqual([
      'benchmarks.csv:2:measure_id: error: measure "XX1" is not in measures.csv: add it there or correct the id. The row is skipped',
    ]);
  });
});

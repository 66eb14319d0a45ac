import { describe, expect, it } from 'vitest';
import { load } from './test-support';

const targets = (...rows: string[]) =>
  load({ 'targets.csv': ['measure_id,year,target,tolerance', ...rows].join('\n') + '\n' }, 'targets.csv');

describe('targets.csv', () => {
  it('reads a target and tolerance in the measure year, keeping the digits as written', () => {
    const { dataset, problems } = targets('EH01,2024-25,85.0,80', 'SEND01,2024,70,', 'CSC02,2024-25,20.5,22');
    expect(problems).toEqual([]);
    expect(dataset.targets).toEqual([
      { measureId: 'EH01', year: '2024-25', target: { value: 85, decimal: '85.0' }, tolerance: { value: 80, decimal: '80' } },
      { measureId: 'SEND01', year: '2024', target: { value: 70, decimal: '70' }, tolerance: null },
      { measureId: 'CSC02', year: '2024-25', target: { value: 20.5, decimal: '20.5' }, tolerance: { value: 22, decimal: '22' } },
    ]);
  });

  it('reads targets as Excel writes them', () => {
    const { dataset, problems } = targets(`EH01,2024-25,85%,"'80.0"`);
    expect(problems).toEqual([]);
    expect(dataset.targets[0]).toMatchObject({ target: { value: 85, decimal: '85' }, tolerance: { value: 80, decimal: '80.0' } });
  });

  it('accepts a tolerance equal to the target', () => {
    expect(targets('EH01,2024-25,85,85').problems).toEqual([]);
  });

  it('reports a tolerance above the target when high is good', () => {
    const { dataset, problems } = targets('EH01,2024-25,85,90');
    expect(dataset.targets).toEqual([]);
    expect(problems).toEqual([
      'targets.csv:2:tolerance: error: the tolerance 90 is above the target 85, but for measure EH01 (high is good) the tolerance is the amber threshold and must be at or below the target',
    ]);
  });

  it('reports a tolerance below the target when low is good', () => {
    expect(targets('CSC02,2024-25,20,18').problems).toEqual([
      'targets.csv:2:tolerance: error: the tolerance 18 is below the target 20, but for measure CSC02 (low is good) the tolerance is the amber threshold and must be at or above the target',
    ]);
  });

  it('reports a target for a measure with polarity none', () => {
    const { dataset, problems } = targets('CSC01,2024-25,450,');
    expect(dataset.targets).toEqual([]);
    expect(problems).toEqual([
      'targets.csv:2:target: error: measure CSC01 has polarity "none" (it is not rated), so it cannot have a target: delete this row or change the measure\'s polarity',
    ]);
  });

  it('reports a special value, a flag or text in a target or tolerance', () => {
    expect(targets('EH01,2024-25,[x],', 'EH01,2025-26,85 [p],', 'EH01,2026-27,85,abc', 'EH01,2027-28,,').problems).toEqual([
      'targets.csv:2:target: error: "[x]" is a special value, but the target must be a number',
      'targets.csv:3:target: error: "85 [p]": the target must be a plain number, without flags such as [p]',
      'targets.csv:4:tolerance: error: "abc" is not a number, but the tolerance must be one (e.g. 85, 85.5%, 1,234)',
      'targets.csv:5:target: error: the target is empty',
    ]);
  });

  it('warns about a bracketed negative target and still reads it', () => {
    const { dataset, problems } = targets('CSC03,2024-25,(2),');
    expect(dataset.targets[0]?.target).toEqual({ value: -2, decimal: '-2' });
    expect(problems).toEqual([
      'targets.csv:2:target: warning: "(2)" was read as -2 (brackets mean a negative number in accounting formats); write -2 to avoid this warning',
    ]);
  });

  it('reports a year that is not in the measure year type', () => {
    expect(targets('EH01,2024/25,85,', 'SEND01,2024-25,70,', 'EH01,2024,85,').problems).toEqual([
      'targets.csv:2:year: error: "2024/25" is not a year for measure EH01 (expected a financial year written YYYY-YY, e.g. 2024-25 for April 2024 to March 2025)',
      'targets.csv:3:year: error: "2024-25" is not a year for measure SEND01 (expected a calendar year written YYYY, e.g. 2024)',
      'targets.csv:4:year: error: "2024" is not a year for measure EH01 (expected a financial year written YYYY-YY, e.g. 2024-25 for April 2024 to March 2025); a DfE reporting year 2024 (to 31 March 2024) is written 2023-24',
    ]);
  });

  it('reports an unknown measure and a bad target of the same row together', () => {
    expect(targets('EH99,2024-25,abc,').problems).toEqual([
      'targets.csv:2:measure_id: error: measure "EH99" is not in measures.csv: add it there or correct the id. The row is skipped',
      'targets.csv:2:target: error: "abc" is not a number, but the target must be one (e.g. 85, 85.5%, 1,234)',
    ]);
  });

  it('reports a second target for the same measure and year, keeping the first', () => {
    const { dataset, problems } = targets('EH01,2024-25,85,', 'EH01,2025-26,86,', 'eh01, 2024-25 ,90,');
    expect(dataset.targets.map((t) => t.target.value)).toEqual([85, 86]);
    expect(problems).toEqual([
      'targets.csv:4:-: error: a second target for measure EH01 in 2024-25: the first is on line 2, which is kept. Delete one of them',
    ]);
  });
});

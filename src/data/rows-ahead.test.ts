import { describe, expect, it } from 'vitest';
import { indexDataset } from '../domain/dataset-index';
import { buildScorecard, defaultQuarter, scorecardRow, type RowAhead, type ScorecardRow } from '../domain/scorecard';
import type { Dataset, FinancialQuarter, Measure } from '../domain/types';
import { DatasetAssembly, headParts, sendingWhileReading, type DatasetPart } from './dataset-transfer';
import { loadDataset, type ContractFileContents } from './load-dataset';
import { prepareDataset } from './prepare-dataset';
import { RowsAhead } from './rows-ahead';
import { MEASURES_CSV, valueCsv } from './test-support';

const months = (id: string, from: number, to: number, value: (i: number) => string = (i) => `${80 + (i % 7)}.${i % 10}`) =>
  Array.from({ length: to - from + 1 }, (_, k) => {
    const i = from + k;
    return `${id},${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')},${value(i)},,,`;
  });

/**
 * EH01 only in early-help.csv, ending in June 2024 (a guess of Q1 2024-25); CSC01 in social-care.csv ending in
 * September 2024, which moves the default quarter to Q2 after EH01's row was made; CSC03 in social-care.csv and again
 * in send.csv (two files); SEND01 annual. Targets, benchmarks and commentary for EH01.
 */
const FILES: ContractFileContents = {
  'measures.csv': MEASURES_CSV,
  'targets.csv': 'measure_id,year,target,tolerance\nEH01,2024-25,85,2\nEH01,2023-24,84,2\n',
  'benchmarks.csv': 'measure_id,year,statistical_neighbours,regional,national\nEH01,2023-24,84,83,82\n',
  'commentary.csv': 'measure_id,period,text\nEH01,2024-06,Staffing recovered in June\n',
  'early-help.csv': valueCsv(...months('EH01', 0, 53)),
  'social-care.csv': valueCsv(...months('CSC01', 0, 56, (i) => String(30 + (i % 9))), ...months('CSC03', 0, 40)),
  'send.csv': valueCsv('SEND01,2023,61,,,', ...months('CSC03', 41, 56)),
};

/**
 * The load as the page does it: every part through structuredClone, rebuilt, and rows worked out ahead between
 * parts, or (`lastRowsLate`) not after the last value file's rows, as when the rest of the parts are already waiting.
 */
function loadWithRowsAhead(files: ContractFileContents, { lateParts = [] as DatasetPart[], lastRowsLate = false } = {}) {
  const parts: DatasetPart[] = [];
  const loaded = loadDataset(files, sendingWhileReading((sent) => parts.push(...[...sent].map(({ part }) => part))));
  const lastRows = parts.findLastIndex((part) => part.kind === 'observations');
  parts.push(...lateParts, ...[...headParts(loaded)].map(({ part }) => part));
  const assembly = new DatasetAssembly();
  const ahead = new RowsAhead(assembly);
  parts.forEach((part, at) => {
    assembly.add(structuredClone(part));
    while (assembly.work(Number.POSITIVE_INFINITY));
    if (lastRowsLate && at >= lastRows) return;
    while (ahead.hasWork()) ahead.work(Number.POSITIVE_INFINITY);
  });
  const dataset = assembly.dataset();
  const given: Array<{ measure: Measure; fq: FinancialQuarter; row: ScorecardRow }> = [];
  const rowsFor = ahead.rowsFor(dataset);
  const recording: RowAhead = (measure, fq) => {
    const row = rowsFor(measure, fq);
    if (row) given.push({ measure, fq, row });
    return row;
  };
  const prepare = prepareDataset(dataset, assembly.observationsByMeasure, recording);
  while (prepare(Number.POSITIVE_INFINITY));
  // Each row given is the row the whole data gives for that measure and quarter.
  const index = indexDataset(dataset);
  for (const { measure, fq, row } of given) expect(row).toEqual(scorecardRow(index, measure, fq));
  return { dataset, used: given.map(({ measure }) => measure.id) };
}

function scorecardOf(dataset: Dataset) {
  const index = indexDataset(dataset);
  return buildScorecard(index, defaultQuarter(index)!);
}

describe('scorecard rows worked out while the data arrives', () => {
  it('gives exactly the scorecard the whole data gives, using the rows made ahead that still hold', () => {
    const { dataset, used } = loadWithRowsAhead(FILES);
    const fresh = loadDataset(FILES);
    expect(defaultQuarter(indexDataset(dataset))).toEqual({ startYear: 2024, quarter: 2 });
    expect(scorecardOf(dataset)).toEqual(scorecardOf(fresh));
    // EH01 was made again for Q2 once CSC01 moved the quarter; CSC03 (two files) and measures without rows are made at the end.
    console.log(used, scorecardOf(dataset).map((r) => [r.measure.id, r.quarter, r.period]));
    expect(used.sort()).toEqual(['CSC01', 'EH01', 'SEND01']);
  });

  it('does not use a row made for a quarter that the last value file moved past', () => {
    const { 'send.csv': _, ...twoFiles } = FILES;
    // EH01's row was made for Q1; the Q2 figures of social-care.csv came last, and nothing was worked out after them.
    const { dataset, used } = loadWithRowsAhead(twoFiles, { lastRowsLate: true });
    expect(defaultQuarter(indexDataset(dataset))).toEqual({ startYear: 2024, quarter: 2 });
    expect(used).toEqual([]);
    expect(scorecardOf(dataset)).toEqual(scorecardOf(loadDataset(twoFiles)));
  });

  it('uses none of them if a small file grew after they were made', () => {
    const late: DatasetPart = { kind: 'items', field: 'targets', items: [{ measureId: 'EH01', year: '2022-23', target: { value: 83, decimal: '83' }, tolerance: null }] };
    const { dataset, used } = loadWithRowsAhead(FILES, { lateParts: [late] });
    expect(used).toEqual([]);
    expect(dataset.targets).toHaveLength(3);
  });

  it('works out nothing ahead with no value rows at all', () => {
    const { dataset, used } = loadWithRowsAhead({ 'measures.csv': MEASURES_CSV, 'targets.csv': FILES['targets.csv']! });
    expect(used).toEqual([]);
    expect(defaultQuarter(indexDataset(dataset))).toBeNull();
  });
});

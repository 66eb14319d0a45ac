import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset, indexSteps } from '../domain/dataset-index';
import { runToEnd } from '../domain/run-steps';
import { streaksOf, summaryExceptions, type Streaks } from '../domain/performance-summary-exceptions';
import { measureRating, type MeasureRating } from '../domain/quarter-ratings';
import { buildScorecard, defaultQuarter, scorecardRow, type ScorecardRow } from '../domain/scorecard';
import type { Dataset, FinancialQuarter, Measure } from '../domain/types';
import { DatasetAssembly, type DatasetPart } from './dataset-transfer';
import { loadDataset, type ContractFileContents } from './load-dataset';
import { prepareDataset } from './prepare-dataset';
import { RowsAhead, type WorkedAhead } from './rows-ahead';
import { MEASURES_CSV, valueCsv, workerParts } from './test-support';

const months = (id: string, from: number, to: number, value: (i: number) => string = (i) => `${80 + (i % 7)}.${i % 10}`) =>
  Array.from({ length: to - from + 1 }, (_, k) => {
    const i = from + k;
    return `${id},${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')},${value(i)},,,`;
  });

/** A quarterly measure's rows from June 2022, rising by one a quarter: red and getting worse for a low-is-good measure with a target of 10. */
const quarters = (id: string, count: number) =>
  Array.from({ length: count + 1 }, (_, i) => `${id},${2022 + Math.floor((5 + 3 * i) / 12)}-${String(((5 + 3 * i) % 12) + 1).padStart(2, '0')},${10 + i},,,`);

/**
 * EH01 only in early-help.csv, ending in June 2024 (a guess of Q1 2024-25); CSC01 in social-care.csv ending in
 * September 2024, which moves the default quarter to Q2 after EH01's row was made; CSC02 there too, red and declining
 * for quarters (streaks); CSC03 in social-care.csv and again in send.csv (two files); SEND01 annual. Targets for EH01
 * and CSC02, benchmarks and commentary for EH01.
 */
const FILES: ContractFileContents = {
  'measures.csv': MEASURES_CSV,
  'targets.csv': 'measure_id,year,target,tolerance\nEH01,2024-25,85,80\nEH01,2023-24,84,83\nCSC02,2023-24,10,11\nCSC02,2024-25,10,11\n',
  'benchmarks.csv': 'measure_id,year,statistical_neighbours,regional,national\nEH01,2023-24,84,83,82\n',
  'commentary.csv': 'measure_id,period,text\nEH01,2024-06,Staffing recovered in June\n',
  'early-help.csv': valueCsv(...months('EH01', 0, 53)),
  'social-care.csv': valueCsv(...months('CSC01', 0, 56, (i) => String(30 + (i % 9))), ...quarters('CSC02', 9), ...months('CSC03', 0, 40)),
  'send.csv': valueCsv('SEND01,2023,61,,,', ...months('CSC03', 41, 56)),
};

/**
 * The load as the page does it: every part through structuredClone, rebuilt, and rows worked out ahead between
 * parts, or (`lastRowsLate`) not after the last value file's rows, as when the rest of the parts are already waiting.
 */
function loadWithRowsAhead(files: ContractFileContents, { lateParts = [] as DatasetPart[], lastRowsLate = false, budgetMs = Number.POSITIVE_INFINITY } = {}) {
  const { reading, last } = workerParts(files);
  const lastRows = reading.findLastIndex((part) => part.kind === 'observations');
  const parts = [...reading, ...lateParts, ...last];
  const assembly = new DatasetAssembly();
  const ahead = new RowsAhead(assembly);
  parts.forEach((part, at) => {
    assembly.add(structuredClone(part));
    while (assembly.work(Number.POSITIVE_INFINITY));
    if (lastRowsLate && at >= lastRows) return;
    while (ahead.hasWork()) ahead.work(budgetMs);
  });
  const dataset = assembly.dataset();
  const worked = ahead.workedAhead(dataset);
  const given = { rows: [] as Array<[Measure, FinancialQuarter, ScorecardRow]>, ratings: [] as Array<[Measure, FinancialQuarter, MeasureRating]>, streaks: [] as Array<[ScorecardRow, Streaks | null]> };
  // An index made ahead is taken only when it is the one the whole dataset gives.
  if (worked.index) expect(worked.index).toEqual(runToEnd(indexSteps(dataset, assembly.observationsByMeasure)));
  const recording: WorkedAhead = {
    index: worked.index,
    row: (measure, fq) => tee(worked.row(measure, fq), (row) => given.rows.push([measure, fq, row])),
    rating: (measure, fq) => tee(worked.rating(measure, fq), (rating) => given.ratings.push([measure, fq, rating])),
    streaks: (row) => tee(worked.streaks(row), (streaks) => given.streaks.push([row, streaks])),
  };
  const prepare = prepareDataset(dataset, assembly.observationsByMeasure, recording);
  while (prepare(Number.POSITIVE_INFINITY));
  // Everything given is what the whole data gives.
  const index = indexDataset(dataset);
  for (const [measure, fq, row] of given.rows) expect(row).toEqual(scorecardRow(index, measure, fq));
  for (const [measure, fq, rating] of given.ratings) expect(rating).toEqual(measureRating(index, measure, fq));
  for (const [row, streaks] of given.streaks) expect(streaks).toEqual(streaksOf(index, row));
  const ids = (list: Array<[{ measure: Measure } | Measure, ...unknown[]]>) => list.map(([item]) => ('measure' in item ? item.measure.id : item.id)).sort();
  return { dataset, worked, used: ids(given.rows), rated: ids(given.ratings), streaked: ids(given.streaks) };
}

function tee<T>(value: T | undefined, use: (value: T) => void): T | undefined {
  if (value !== undefined) use(value);
  return value;
}

function scorecardOf(dataset: Dataset) {
  const index = indexDataset(dataset);
  return buildScorecard(index, defaultQuarter(index)!);
}

describe('scorecard rows worked out while the data arrives', () => {
  it('gives exactly the scorecard the whole data gives, using the rows made ahead that still hold', () => {
    const { dataset, worked, used, rated, streaked } = loadWithRowsAhead(FILES);
    const fresh = loadDataset(FILES);
    expect(defaultQuarter(indexDataset(dataset))).toEqual({ startYear: 2024, quarter: 2 });
    expect(scorecardOf(dataset)).toEqual(scorecardOf(fresh));
    // EH01 was made again for Q2 once CSC01 moved the quarter; CSC03 (two files) and measures without rows are made at the end.
    expect(used).toEqual(['CSC01', 'CSC02', 'EH01', 'SEND01']);
    expect(rated).toEqual(['CSC01', 'CSC02', 'EH01', 'SEND01']);
    // The one exception: red and getting worse for quarters running (red since the first quarter with a target).
    expect(streaked).toEqual(['CSC02']);
    const csc02 = summaryExceptions(indexDataset(dataset), scorecardOf(dataset)).find((e) => e.row.measure.id === 'CSC02');
    expect(csc02).toMatchObject({ kind: 'red-and-declining', redStreak: 6 });
    expect(csc02!.decliningStreak).toBeGreaterThan(1);
    // Streaks go only with the very row made ahead: another row for the measure, however alike, gets none.
    expect(worked.streaks(csc02!.row)).toEqual({ red: 6, declining: csc02!.decliningStreak });
    expect(worked.streaks(scorecardRow(indexDataset(dataset), csc02!.row.measure, csc02!.row.quarter))).toBeUndefined();
  });

  it('gives the same in slices of no time at all: the index and each row a step at a time', () => {
    const whole = loadWithRowsAhead(FILES);
    const sliced = loadWithRowsAhead(FILES, { budgetMs: 0.000_001 });
    expect(sliced.used).toEqual(whole.used);
    expect(sliced.rated).toEqual(whole.rated);
    expect(sliced.streaked).toEqual(whole.streaked);
    expect(scorecardOf(sliced.dataset)).toEqual(scorecardOf(whole.dataset));
  });

  it('does not use a row made for a quarter that the last value file moved past', () => {
    const { 'send.csv': _, ...twoFiles } = FILES;
    // EH01's row was made for Q1 (and its rating for Q4: red, where Q1 is amber); the Q2 figures of social-care.csv
    // came last, and nothing was worked out after them.
    const { dataset, used } = loadWithRowsAhead(twoFiles, { lastRowsLate: true });
    expect(defaultQuarter(indexDataset(dataset))).toEqual({ startYear: 2024, quarter: 2 });
    expect(used).toEqual([]);
    expect(scorecardOf(dataset)).toEqual(scorecardOf(loadDataset(twoFiles)));
  });

  it('moves the guessed quarter on a measure whose rows come from several files, and makes the others again for it', () => {
    // CSC03's September 2024 row comes last, in send.csv, its second file: the default quarter is Q2, not EH01's Q1.
    const files: ContractFileContents = {
      'measures.csv': MEASURES_CSV,
      'early-help.csv': valueCsv(...months('EH01', 0, 53)),
      'social-care.csv': valueCsv(...months('CSC03', 0, 53)),
      'send.csv': valueCsv(...months('CSC03', 54, 56)),
    };
    const { dataset, used } = loadWithRowsAhead(files);
    expect(defaultQuarter(indexDataset(dataset))).toEqual({ startYear: 2024, quarter: 2 });
    expect(used).toEqual(['EH01']);
    expect(scorecardOf(dataset)).toEqual(scorecardOf(loadDataset(files)));
  });

  it('uses none of them if a small file grew after they were made', () => {
    // A target for CSC02's first year: two more red quarters in its streak than were counted ahead.
    const late: DatasetPart = { kind: 'items', field: 'targets', items: [{ measureId: 'CSC02', year: '2022-23', target: { value: 10, decimal: '10' }, tolerance: { value: 11, decimal: '11' } }] };
    const { dataset, used } = loadWithRowsAhead(FILES, { lateParts: [late] });
    expect(used).toEqual([]);
    expect(dataset.targets).toHaveLength(5);
    expect(summaryExceptions(indexDataset(dataset), scorecardOf(dataset)).find((e) => e.row.measure.id === 'CSC02')?.redStreak).toBe(8);
  });

  it('works out nothing ahead with no value rows at all', () => {
    const { dataset, used } = loadWithRowsAhead({ 'measures.csv': MEASURES_CSV, 'targets.csv': FILES['targets.csv']! });
    expect(used).toEqual([]);
    expect(defaultQuarter(indexDataset(dataset))).toBeNull();
  });

  it('gives what the whole data gives, whatever rows come in whatever files, in whatever slices', () => {
    const years = fc.integer({ min: 2021, max: 2024 });
    const figure = fc.oneof(fc.integer({ min: 0, max: 120 }).map(String), fc.integer({ min: 0, max: 999 }).map((n) => `${Math.floor(n / 10)}.${n % 10}`), fc.constant('[c]'));
    // A row of one of MEASURES_CSV's measures, its period written as that measure's frequency and year type ask.
    const row = fc.oneof(
      fc.tuple(fc.constantFrom('EH01', 'CSC01', 'CSC03'), years, fc.integer({ min: 1, max: 12 })).map(([id, y, m]) => `${id},${y}-${String(m).padStart(2, '0')}`),
      fc.tuple(years, fc.constantFrom(3, 6, 9, 12)).map(([y, m]) => `CSC02,${y}-${String(m).padStart(2, '0')}`),
      fc.tuple(years, fc.constantFrom(2, 5, 8, 11)).map(([y, m]) => `SEND02,${y}-${String(m).padStart(2, '0')}`),
      years.map((y) => `SEND01,${y}`),
      years.map((y) => `LAC01,${y}-${String((y + 1) % 100).padStart(2, '0')}`),
    );
    const file = fc.constantFrom('early-help.csv', 'social-care.csv', 'send.csv', 'lac-sufficiency.csv');
    const rows = fc.array(fc.tuple(file, row, figure), { minLength: 1, maxLength: 60 });
    const target = fc.tuple(fc.constantFrom('EH01', 'CSC02', 'CSC03'), years, fc.integer({ min: 1, max: 99 })).map(([id, y, t]) => `${id},${y}-${String((y + 1) % 100).padStart(2, '0')},${t},`);
    const targets = fc.array(target, { maxLength: 8 });
    fc.assert(
      fc.property(rows, targets, fc.boolean(), fc.boolean(), (valueRows, targetRows, sliced, lastRowsLate) => {
        const files: Record<string, string> = { 'measures.csv': MEASURES_CSV, 'targets.csv': `measure_id,year,target,tolerance\n${targetRows.join('\n')}\n` };
        for (const [name, text, value] of valueRows) files[name] = (files[name] ?? 'measure_id,period,value,numerator,denominator,note\n') + `${text},${value},,,\n`;
        // loadWithRowsAhead checks that every row, rating and streak given equals the fresh one.
        const { dataset } = loadWithRowsAhead(files as ContractFileContents, { budgetMs: sliced ? 0.000_001 : Number.POSITIVE_INFINITY, lastRowsLate });
        const fresh = indexDataset(loadDataset(files as ContractFileContents));
        const index = indexDataset(dataset);
        expect(defaultQuarter(index)).toEqual(defaultQuarter(fresh));
        const quarter = defaultQuarter(fresh);
        if (quarter) {
          expect(buildScorecard(index, quarter)).toEqual(buildScorecard(fresh, quarter));
          expect(summaryExceptions(index, buildScorecard(index, quarter))).toEqual(summaryExceptions(fresh, buildScorecard(fresh, quarter)));
        }
      }),
      { numRuns: 150 },
    );
  });
});

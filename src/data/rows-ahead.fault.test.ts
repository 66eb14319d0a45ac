import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexDataset } from '../domain/dataset-index';
import { buildScorecard, defaultQuarter } from '../domain/scorecard';
import { DatasetAssembly } from './dataset-transfer';
import { loadDataset } from './load-dataset';
import { prepareDataset } from './prepare-dataset';
import { RowsAhead } from './rows-ahead';
import { MEASURES_CSV, valueCsv, workerParts } from './test-support';

// A fault while working a row out ahead (here: every row RowsAhead asks for throws; the scorecard's own rows do not).
vi.mock(import('../domain/scorecard'), async (importOriginal) => ({
  ...(await importOriginal()),
  scorecardRow: () => {
    throw new Error('a fault in the scorecard');
  },
}));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a fault in the work done ahead', () => {
  it('is reported on the console, and the load carries on to the scorecard the whole data gives', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const files = { 'measures.csv': MEASURES_CSV, 'early-help.csv': valueCsv('EH01,2024-05,85.1,,,', 'EH01,2024-06,86,,,'), 'send.csv': valueCsv('SEND01,2024,61,,,') };
    const { reading, last } = workerParts(files);
    const parts = [...reading, ...last];
    const assembly = new DatasetAssembly();
    const ahead = new RowsAhead(assembly);
    const worked: boolean[] = [];
    for (const part of parts) {
      assembly.add(structuredClone(part));
      while (assembly.work(Number.POSITIVE_INFINITY));
      while (ahead.hasWork()) worked.push(ahead.work(Number.POSITIVE_INFINITY));
    }
    // One failed try, then nothing more is tried.
    expect(worked).toEqual([false]);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('Working out the scorecard while the data arrived failed'), expect.any(Error));
    const dataset = assembly.dataset();
    const given = ahead.workedAhead(dataset);
    const prepare = prepareDataset(dataset, assembly.observationsByMeasure, given);
    while (prepare(Number.POSITIVE_INFINITY));
    const index = indexDataset(dataset);
    expect(index.measures.map((measure) => given.row(measure, defaultQuarter(index)!))).toEqual(index.measures.map(() => undefined));
    const fresh = indexDataset(loadDataset(files));
    expect(buildScorecard(index, defaultQuarter(index)!)).toEqual(buildScorecard(fresh, defaultQuarter(fresh)!));
  });
});

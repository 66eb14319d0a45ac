import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../domain/dataset-index';
import type { Dataset } from '../domain/types';
import { READ_ORDER } from './contract-files';
import { DatasetAssembly, fileParts, headParts, indexOrder, ObservationSender, sendingWhileReading, type DatasetPart } from './dataset-transfer';
import { loadDataset, type ContractFileContents } from './load-dataset';
import { load, MEASURES_CSV, valueCsv, workerParts } from './test-support';

/** A whole dataset's parts, in the order the worker sends them while reading: the small files, each value file's rows, then the head. */
function* datasetParts(dataset: Dataset): Generator<{ part: DatasetPart; transfer: Transferable[] }> {
  for (const spec of READ_ORDER) yield* fileParts(spec, dataset);
  const sender = new ObservationSender();
  const { observations } = dataset;
  // Dataset.observations holds each value file's rows in turn.
  for (let from = 0; from < observations.length; ) {
    const file = observations[from]!.source.file;
    let to = from + 1;
    while (to < observations.length && observations[to]!.source.file === file) to++;
    yield* sender.parts(observations.slice(from, to));
    from = to;
  }
  yield* headParts(dataset);
}

/** 70,000 monthly rows of EH01 from January 2000 (more than one chunk of 65,536), the figure of row i given. */
const manyRows = (figure: (i: number) => string = (i) => String(i % 100)) =>
  Array.from({ length: 70_000 }, (_, i) => `EH01,${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')},${figure(i)},,,`);

/** 70,000 rows of one monthly measure (two chunks): a trailing zero every 7th figure (85.50), a flag every 11th. */
function writtenFiguresDataset(): Dataset {
  const rows = manyRows((i) => (i % 11 === 0 ? `${i % 50}.5 [p]` : i % 7 === 0 ? `${i % 50}.50` : `${i % 50}`));
  return load({ 'early-help.csv': valueCsv(...rows) }).dataset;
}

/** What the page does with the worker's messages: add every part, rebuilding in small slices as they come. */
function rebuild(parts: Iterable<{ part: DatasetPart }>): { rebuilt: Dataset; assembly: DatasetAssembly; messages: number } {
  const assembly = new DatasetAssembly();
  let messages = 0;
  for (const { part } of parts) {
    // Through structuredClone, as postMessage would, so nothing relies on sharing objects with the worker.
    assembly.add(structuredClone(part));
    messages++;
    while (assembly.work(0.01));
  }
  return { rebuilt: assembly.dataset(), assembly, messages };
}

function sendAndRebuild(dataset: Dataset) {
  return rebuild(datasetParts(dataset));
}

/** As the worker sends them: each file's part as loadDataset reads it, then the head. */
function streamAndRebuild(files: ContractFileContents) {
  const parts: Array<{ part: DatasetPart }> = [];
  const dataset = loadDataset(files, sendingWhileReading((sent) => parts.push(...sent)));
  parts.push(...headParts(dataset));
  return { dataset, ...rebuild(parts) };
}

/** The index's groups, as rebuilt on the page, must be exactly indexDataset's: same measures in the same order, same rows. */
function expectIndexGroups(dataset: Dataset, assembly: DatasetAssembly): void {
  const index = indexDataset(dataset);
  expect([...assembly.observationsByMeasure.keys()]).toEqual([...index.observationsByMeasure.keys()]);
  for (const [id, rows] of index.observationsByMeasure) expect(assembly.observationsByMeasure.get(id)).toEqual(rows);
}

function sampleFiles(): ContractFileContents {
  const dir = join(import.meta.dirname, '..', '..', 'data');
  const files: ContractFileContents = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv'))) (files as Record<string, Uint8Array>)[name] = new Uint8Array(readFileSync(join(dir, name)));
  return files;
}

describe('sending a dataset from the worker in parts', () => {
  it('sends each small file as it is read, all before the first value row: the page has them while the rows come', () => {
    const sent: string[] = [];
    loadDataset(sampleFiles(), sendingWhileReading((parts) => {
      for (const { part } of parts) sent.push(part.kind === 'items' ? part.field : part.kind === 'observations' ? part.newFiles.join() || 'rows' : part.kind);
    }));
    expect(sent).toEqual(['measures', 'targets', 'benchmarks', 'commentary', 'glossary', 'actions', 'early-help.csv', 'social-care.csv', 'send.csv', 'lac-sufficiency.csv']);
  });

  it('says when a measure\'s rows in a file are all rebuilt: once per file, across chunks, the file\'s last measure too', () => {
    const ehRows = manyRows();
    const { reading } = workerParts({ 'measures.csv': MEASURES_CSV, 'early-help.csv': valueCsv(...ehRows, 'CSC01,2024-06,40,,,'), 'social-care.csv': valueCsv('CSC01,2024-05,41,,,', 'CSC03,2024-06,9,,,') });
    const assembly = new DatasetAssembly();
    const completed: string[][] = [];
    for (const part of reading.filter((p) => p.kind === 'observations')) {
      assembly.add(structuredClone(part));
      while (assembly.work(Number.POSITIVE_INFINITY));
      completed.push(assembly.takeCompleted());
    }
    // early-help.csv in two chunks (65,536 rows of EH01, then the rest and CSC01), then social-care.csv.
    expect(completed).toEqual([[], ['EH01', 'CSC01'], ['CSC01', 'CSC03']]);
    expect(['EH01', 'CSC01', 'CSC03'].map((id) => assembly.fromSeveralFiles(id))).toEqual([false, true, false]);
  });

  it('rebuilds the sample data exactly, and groups its rows as indexDataset does', () => {
    const files = sampleFiles();
    const dataset = loadDataset(files);
    const { rebuilt, assembly } = streamAndRebuild(files);
    expect(rebuilt).toEqual(dataset);
    expect(dataset.observations.length).toBeGreaterThan(1000);
    expectIndexGroups(dataset, assembly);
  });

  it('keeps digits as written, flags, special values, notes and source lines', () => {
    // 85.10 keeps its trailing zero; 1,234 is read as 1234 (its digits are String(1234)); [c] carries to the numerator.
    const { dataset } = load({
      'social-care.csv': valueCsv('EH01,2024-06,85.10,57,67,June note', 'EH01,2024-05,"1,234 [p][r]",,,', 'EH01,2024-04,[c],3,67,', 'CSC03,2024-04,.5,,,'),
    });
    expect(dataset.observations).toHaveLength(4);
    const { rebuilt } = sendAndRebuild(dataset);
    expect(rebuilt.observations).toEqual(dataset.observations);
    expect(rebuilt.observations.map((o) => (o.value.kind === 'number' ? [o.value.decimal, o.value.flags] : o.value.code))).toEqual([
      ['85.10', []],
      ['1234', ['p', 'r']],
      'c',
      ['0.5', []],
    ]);
    expect(rebuilt.observations[0]!.note).toBe('June note');
    expect(rebuilt.observations[2]!.source).toEqual({ file: 'social-care.csv', line: 4 });
  });

  it('keeps written digits and their flags in order across chunks and slices, sharing the cells without flags', () => {
    // 70,000 rows (two chunks), rebuilt in slices of about a thousand rows: trailing zeros every 7th row, a flag every
    // 11th, and the written digits must stay with their rows wherever a chunk or a slice ends.
    const dataset = writtenFiguresDataset();
    const { rebuilt } = sendAndRebuild(dataset);
    expect(rebuilt.observations).toEqual(dataset.observations);
    const written = rebuilt.observations.filter((o) => o.value.kind === 'number' && o.value.decimal.endsWith('.50'));
    expect(written.length).toBeGreaterThan(5000);
    expect(new Set(written.filter((o) => o.value.kind === 'number' && o.value.value === 12.5).map((o) => o.value)).size).toBe(1);
  });

  it('rebuilds two chunks waiting together in one go, the second picking up its own written figures', () => {
    const dataset = writtenFiguresDataset();
    const assembly = new DatasetAssembly();
    // Every part added before any is rebuilt, so one call moves from the first chunk straight into the second.
    for (const { part } of datasetParts(dataset)) assembly.add(structuredClone(part));
    while (assembly.work(Number.POSITIVE_INFINITY));
    expect(assembly.dataset().observations).toEqual(dataset.observations);
  });

  it('says so, rather than misplacing figures, if a chunk brings more written figures than its rows use', () => {
    const { dataset } = load({ 'social-care.csv': valueCsv('EH01,2024-06,85.10,57,67,') });
    const assembly = new DatasetAssembly();
    for (const { part } of datasetParts(dataset)) {
      const copy = structuredClone(part);
      if (copy.kind === 'observations') copy.writtenDigits += ',99.90';
      assembly.add(copy);
    }
    expect(() => {
      while (assembly.work(Number.POSITIVE_INFINITY));
    }).toThrow(/did not match their rows on the page; please report this/);
  });

  it('sends a large dataset in many small messages', () => {
    // 70,000 rows of one monthly measure: more than one chunk of 65,536 observations, so two observation parts.
    const rows = manyRows();
    const { dataset } = load({ 'early-help.csv': valueCsv(...rows) });
    expect(dataset.observations).toHaveLength(70_000);
    const { rebuilt, messages } = sendAndRebuild(dataset);
    // head + measures + problems + filesPresent + two observation chunks (no warnings: values 0-99 in a percentage)
    expect(messages).toBeGreaterThanOrEqual(5);
    expect(rebuilt.observations).toEqual(dataset.observations);
  });

  it('rebuilds the rows of each value file as the worker sends them while reading the next', () => {
    // EH01 in two files, its later file holding earlier months; CSC01 only in the second; rows in period order first.
    const files: ContractFileContents = {
      'measures.csv': MEASURES_CSV,
      'early-help.csv': valueCsv('EH01,2024-06,1,,,', 'CSC03,2024-06,9,,,', 'EH01,2024-05,2,,,', 'CSC03,2024-04,8,,,'),
      'social-care.csv': valueCsv('CSC01,2024-06,5,,,', 'EH01,2024-04,3,,,', 'EH01,2024-07,4,,,', 'CSC01,2024-05,6,,,'),
    };
    const { dataset, rebuilt, assembly } = streamAndRebuild(files);
    expect(dataset.observations).toHaveLength(8);
    expect(rebuilt).toEqual(dataset);
    expect(assembly.observationsByMeasure.get('EH01')!.map((o) => o.value.kind === 'number' && o.value.decimal)).toEqual(['3', '2', '1', '4']);
    expectIndexGroups(dataset, assembly);
    // The same parts as datasetParts makes from the finished dataset.
    expect(sendAndRebuild(dataset).rebuilt).toEqual(rebuilt);
  });

  it('keeps one period of a measure in file order across files, as indexDataset does', () => {
    // The same month twice (a duplicate across files is an error and the second row is dropped), so a different
    // measure per file: what matters is that groups merged from two files are sorted stably.
    const files: ContractFileContents = {
      'measures.csv': MEASURES_CSV,
      'early-help.csv': valueCsv('EH01,2024-06,1,,,'),
      'social-care.csv': valueCsv('EH01,2024-05,2,,,'),
      'send.csv': valueCsv('EH01,2024-04,3,,,', 'EH01,2024-06,9,,,'),
    };
    const { dataset, rebuilt, assembly } = streamAndRebuild(files);
    expect(dataset.problems.some((p) => p.file === 'send.csv' && /a second row for measure EH01/.test(p.message))).toBe(true);
    expect(rebuilt).toEqual(dataset);
    expectIndexGroups(dataset, assembly);
  });

  it('says so, rather than showing a scorecard with rows missing, if a part never arrives', () => {
    const rows = manyRows();
    const { dataset } = load({ 'early-help.csv': valueCsv(...rows) });
    const parts = [...datasetParts(dataset)];
    const lastChunk = parts.findLastIndex(({ part }) => part.kind === 'observations');
    expect(parts.filter(({ part }) => part.kind === 'observations')).toHaveLength(2);
    expect(() => rebuild(parts.filter((_, i) => i !== lastChunk))).toThrow('the data could not be read: 65536 of the 70000 value rows reached the page');
  });

  it('orders rows by measure as first met, then by period end, keeping file order for one period', () => {
    const { dataset } = load({ 'early-help.csv': valueCsv('EH01,2024-06,1,,,', 'CSC01,2024-05,2,,,', 'EH01,2024-04,3,,,') });
    expect([...indexOrder(dataset.observations)]).toEqual([2, 0, 1]);
  });
});

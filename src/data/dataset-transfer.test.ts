import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../domain/dataset-index';
import type { Dataset } from '../domain/types';
import { DatasetAssembly, datasetParts, indexOrder } from './dataset-transfer';
import { loadDataset, type ContractFileContents } from './load-dataset';
import { load, valueCsv } from './test-support';

/** What the page does with the worker's messages: add every part, rebuilding in small slices as they come. */
function sendAndRebuild(dataset: Dataset): { rebuilt: Dataset; assembly: DatasetAssembly; messages: number } {
  const assembly = new DatasetAssembly();
  let messages = 0;
  for (const { part } of datasetParts(dataset)) {
    // Through structuredClone, as postMessage would, so nothing relies on sharing objects with the worker.
    assembly.add(structuredClone(part));
    messages++;
    while (assembly.work(0.01));
  }
  return { rebuilt: assembly.dataset(), assembly, messages };
}

describe('sending a dataset from the worker in parts', () => {
  it('rebuilds the sample data exactly, and groups its rows as indexDataset does', () => {
    const dir = join(import.meta.dirname, '..', '..', 'data');
    const files: ContractFileContents = {};
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv'))) (files as Record<string, Uint8Array>)[name] = new Uint8Array(readFileSync(join(dir, name)));
    const dataset = loadDataset(files);
    const { rebuilt, assembly } = sendAndRebuild(dataset);
    expect(rebuilt).toEqual(dataset);
    expect(dataset.observations.length).toBeGreaterThan(1000);
    const index = indexDataset(dataset);
    expect([...assembly.observationsByMeasure.keys()]).toEqual([...index.observationsByMeasure.keys()]);
    for (const [id, rows] of index.observationsByMeasure) expect(assembly.observationsByMeasure.get(id)).toEqual(rows);
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

  it('sends a large dataset in many small messages', () => {
    // 70,000 rows of one monthly measure: more than one chunk of 65,536 observations, so two observation parts.
    const rows = Array.from({ length: 70_000 }, (_, i) => `EH01,${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')},${i % 100},,,`);
    const { dataset } = load({ 'early-help.csv': valueCsv(...rows) });
    expect(dataset.observations).toHaveLength(70_000);
    const { rebuilt, messages } = sendAndRebuild(dataset);
    // head + measures + problems + filesPresent + two observation chunks (no warnings: values 0-99 in a percentage)
    expect(messages).toBeGreaterThanOrEqual(5);
    expect(rebuilt.observations).toEqual(dataset.observations);
  });

  it('orders rows by measure as first met, then by period end, keeping file order for one period', () => {
    const { dataset } = load({ 'early-help.csv': valueCsv('EH01,2024-06,1,,,', 'CSC01,2024-05,2,,,', 'EH01,2024-04,3,,,') });
    expect([...indexOrder(dataset.observations)]).toEqual([2, 0, 1]);
  });
});

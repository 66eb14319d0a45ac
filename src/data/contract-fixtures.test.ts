// Whole data folders checked in under tests/fixtures/contract/<case>/, read as the command line reads them.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isContractFileName } from './contract-files';
import { formatProblem, summaryLine } from './format-problem';
import { loadDataset, type ContractFileContents } from './load-dataset';

const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/contract');

function loadFixture(name: string) {
  const dir = resolve(FIXTURES, name);
  const files: ContractFileContents = {};
  for (const file of readdirSync(dir)) {
    if (isContractFileName(file)) files[file] = new Uint8Array(readFileSync(resolve(dir, file)));
  }
  return { dir, dataset: loadDataset(files) };
}

describe('fixture: complete (every file, BOM, CRLF, quoted cells, a multi-line commentary)', () => {
  const { dataset } = loadFixture('complete');

  it('loads with no problems and keeps every row', () => {
    expect(dataset.problems).toEqual([]);
    expect(summaryLine(dataset)).toBe('37 rows read, 37 kept, 0 errors, 0 warnings');
    expect(dataset.filesPresent).toHaveLength(10);
  });

  it('reads the provisional June figure with its tally', () => {
    const june = dataset.observations.find((o) => o.measureId === 'EH01' && o.period.end === 2024 * 12 + 5);
    expect(june).toMatchObject({
      value: { kind: 'number', value: 85.1, flags: ['p'] },
      numerator: { value: 57 },
      denominator: { value: 67 },
      note: 'Provisional: one case still being checked',
      source: { file: 'early-help.csv', line: 4 },
    });
  });

  it('keeps a suppressed quarter suppressed, numerator included', () => {
    const q2 = dataset.observations.find((o) => o.measureId === 'LAC02' && o.period.end === 2024 * 12 + 8);
    expect(q2).toMatchObject({ value: { kind: 'special', code: 'c' }, numerator: { kind: 'special', code: 'c' } });
  });

  it('reads targets, benchmarks, commentary, glossary and settings', () => {
    expect(dataset.targets).toHaveLength(5);
    expect(dataset.benchmarks.find((b) => b.measureId === 'CSC02')).toMatchObject({
      year: '2021-22',
      yearEnd: 2022 * 12 + 2,
      quartile: 'C',
      source: 'DfE LAIT, published 2023-11',
    });
    expect(dataset.commentary[0]?.text).toBe(
      'Performance improved after the duty desk was restaffed in May.\nTwo families could not be reached in June.',
    );
    expect(dataset.glossary.map((g) => g.term)).toEqual(['EHCP', 'LAC']);
    expect(dataset.settings.queryEmail).toBe('governance.advisor@example.gov.uk');
  });
});

describe('fixture: messy (a problem of every kind)', () => {
  it('reports exactly the problems worked out by hand in expected-problems.txt, sorted, with the summary', () => {
    const { dir, dataset } = loadFixture('messy');
    const expected = readFileSync(resolve(dir, 'expected-problems.txt'), 'utf8').trimEnd().split('\n');
    expect([...dataset.problems.map(formatProblem), summaryLine(dataset)]).toEqual(expected);
  });

  it('still shows every good row, a CRLF note inside quotes read with plain line ends', () => {
    const { dataset } = loadFixture('messy');
    expect(dataset.usable).toBe(true);
    expect(dataset.measures.map((m) => m.id)).toEqual(['EH01', 'CSC01', 'CSC02', 'LAC01']);
    expect(dataset.observations.map((o) => `${o.source.file}:${o.source.line}`)).toEqual([
      'early-help.csv:2',
      'early-help.csv:3',
      'early-help.csv:7',
      'early-help.csv:10',
      'early-help.csv:11',
      'early-help.csv:13',
      'early-help.csv:15',
      'social-care.csv:4',
      'lac-sufficiency.csv:2',
      'lac-sufficiency.csv:3',
      'lac-sufficiency.csv:4',
    ]);
    expect(dataset.observations.find((o) => o.source.line === 3)?.note).toBe('Note over\ntwo lines');
  });
});

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isContractFileName } from '../data/contract-files';
import { fetchDataFolder } from '../data/fetch-data-folder';
import { loadDataset, type ContractFileContents } from '../data/load-dataset';
import { MEASURES_CSV, valueCsv } from '../data/test-support';
import { GENERIC_KIND, HELP_KINDS, problemHelp } from './problem-help';
import type { Problem } from './types';

const ROOT = resolve(import.meta.dirname, '../..');
const utf8 = (text: string) => new TextEncoder().encode(text);

function readFolder(dir: string): ContractFileContents {
  const files: ContractFileContents = {};
  for (const name of readdirSync(dir)) if (isContractFileName(name)) files[name] = new Uint8Array(readFileSync(resolve(dir, name)));
  return files;
}

/** Every broken data folder the tests keep: the contract fixtures (but the clean one) and the app's malformed mock. */
const BROKEN_FOLDERS = [
  ...readdirSync(resolve(ROOT, 'tests/fixtures/contract'))
    .map((name) => resolve(ROOT, 'tests/fixtures/contract', name))
    .filter((dir) => statSync(dir).isDirectory() && !dir.endsWith('/complete')),
  resolve(ROOT, 'mocks/fixtures/malformed'),
];

function unhelped(problems: readonly Problem[]): string[] {
  return problems.filter((problem) => problemHelp(problem).kind === GENERIC_KIND).map((p) => `${p.file}:${p.line}: ${p.message}`);
}

describe('problemHelp on the broken fixtures', () => {
  it.each(BROKEN_FOLDERS)('gives every problem the loader reports in %s its own help', (dir) => {
    const { problems } = loadDataset(readFolder(dir));
    expect(problems.length).toBeGreaterThan(0);
    expect(unhelped(problems)).toEqual([]);
  });

  const messy = loadDataset(readFolder(resolve(ROOT, 'tests/fixtures/contract/messy'))).problems;
  const at = (file: string, line: number) => messy.filter((p) => p.file === file && p.line === line).map(problemHelp);

  it('explains a bad month and says how periods are written', () => {
    // early-help.csv line 5: EH01,2024-13,85 - there is no 13th month.
    const [help] = at('early-help.csv', 5);
    expect(help?.kind).toBe('bad-period');
    expect(help?.explanation).toMatch(/months run 01 to 12/);
    expect(help?.fix).toMatch(/2024-06/);
  });

  it('names the row to compare a duplicate with, in the other file', () => {
    // social-care.csv line 2 repeats EH01 2024-06, first given at early-help.csv line 7.
    expect(at('social-care.csv', 2)[0]).toMatchObject({ kind: 'duplicate-value', fix: 'Delete the row that is wrong: this one, or early-help.csv line 7.' });
  });

  it('turns the "which legacy symbol" and "which accounting negative" into the thing to write', () => {
    // benchmarks.csv line 4: regional "k"; early-help.csv line 11: "(12)".
    expect(at('benchmarks.csv', 4)[0]).toMatchObject({ kind: 'legacy-symbol', fix: 'Write [low].' });
    expect(at('early-help.csv', 11)[0]).toMatchObject({ kind: 'bracket-negative', fix: 'Write -12 if it is negative, or the number without brackets if it is not.' });
    // benchmarks.csv line 2: "2022" as DfE writes its reporting year.
    expect(at('benchmarks.csv', 2)[0]).toMatchObject({ kind: 'bad-year', fix: 'Write 2021-22: DfE’s reporting years end on 31 March.' });
  });

  it('points a row whose measure is broken to the line of measures.csv to fix', () => {
    // targets.csv line 6 uses SEND01, whose measures.csv line 7 has the unit "percentage".
    expect(at('targets.csv', 6)[0]).toMatchObject({ kind: 'unreadable-measure', fix: 'Fix measures.csv line 7; this row is then read as usual.' });
  });
});

const measures = (...rows: string[]) => ['id,area,title,unit,polarity,frequency,decimals,spc_baseline', ...rows].join('\n');
const ACTIONS_HEADER = 'ref,priority,action,due,status';

/** Small folders that each provoke the problems named, with MEASURES_CSV (test-support) unless measures.csv is given. */
const CASES: ReadonlyArray<[string, ContractFileContents]> = [
  ['wrong-frequency, wrong-year-type', { 'early-help.csv': valueCsv('EH01,2024-25 Q3,85,,,', 'SEND01,2024-25,85,,,') }],
  ['bad-period, invalid-id, flag-without-number, bad-flag, not-a-number', { 'early-help.csv': valueCsv('EH01,2024/25,85,,,', 'EH 01,2024-06,85,,,', 'EH01,2024-07,[p],,,', 'EH01,2024-08,85 [q],,,', 'EH01,2024-09,n/a,,,') }],
  ['required-empty, unknown-measure', { 'early-help.csv': valueCsv('EH01,,85,,,', 'XX9,2024-06,1,,,') }],
  ['implausible-percent, negative, ratio-mismatch, zero-denominator, small-count, bracket-negative', { 'early-help.csv': valueCsv('EH01,2024-04,850,,,', 'CSC03,2024-06,-2.5,,,', 'EH01,2024-05,85.1,57,60,', 'EH01,2024-06,0,0,0,', 'CSC01,2024-06,2,,,', 'CSC01,2024-07,(5),,,') }],
  ['legacy-symbol', { 'early-help.csv': valueCsv('EH01,2024-06,..,,,') }],
  ['fractions', { 'early-help.csv': valueCsv('EH01,2024-06,0.851,,,') }],
  ['duplicate-value', { 'early-help.csv': valueCsv('EH01,2024-06,85,,,'), 'social-care.csv': valueCsv('EH01,2024-06,86,,,') }],
  ['repeated-header, too-many-cells, too-few-cells, short-row', { 'early-help.csv': valueCsv('measure_id,period,value,numerator,denominator,note', 'EH01,2024-06,1,234,57,67,A note', 'EH01,2024-07', 'EH01,2024-08,85') }],
  ['split-number', { 'early-help.csv': valueCsv('EH01,2024-06,£6,436.00,,,') }],
  ['unclosed-quote', { 'early-help.csv': valueCsv('EH01,2024-06,85,,,"open') }],
  ['misplaced-quote', { 'early-help.csv': valueCsv('EH01,"2024-06"x,85,,,') }],
  ['header-syntax', { 'early-help.csv': 'measure_id,"period"x,value\nEH01,2024-06,85\n' }],
  ['missing-column, unknown-column', { 'early-help.csv': 'Measure ID,period,value\nEH01,2024-06,85\n' }],
  ['duplicate-column, unnamed-column', { 'early-help.csv': 'measure_id,period,value,value,\nEH01,2024-06,85,86,\n' }],
  ['empty-file', { 'early-help.csv': '' }],
  ['no-header', { 'early-help.csv': 'EH01,2024-06,85\nEH01,2024-07,86\n', 'social-care.csv': 'Code,Month,Figure\nEH01,2024-06,85\n' }],
  ['no-measure-rows', { 'measures.csv': 'id,area,title,unit,polarity,frequency\n', 'early-help.csv': valueCsv('EH01,2024-06,85,,,') }],
  ['not-csv', { 'early-help.csv': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]) }],
  ['not-utf8', { 'early-help.csv': new Uint8Array([...utf8(valueCsv('EH01,2024-06,85,,,Caf')), 0xe9]) }],
  ['utf-16', { 'early-help.csv': new Uint8Array([0xff, 0xfe, ...[...valueCsv('EH01,2024-06,85,,,')].flatMap((c) => [c.charCodeAt(0), 0])]) }],
  ['no-value-files', {}],
  ['no-measures, needs-measures', { 'measures.csv': undefined, 'early-help.csv': valueCsv('EH01,2024-06,85,,,') }],
  [
    'duplicate-measure-id, not-area, bad-decimals, not-in-list, spc-baseline, unreadable-measure',
    {
      'measures.csv': measures(
        'EH01,early-help,A,percent,high,monthly,,2024-13',
        'eh01,early-help,B,percent,high,monthly,,',
        'EH02,Early Help,C,percent,high,monthly,,',
        'EH03,early-help,D,percent,high,monthly,4,',
        'EH04,early-help,E,percentage,high,monthly,,',
      ),
      'early-help.csv': valueCsv('EH04,2024-06,85,,,'),
    },
  ],
  [
    'bad-year, threshold-not-number, threshold-special, threshold-flag, target-on-unrated, tolerance-wrong-side, duplicate-row',
    { 'targets.csv': 'measure_id,year,target,tolerance\nEH01,2024,85,\nEH01,2023-24,abc,\nEH01,2022-23,[x],\nEH01,2021-22,85 [p],\nCSC01,2024-25,5,\nEH01,2024-25,85,90\nCSC02,2024-25,20,25\nCSC02,2024-25,21,26\n' },
  ],
  ['not-quartile, duplicate-row', { 'benchmarks.csv': 'measure_id,year,quartile\nLAC01,2021-22,E\nLAC01,2022-23,A\nLAC01,2022-23,B\n' }],
  ['empty-commentary, duplicate-row', { 'commentary.csv': 'measure_id,period,text\nEH01,2024-06,\nEH01,2024-07,One\nEH01,2024-07,Two\n' }],
  ['duplicate-term', { 'glossary.csv': 'term,definition\nEHCP,A plan\nehcp,Another\n' }],
  [
    'unknown-setting, duplicate-setting, not-email, not-web-address',
    { 'settings.csv': 'key,value\ntheme,dark\nauthority_name,A\nauthority_name,B\nquery_email,nobody\ncouncil_plan_url,javascript:alert(1)\n' },
  ],
  ['not-brag, not-date, duplicate-action', { 'actions.csv': `${ACTIONS_HEADER}\nA1,P,Do it,2025-03-31,Purple\nA2,P,Do it,31/12/2024,Blue\nA3,P,Do it,2025-03-31,Green\na3,P,Again,2025-03-31,Green\n` }],
];

describe('problemHelp on every check the loader makes', () => {
  const reached = new Set<string>();

  it.each(CASES)('%s', (kinds, files) => {
    const { problems } = loadDataset({ 'measures.csv': MEASURES_CSV, ...files });
    const found = problems.map((problem) => problemHelp(problem).kind);
    found.forEach((kind) => reached.add(kind));
    expect(unhelped(problems)).toEqual([]);
    for (const kind of kinds.split(', ')) expect(found).toContain(kind);
  });

  it('recognises the problems raised outside the loader: a failed download, the command line, a fault', async () => {
    const failing = (async () => new Response('busy', { status: 503, statusText: 'Service Unavailable' })) as typeof fetch;
    const fetched = await fetchDataFolder('http://example.test/', failing);
    expect(fetched.problems.length).toBeGreaterThan(0);
    const others: Problem[] = [
      ...fetched.problems,
      // Written as src/cli/run-cli.ts and src/data/load-dataset.ts write them.
      { file: 'notes.csv', line: 0, column: '-', severity: 'notice', message: "notes.csv is not one of the scorecard's files, so it was not read (see data/README.md for the file names)" },
      { file: 'send.csv', line: 0, column: '-', severity: 'error', message: 'the file could not be read because of an unexpected fault in the scorecard (Error: boom); please report this' },
      { file: 'send.csv', line: 3, column: '-', severity: 'error', message: 'the row could not be read as CSV (Too many fields). The row is skipped' },
    ];
    const kinds = others.map((problem) => problemHelp(problem).kind);
    expect(kinds.slice(-3)).toEqual(['not-contract-file', 'loader-fault', 'unreadable-row']);
    expect(kinds[0]).toBe('fetch-failed');
    kinds.forEach((kind) => reached.add(kind));
  });

  it('has reached every kind of help above (so none is dead or misspelt)', () => {
    expect(HELP_KINDS.filter((kind) => !reached.has(kind))).toEqual([]);
  });
});

describe('problemHelp for a problem it does not know', () => {
  const unknown = (severity: Problem['severity']) =>
    problemHelp({ file: 'send.csv', line: 4, column: 'value', severity, message: 'a check added after this help was written' });

  it('falls back to general help that still says what happened to the row and what to do', () => {
    expect(unknown('error')).toEqual({
      kind: 'other',
      explanation:
        'The check found something it could not use as it stands; the message says what. The row or file named was left out of the scorecard; every other row is still shown.',
      fix: 'Open the file at the line and column shown, correct it as the message says, then check the files again.',
    });
    expect(unknown('warning').explanation).toMatch(/It was read and is shown/);
    expect(unknown('notice').explanation).toMatch(/Nothing was left out/);
  });

  it('names the cell to fill in for an empty required cell, with what it expects', () => {
    const help = problemHelp({ file: 'measures.csv', line: 3, column: 'Unit', severity: 'error', message: 'unit is empty (expected one of: percent, number)' });
    expect(help).toMatchObject({ kind: 'required-empty', fix: 'Fill in the "Unit" cell (expected one of: percent, number), or delete the row if it is not needed.' });
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../domain/types';
import { isContractFileName } from './contract-files';
import { LONGEST_QUOTED_CELL, fileProblems } from './file-problems';
import { formatProblem } from './format-problem';
import { loadDataset, type ContractFileContents } from './load-dataset';
import { load, valueCsv } from './test-support';

const MESSY = resolve(import.meta.dirname, '../../tests/fixtures/contract/messy');

function loadMessy() {
  const files: ContractFileContents = {};
  for (const name of readdirSync(MESSY)) if (isContractFileName(name)) files[name] = new Uint8Array(readFileSync(resolve(MESSY, name)));
  return loadDataset(files);
}

/** "file:line:column" -> the cells quoted by the problems there (undefined where none is). */
function cellsAt(problems: readonly Problem[], where: string): (string | undefined)[] {
  return problems.filter((p) => `${p.file}:${p.line}:${p.column}` === where).map((p) => p.cell);
}

describe('the offending cell of a problem', () => {
  const { problems } = loadMessy();

  it('quotes the cell as written for problems about one cell (messy fixture)', () => {
    // early-help.csv line 5: EH01,2024-13,85,,,  -> Period is the 2nd cell.
    expect(cellsAt(problems, 'early-help.csv:5:Period')).toEqual(['2024-13']);
    // line 12: CSC01,2024-08,abc,,,  -> Value is the 3rd cell.
    expect(cellsAt(problems, 'early-help.csv:12:Value')).toEqual(['abc']);
    // line 11: CSC01,2024-07,(12),,,  -> two warnings on one cell, both quote it with its brackets.
    expect(cellsAt(problems, 'early-help.csv:11:Value')).toEqual(['(12)', '(12)']);
    // line 8: EH99,2024-06,50,,,  -> Measure_ID is the 1st cell.
    expect(cellsAt(problems, 'early-help.csv:8:Measure_ID')).toEqual(['EH99']);
    // targets.csv line 7: LAC01,2023-24,[x],  -> target; line 2: EH01,2024-25,85,90 -> tolerance.
    expect(cellsAt(problems, 'targets.csv:7:target')).toEqual(['[x]']);
    expect(cellsAt(problems, 'targets.csv:2:tolerance')).toEqual(['90']);
    // social-care.csv line 4: CSC01,2024-10,5,4,0  -> numerator 4, denominator 0.
    expect(cellsAt(problems, 'social-care.csv:4:numerator')).toEqual(['4']);
    expect(cellsAt(problems, 'social-care.csv:4:denominator')).toEqual(['0']);
    // measures.csv line 7: SEND01,...,percentage,... -> the "Unit" column; benchmarks.csv line 4: regional "k".
    expect(cellsAt(problems, 'measures.csv:7:Unit')).toEqual(['percentage']);
    expect(cellsAt(problems, 'benchmarks.csv:4:regional')).toEqual(['k']);
    // commentary.csv line 3: EH01,2024-07,,  -> an empty text cell is quoted as empty, not left out.
    expect(cellsAt(problems, 'commentary.csv:3:text')).toEqual(['']);
    // settings.csv line 4: query_email,not an email
    expect(cellsAt(problems, 'settings.csv:4:value')).toEqual(['not an email']);
  });

  it('quotes no cell for problems about a whole row, a whole file or the header', () => {
    expect(cellsAt(problems, 'early-help.csv:9:-')).toEqual([undefined]); // the header repeated
    expect(cellsAt(problems, 'social-care.csv:5:-')).toEqual([undefined]); // a ragged row
    expect(cellsAt(problems, 'measures.csv:1:RAG')).toEqual([undefined]); // an unknown column
    expect(cellsAt(problems, 'lac-sufficiency.csv:0:value')).toEqual([undefined]); // fractions, about the file
    expect(cellsAt(problems, 'send.csv:0:-')).toEqual([undefined]);
  });

  it('leaves the command-line format as it was: the cell is not printed', () => {
    const expected = readFileSync(resolve(MESSY, 'expected-problems.txt'), 'utf8').trim().split('\n').slice(0, -1);
    expect(problems.map(formatProblem)).toEqual(expected);
  });

  it('keeps the spaces around a cell, since that is how it is written', () => {
    const { dataset } = load({ 'early-help.csv': valueCsv('EH01, 2024-13 ,85,,,') });
    expect(dataset.problems.map((p) => p.cell)).toEqual([' 2024-13 ']);
  });

  it('finds the cell by the header as written, wherever the column is', () => {
    const { dataset } = load({ 'early-help.csv': 'Value,Note,Period,Measure_ID\nabc,,2024-06,EH01\n' });
    expect(dataset.problems).toMatchObject([{ line: 2, column: 'Value', cell: 'abc' }]);
  });

  it('cuts a very long cell short', () => {
    const long = 'x'.repeat(LONGEST_QUOTED_CELL + 50);
    const { dataset } = load({ 'early-help.csv': valueCsv(`EH01,2024-06,${long},,,`) });
    expect(dataset.problems[0]?.cell).toBe(`${'x'.repeat(LONGEST_QUOTED_CELL)}…`);
  });

  it('quotes nothing when a problem names a line other than the row being read', () => {
    const sink: Problem[] = [];
    const log = fileProblems('early-help.csv', sink);
    log.cellIndex = new Map([['value', 2]]);
    log.row = { line: 4, cells: ['EH01', '2024-06', 'abc'] };
    log.error(4, 'value', 'about this row');
    log.error(3, 'value', 'about another row');
    log.error(4, '-', 'about the whole row');
    log.error(4, 'note', 'a column the file does not have');
    expect(sink.map((p) => p.cell)).toEqual(['abc', undefined, undefined, undefined]);
    expect(Object.keys(sink[1]!)).toEqual(['file', 'line', 'column', 'severity', 'message']);
  });
});

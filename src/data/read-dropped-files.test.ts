import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScorecard, indexDataset } from '../domain/scorecard';
import { CONTRACT_FILE_NAMES } from './contract-files';
import type { ContractFileContents } from './load-dataset';
import {
  completeWithPublished,
  droppedFilesFromList,
  matchDroppedFiles,
  readDroppedFiles,
  type DroppedFile,
  type DroppedFiles,
} from './read-dropped-files';
import { previewDroppedFiles } from './read-dropped-files-preview';
import { droppedFilesFromTransfer } from './read-dropped-files-transfer';
import { formatted } from './test-support';

const DATA = resolve(import.meta.dirname, '..', '..', 'data');
const sample = (name: string) => readFileSync(resolve(DATA, name), 'utf8');
const publishedFolder = (): ContractFileContents =>
  Object.fromEntries(CONTRACT_FILE_NAMES.map((name) => [name, new Uint8Array(readFileSync(resolve(DATA, name)))]));

const file = (path: string, text = 'a,b\n'): DroppedFile => ({ file: new Blob([text]), path });
const drop = (...files: DroppedFile[]): DroppedFiles => ({ files, skippedFolders: [] });
const chosenNames = (dropped: DroppedFiles) => matchDroppedFiles(dropped).chosen.map(({ name, file }) => `${name}<-${file.path}`);

describe('matching dropped files to the contract', () => {
  it('matches names whatever their capitals and folder, in contract order', () => {
    const dropped = drop(file('Q4/Early-Help.CSV'), file('Q4/measures.csv'), file('targets.csv'));
    expect(chosenNames(dropped)).toEqual(['measures.csv<-Q4/measures.csv', 'targets.csv<-targets.csv', 'early-help.csv<-Q4/Early-Help.CSV']);
  });

  it('warns that a name differing only in capitals would not be found once published', () => {
    expect(formatted(matchDroppedFiles(drop(file('Q4/Early-Help.CSV'))).problems)).toEqual([
      'early-help.csv:0:-: warning: the file is called "Early-Help.CSV": it was read as early-help.csv, but the web server will only find it as early-help.csv, so rename it before publishing',
    ]);
    expect(matchDroppedFiles(drop(file('Q4/early-help.csv'))).problems).toEqual([]);
  });

  it('names each file outside the contract in a notice and does not read it; hidden files are skipped silently', () => {
    const matched = matchDroppedFiles(drop(file('Q4/README.md'), file('Q4/measures.xlsx'), file('Q4/.DS_Store'), file('Q4/send.csv')));
    expect(matched.chosen.map(({ name }) => name)).toEqual(['send.csv']);
    expect(formatted(matched.problems)).toEqual([
      "Q4/README.md:0:-: notice: README.md is not one of the scorecard's files, so it was not read (see data/README.md for the file names)",
      "Q4/measures.xlsx:0:-: notice: measures.xlsx is not one of the scorecard's files, so it was not read (see data/README.md for the file names)",
    ]);
  });

  it('reports two files with the same contract name as an error and reads only the first', () => {
    const matched = matchDroppedFiles(drop(file('new/measures.csv'), file('old/measures.csv')));
    expect(matched.chosen.map(({ file }) => file.path)).toEqual(['new/measures.csv']);
    expect(formatted(matched.problems)).toEqual([
      'measures.csv:0:-: error: two of the files are measures.csv: "new/measures.csv" and "old/measures.csv"; only "new/measures.csv" was read. Remove the one you do not mean and try again',
    ]);
  });

  it('reads only the files directly inside a chosen folder, with a notice for each folder inside it', () => {
    // A folder picker gives every file below the folder, each with its path from the chosen folder.
    const picked = [
      { name: 'measures.csv', webkitRelativePath: 'Q4/measures.csv' },
      { name: 'measures.csv', webkitRelativePath: 'Q4/old/measures.csv' },
      { name: 'send.csv', webkitRelativePath: 'Q4/old/send.csv' },
      { name: 'send.csv', webkitRelativePath: '' },
    ] as unknown as File[];
    const dropped = droppedFilesFromList(picked);
    expect(dropped.files.map(({ path }) => path)).toEqual(['Q4/measures.csv', 'send.csv']);
    expect(dropped.skippedFolders).toEqual(['Q4/old']);
    expect(formatted(matchDroppedFiles(dropped).problems)).toEqual([
      'Q4/old:0:-: notice: a folder inside the folder you chose, so its files were not read (choose that folder itself to read them)',
    ]);
  });
});

describe('reading dropped files', () => {
  it('reads each contract file as bytes and reports progress file by file', async () => {
    const progress: string[] = [];
    const read = await readDroppedFiles(drop(file('send.csv', 'send text'), file('measures.csv', 'measures text')), (step) =>
      progress.push(`${step.file} ${step.done}/${step.total}`),
    );
    expect(Object.keys(read.files)).toEqual(['measures.csv', 'send.csv']);
    expect(new TextDecoder().decode(read.files['send.csv'] as Uint8Array)).toBe('send text');
    expect(read.read).toEqual([
      { name: 'measures.csv', path: 'measures.csv' },
      { name: 'send.csv', path: 'send.csv' },
    ]);
    expect(progress).toEqual(['measures.csv 0/2', 'send.csv 1/2']);
  });

  it('reads a 50 MB export whole', async () => {
    // 1,000,000 rows of 50 bytes ("EH01,2024-12,85.1,57,67," padded to 49 characters plus a newline) = 50,000,000 bytes.
    const row = 'EH01,2024-12,85.1,57,67,'.padEnd(49, 'x') + '\n';
    const big = new Blob([row.repeat(1_000_000)]);
    const read = await readDroppedFiles(drop({ file: big, path: 'early-help.csv' }));
    expect((read.files['early-help.csv'] as Uint8Array).byteLength).toBe(50_000_000);
  }, 30_000);

  it('reports a file that cannot be read and carries on with the rest', async () => {
    const broken = { arrayBuffer: () => Promise.reject(new Error('permission denied')) } as unknown as Blob;
    const read = await readDroppedFiles(drop({ file: broken, path: 'targets.csv' }, file('measures.csv')));
    expect(Object.keys(read.files)).toEqual(['measures.csv']);
    expect(formatted(read.problems)).toEqual([
      'targets.csv:0:-: error: "targets.csv" could not be read from this computer (permission denied); check the file is not open elsewhere and try again',
    ]);
  });
});

describe('filling in from the published files', () => {
  it('treats files with measures.csv as the whole folder: a file not dropped is absent', () => {
    const dropped = { 'measures.csv': 'm', 'send.csv': 's' };
    expect(completeWithPublished(dropped, { 'measures.csv': 'old', 'targets.csv': 't' })).toEqual({ files: dropped, fromPublished: [] });
  });

  it('takes every other contract file from the published data when measures.csv was not dropped', () => {
    const result = completeWithPublished({ 'send.csv': 'new send' }, { 'measures.csv': 'm', 'send.csv': 'old send', 'actions.csv': 'a' });
    expect(result.files).toEqual({ 'send.csv': 'new send', 'measures.csv': 'm', 'actions.csv': 'a' });
    expect(result.fromPublished).toEqual(['measures.csv', 'actions.csv']);
  });
});

describe('previewing dropped files', () => {
  const fetchPublished = () => Promise.resolve({ files: publishedFolder(), problems: [] });

  it('shows a changed value file against the published rest: EH01 turns from amber to green', async () => {
    // data/early-help.csv has EH01 2024-12 "85.1 [p],57,67": amber between tolerance 84 and target 90 (targets.csv 2024-25).
    // The officer's file says 61 of 67 = 91.04%, written 91.0: at least the target 90, high is good, so green.
    const changed = sample('early-help.csv').replace(/^EH01,2024-12,.*$/m, 'EH01,2024-12,91.0,61,67,');
    expect(changed).not.toBe(sample('early-help.csv'));
    const result = await previewDroppedFiles(drop(file('Q4/early-help.csv', changed)), { fetchPublished });
    if (result.kind !== 'preview') throw new Error('expected a preview');
    expect(result.read).toEqual([{ name: 'early-help.csv', path: 'Q4/early-help.csv' }]);
    // The sample folder has all 11 contract files; the other 10 are the published ones, in contract order.
    expect(result.fromPublished).toEqual(CONTRACT_FILE_NAMES.filter((name) => name !== 'early-help.csv'));
    const rows = buildScorecard(indexDataset(result.dataset), { startYear: 2024, quarter: 3 });
    expect(rows.find((row) => row.measure.id === 'EH01')?.rag.rag).toBe('green');
    expect(result.dataset.problems.filter((problem) => problem.severity !== 'notice')).toEqual([]);
  });

  it('does not fetch the published files when measures.csv is dropped, and keeps the drop problems with the loader’s, sorted', async () => {
    let fetched = 0;
    const measures = 'id,area,title,unit,polarity,frequency\nEH01,early-help,Families contacted,percent,high,monthly\n';
    const result = await previewDroppedFiles(drop(file('notes.txt'), file('measures.csv', measures), file('Q4/measures.csv', measures)), {
      fetchPublished: () => {
        fetched++;
        return fetchPublished();
      },
    });
    if (result.kind !== 'preview') throw new Error('expected a preview');
    expect(fetched).toBe(0);
    expect(result.fromPublished).toEqual([]);
    expect(result.dataset.measures.map((measure) => measure.id)).toEqual(['EH01']);
    // In contract order, files outside the contract last: the duplicate measures.csv; no value file, because with
    // measures.csv dropped the folder is taken as it is and nothing comes from the published data; notes.txt not read.
    expect(formatted(result.dataset.problems).map((line) => line.slice(0, line.indexOf(': ', line.indexOf(': ') + 1)))).toEqual([
      'measures.csv:0:-: error',
      'early-help.csv:0:-: error',
      'notes.txt:0:-: notice',
    ]);
  });

  it('says there is nothing to preview when no file is a contract file', async () => {
    const result = await previewDroppedFiles(drop(file('scorecard.xlsx')), { fetchPublished });
    expect(result.kind).toBe('nothing');
    expect(result.kind === 'nothing' && formatted(result.problems)).toEqual([
      "scorecard.xlsx:0:-: notice: scorecard.xlsx is not one of the scorecard's files, so it was not read (see data/README.md for the file names)",
    ]);
  });

  it('reports published files that could not be fetched, and still previews the dropped ones', async () => {
    const result = await previewDroppedFiles(drop(file('early-help.csv', sample('early-help.csv'))), {
      fetchPublished: () => Promise.reject(new Error('offline')),
    });
    if (result.kind !== 'preview') throw new Error('expected a preview');
    expect(result.fromPublished).toEqual([]);
    expect(result.dataset.usable).toBe(false);
    expect(formatted(result.dataset.problems)[0]).toBe('measures.csv:0:-: error: the published files could not be fetched (offline)');
  });
});

describe('the files of a drop', () => {
  // Minimal stand-ins for the browser's FileSystem entries: a dropped folder Q4 holding two files and a folder.
  const fileEntry = (fullPath: string, text: string) => ({
    isFile: true,
    isDirectory: false,
    name: fullPath.split('/').pop(),
    fullPath,
    file: (resolveFile: (file: File) => void) => resolveFile(new File([text], fullPath.split('/').pop()!)),
  });
  const folderEntry = (fullPath: string, children: object[]) => ({
    isFile: false,
    isDirectory: true,
    name: fullPath.split('/').pop(),
    fullPath,
    createReader: () => {
      // Two batches then an empty one, as Chromium gives a large folder.
      const batches = [children.slice(0, 1), children.slice(1), []];
      return { readEntries: (resolveBatch: (entries: object[]) => void) => resolveBatch(batches.shift() ?? []) };
    },
  });
  const transfer = (entries: object[], files: File[] = []) =>
    ({ items: entries.map((entry) => ({ kind: 'file', webkitGetAsEntry: () => entry })), files }) as unknown as DataTransfer;

  it('reads the files directly inside a dropped folder, over several batches, and lists the folders inside it', async () => {
    const q4 = folderEntry('/Q4', [fileEntry('/Q4/measures.csv', 'm'), fileEntry('/Q4/send.csv', 's'), folderEntry('/Q4/old', [])]);
    const dropped = await droppedFilesFromTransfer(transfer([q4, fileEntry('/targets.csv', 't')]));
    expect(dropped.files.map(({ path }) => path)).toEqual(['Q4/measures.csv', 'Q4/send.csv', 'targets.csv']);
    expect(dropped.skippedFolders).toEqual(['Q4/old']);
  });

  it('falls back to the plain file list where the browser gives no entries', async () => {
    const plain = new File(['m'], 'measures.csv');
    const dropped = await droppedFilesFromTransfer({ items: [{ kind: 'file', webkitGetAsEntry: () => null }], files: [plain] } as unknown as DataTransfer);
    expect(dropped).toEqual({ files: [{ file: plain, path: 'measures.csv' }], skippedFolders: [] });
  });
});

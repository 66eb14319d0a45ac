// The data boundary: contract files in, a typed Dataset and every problem out. Pure and synchronous, so the
// same code runs in the browser's Web Worker and in the command-line validator.
import type { Dataset, Observation, Problem } from '../domain/types';
import { contractOrder, READ_ORDER, type ContractFileName, type ContractFileSpec } from './contract-files';
import { WHOLE_ROW, fileProblems } from './file-problems';
import { readContractFile } from './read-contract-file';
import { createRowReaders } from './read-rows';
import { EMPTY_SETTINGS } from './read-settings';
import { sortProblems } from './sort-problems';

/** The contents of each contract file that exists; an absent key means the file is absent. */
export type ContractFileContents = Partial<Record<ContractFileName, Uint8Array | string>>;

export interface LoadOptions {
  /** Called after each contract file is read: `done` of `total` contract files (absent ones included). */
  onProgress?: (file: string, done: number, total: number) => void;
  /**
   * Called with each value file's kept rows as soon as the file is read, before the next is: they are final (a
   * later duplicate is the later file's problem), so the Web Worker sends them on while it reads the rest.
   */
  onObservations?: (observations: Observation[]) => void;
  /**
   * False: the Dataset keeps no observations, each file's going only to onObservations. The Web Worker's choice: the
   * page rebuilds the rows it sends, and rows kept until the end would be hundreds of megabytes the worker's garbage
   * collector copies again and again while it reads.
   */
  keepObservations?: boolean;
  /** Called after each file other than a value file is read, with the dataset so far: that file's part of it is final. */
  onFileRead?: (spec: ContractFileSpec, dataset: Readonly<Dataset>) => void;
}

function missingMeasuresMessage(webPage: boolean): string {
  const why = webPage ? 'the server answered with a web page instead of measures.csv' : 'measures.csv is missing';
  return (
    `${why}, so the scorecard cannot be shown: measures.csv lists every measure, and every other file refers to it. ` +
    'Add measures.csv to the data folder, with a header row naming at least id, area, title, unit, polarity and frequency, ' +
    'and one row per measure'
  );
}

/**
 * Reads contract files one at a time, in reading order (READ_ORDER), as they become available: the Web Worker reads each
 * file while the next is still downloading. `loadDataset` is the same reading with every file at hand.
 */
export interface DatasetLoader {
  /** The next contract file's name, or null once every file has been read. */
  readonly next: ContractFileName | null;
  /** Reads the next contract file; `content` undefined means the file is absent. */
  read(content: Uint8Array | string | undefined): void;
  /** Once every file has been read: the checks across files, and the Dataset with its problems in order. */
  finish(): Dataset;
}

export function createDatasetLoader(options: LoadOptions = {}): DatasetLoader {
  const problems: Problem[] = [];
  const dataset: Dataset = {
    measures: [],
    observations: [],
    targets: [],
    benchmarks: [],
    commentary: [],
    glossary: [],
    actions: [],
    settings: { ...EMPTY_SETTINGS },
    problems,
    filesPresent: [],
    rowsRead: 0,
    rowsKept: 0,
    usable: true,
  };
  const readers = createRowReaders(dataset, (observations) => {
    if (observations.length > 0) options.onObservations?.(observations);
    // concat, not push(...rows): a spread of a million rows would overflow the call stack.
    if (options.keepObservations !== false) dataset.observations = dataset.observations.concat(observations);
  });
  let position = 0;

  function readFile(spec: ContractFileSpec, content: Uint8Array | string | undefined): void {
    const log = fileProblems(spec.name, problems);
    let kept = 0;
    try {
      const read = readContractFile(spec, content, log);
      if (read.state === 'absent') {
        if (spec.required) {
          dataset.usable = false;
          log.error(0, WHOLE_ROW, missingMeasuresMessage(read.webPage));
        }
      } else {
        dataset.filesPresent.push(spec.name);
        if (read.table) {
          try {
            kept = readers.read(spec, read.table, log);
          } finally {
            dataset.rowsRead += read.table.rowsRead;
          }
        } else {
          readers.unusable(spec);
          dataset.rowsRead += read.rowsRead;
        }
        dataset.rowsKept += kept;
      }
    } catch (fault) {
      // A fault in the loader must not blank the dashboard: this file's rows count as skipped, and the problem says so.
      log.error(0, WHOLE_ROW, `the file could not be read because of an unexpected fault in the scorecard (${String(fault)}); please report this`);
    }
    if (spec.kind !== 'values') options.onFileRead?.(spec, dataset);
  }

  return {
    get next() {
      return READ_ORDER[position]?.name ?? null;
    },
    read(content) {
      const spec = READ_ORDER[position];
      if (!spec) throw new Error('every contract file has already been read');
      readFile(spec, content);
      position++;
      options.onProgress?.(spec.name, position, READ_ORDER.length);
    },
    finish() {
      if (position < READ_ORDER.length) throw new Error(`${READ_ORDER[position]!.name} and the files after it have not been read`);
      readers.finish(problems);
      dataset.problems = sortProblems(problems);
      dataset.filesPresent.sort((a, b) => contractOrder(a) - contractOrder(b));
      return dataset;
    },
  };
}

/**
 * Files that arrive in any order (downloads finish when they finish), read in READ_ORDER: each as soon as every file
 * before it there has arrived. `add` returns the Dataset once the last file is read, else null.
 */
export function readAsTheyArrive(loader: DatasetLoader): { add(name: ContractFileName, content: Uint8Array | string | undefined): Dataset | null } {
  const waiting = new Map<ContractFileName, Uint8Array | string | undefined>();
  return {
    add(name, content) {
      if (waiting.has(name)) throw new Error(`${name} arrived twice`);
      waiting.set(name, content);
      for (let next = loader.next; next !== null && waiting.has(next); next = loader.next) {
        const arrived = waiting.get(next);
        // Read once: let the bytes go.
        waiting.set(next, undefined);
        loader.read(arrived);
      }
      return loader.next === null ? loader.finish() : null;
    },
  };
}

export function loadDataset(files: ContractFileContents, options: LoadOptions = {}): Dataset {
  const loader = createDatasetLoader(options);
  for (let name = loader.next; name !== null; name = loader.next) loader.read(files[name]);
  return loader.finish();
}

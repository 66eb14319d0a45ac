// The data boundary: contract files in, a typed Dataset and every problem out. Pure and synchronous, so the
// same code runs in the browser's Web Worker and in the command-line validator.
import type { Dataset, Observation, Problem } from '../domain/types';
import { CONTRACT_FILES, type ContractFileName } from './contract-files';
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
}

function missingMeasuresMessage(webPage: boolean): string {
  const why = webPage ? 'the server answered with a web page instead of measures.csv' : 'measures.csv is missing';
  return (
    `${why}, so the scorecard cannot be shown: measures.csv lists every measure, and every other file refers to it. ` +
    'Add measures.csv to the data folder, with a header row naming at least id, area, title, unit, polarity and frequency, ' +
    'and one row per measure'
  );
}

export function loadDataset(files: ContractFileContents, options: LoadOptions = {}): Dataset {
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
  const readers = createRowReaders(dataset);
  CONTRACT_FILES.forEach((spec, position) => {
    const log = fileProblems(spec.name, problems);
    const observationsBefore = dataset.observations.length;
    let kept = 0;
    try {
      const read = readContractFile(spec, files[spec.name], log);
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
    if (options.onObservations && dataset.observations.length > observationsBefore) {
      options.onObservations(dataset.observations.slice(observationsBefore));
    }
    options.onProgress?.(spec.name, position + 1, CONTRACT_FILES.length);
  });
  readers.finish(problems);
  dataset.problems = sortProblems(problems);
  return dataset;
}

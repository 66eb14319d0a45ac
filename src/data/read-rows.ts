// Dispatches each usable contract file to its reader, in READ_ORDER, carrying what later files need:
// the measures (every other file refers to them) and the value rows seen so far (for duplicates).
import type { Dataset, Observation, Problem } from '../domain/types';
import { VALUE_FILES, type ContractFileSpec } from './contract-files';
import { WHOLE_ROW, fileProblems, type FileProblems } from './file-problems';
import type { MeasureIndex } from './measure-index';
import { periodReader } from './period-cells';
import { readActions } from './read-actions';
import { readBenchmarks } from './read-benchmarks';
import { readCommentary } from './read-commentary';
import type { CsvTable } from './read-csv';
import { readGlossary } from './read-glossary';
import { readMeasures } from './read-measures';
import { readSettings } from './read-settings';
import { readTargets } from './read-targets';
import { readValues, valueRowSchema, type ValueFileContext } from './read-values';
import { duplicateFinder } from './validate-values';

export interface RowReaders {
  /** Reads a usable file's rows into the dataset; returns how many rows were kept. */
  read(spec: ContractFileSpec, table: CsvTable, log: FileProblems): number;
  unusable(spec: ContractFileSpec): void;
  /** Problems about the folder as a whole, once every file is read. */
  finish(problems: Problem[]): void;
}

/** `keepRows` takes each value file's kept rows once the file is read (the loader keeps them, hands them on, or both). */
export function createRowReaders(dataset: Dataset, keepRows: (observations: Observation[]) => void): RowReaders {
  let index: MeasureIndex | null = null;
  let values: ValueFileContext | null = null;
  let valueFilesSupplied = 0;

  function withMeasures(table: CsvTable, log: FileProblems, read: (index: MeasureIndex) => number): number {
    if (index) return read(index);
    // Without measures no row can be checked; the error is on measures.csv, so one notice here, not one per row.
    let unchecked = 0;
    table.eachRow(() => unchecked++);
    if (unchecked > 0) {
      const which = unchecked === 1 ? 'its one row was not used' : `none of its ${unchecked} rows was used`;
      log.notice(0, WHOLE_ROW, `${which}, because measures.csv could not be read and every row refers to a measure`);
    }
    return 0;
  }

  return {
    read(spec, table, log) {
      switch (spec.kind) {
        case 'measures': {
          const read = readMeasures(table, log);
          dataset.measures = read.measures;
          index = read.index;
          return read.kept;
        }
        case 'targets':
          return withMeasures(table, log, (measures) => {
            const read = readTargets(table, measures, log);
            dataset.targets = read.targets;
            return read.kept;
          });
        case 'values':
          valueFilesSupplied++;
          return withMeasures(table, log, (measures) => {
            values ??= {
              schema: valueRowSchema(measures),
              index: measures,
              findDuplicate: duplicateFinder(),
              readPeriod: periodReader(),
            };
            const read = readValues(table, values, log);
            keepRows(read.observations);
            return read.kept;
          });
        case 'benchmarks':
          return withMeasures(table, log, (measures) => {
            const read = readBenchmarks(table, measures, log);
            dataset.benchmarks = read.benchmarks;
            return read.kept;
          });
        case 'commentary':
          return withMeasures(table, log, (measures) => {
            const read = readCommentary(table, measures, log);
            dataset.commentary = read.commentary;
            return read.kept;
          });
        case 'glossary': {
          const read = readGlossary(table, log);
          dataset.glossary = read.glossary;
          return read.kept;
        }
        case 'settings': {
          const read = readSettings(table, log);
          dataset.settings = read.settings;
          return read.kept;
        }
        case 'actions': {
          const read = readActions(table, log);
          dataset.actions = read.actions;
          return read.kept;
        }
      }
    },
    unusable(spec) {
      if (spec.kind === 'values') valueFilesSupplied++;
    },
    finish(problems) {
      if (valueFilesSupplied > 0) return;
      fileProblems(VALUE_FILES[0], problems).error(
        0,
        WHOLE_ROW,
        `none of the value files (${VALUE_FILES.join(', ')}) was supplied, so no measure has a value: supply at least one`,
      );
    },
  };
}

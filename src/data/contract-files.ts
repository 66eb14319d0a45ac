// The files of the data contract (shared/spec/data-contract.md), in contract order: the order problems are listed
// in. Files are read in READ_ORDER (below).

import type { Problem } from '../domain/types';
import { WHOLE_ROW } from './file-problems';

export const VALUE_FILES = ['early-help.csv', 'social-care.csv', 'send.csv', 'lac-sufficiency.csv'] as const;
export type ValueFileName = (typeof VALUE_FILES)[number];

export type ContractFileKind =
  | 'measures'
  | 'targets'
  | 'values'
  | 'benchmarks'
  | 'commentary'
  | 'glossary'
  | 'settings'
  | 'actions';

export interface ContractFileSpec {
  name: string;
  kind: ContractFileKind;
  /** Only measures.csv is required; at least one value file is expected but each may be absent. */
  required: boolean;
  /** Canonical (lower-case) column names that must be in the header, else the file is unusable. */
  requiredColumns: readonly string[];
  optionalColumns: readonly string[];
}

const VALUE_COLUMNS = {
  requiredColumns: ['measure_id', 'period', 'value'],
  optionalColumns: ['numerator', 'denominator', 'note'],
} as const;

export const CONTRACT_FILES = [
  {
    name: 'measures.csv',
    kind: 'measures',
    required: true,
    requiredColumns: ['id', 'area', 'title', 'unit', 'polarity', 'frequency'],
    optionalColumns: [
      'group',
      'description',
      'year_type',
      'ytd',
      'dot',
      'decimals',
      'council_plan',
      'data_note',
      'source',
      'owner',
      'next_update',
      'spc_baseline',
    ],
  },
  {
    name: 'targets.csv',
    kind: 'targets',
    required: false,
    requiredColumns: ['measure_id', 'year', 'target'],
    optionalColumns: ['tolerance'],
  },
  ...VALUE_FILES.map((name) => ({ name, kind: 'values' as const, required: false, ...VALUE_COLUMNS })),
  {
    name: 'benchmarks.csv',
    kind: 'benchmarks',
    required: false,
    requiredColumns: ['measure_id', 'year'],
    optionalColumns: ['statistical_neighbours', 'regional', 'national', 'quartile', 'source'],
  },
  {
    name: 'commentary.csv',
    kind: 'commentary',
    required: false,
    requiredColumns: ['measure_id', 'period', 'text'],
    optionalColumns: [],
  },
  {
    name: 'glossary.csv',
    kind: 'glossary',
    required: false,
    requiredColumns: ['term', 'definition'],
    optionalColumns: [],
  },
  {
    name: 'settings.csv',
    kind: 'settings',
    required: false,
    requiredColumns: ['key', 'value'],
    optionalColumns: [],
  },
  {
    // An addition to the contract: an action plan (e.g. the SEND Written Statement of Action) with BRAG statuses.
    // Last, so adding it changed neither the order of the value files nor the problem order of the other files.
    name: 'actions.csv',
    kind: 'actions',
    required: false,
    requiredColumns: ['ref', 'priority', 'action', 'due', 'status'],
    optionalColumns: ['lead', 'update'],
  },
] as const satisfies readonly ContractFileSpec[];

export type ContractFileName = (typeof CONTRACT_FILES)[number]['name'];

export const CONTRACT_FILE_NAMES: readonly ContractFileName[] = CONTRACT_FILES.map((spec) => spec.name);

/**
 * The order files are fetched and read in: measures.csv first (every other file refers to it), then the other small
 * files, then the value files, whose rows are nearly all of the data. The Web Worker sends each file on as soon as it
 * is read, so the page holds the targets, benchmarks and commentary before the first value row arrives. Reading
 * order decides nothing else: the value files keep their contract order among themselves (which of two duplicate rows
 * is "second"), and problems and the files present are listed in contract order.
 */
export const READ_ORDER: ReadonlyArray<(typeof CONTRACT_FILES)[number]> = [
  ...CONTRACT_FILES.filter((spec) => spec.kind !== 'values'),
  ...CONTRACT_FILES.filter((spec) => spec.kind === 'values'),
];

const ORDER = new Map<string, number>(CONTRACT_FILE_NAMES.map((name, index) => [name, index]));

/** Position of a file in contract order; files outside the contract sort after all of them. */
export function contractOrder(file: string): number {
  return ORDER.get(file) ?? CONTRACT_FILES.length;
}

export function isContractFileName(name: string): name is ContractFileName {
  return ORDER.has(name);
}

export function contractFileSpec(name: ContractFileName): ContractFileSpec {
  return CONTRACT_FILES[contractOrder(name)]!;
}

export function isValueFile(name: string): name is ValueFileName {
  return (VALUE_FILES as readonly string[]).includes(name);
}

/** The notice for a file given with the data that is not one of the contract's (the command line and the preview say the same). */
export function notContractFileProblem(file: string, name: string): Problem {
  return { file, line: 0, column: WHOLE_ROW, severity: 'notice', message: `${name} is not one of the scorecard's files, so it was not read (see data/README.md for the file names)` };
}

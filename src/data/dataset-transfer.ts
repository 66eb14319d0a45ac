// A Dataset from the Web Worker to the page in small messages. Posting a million-row Dataset in one message
// costs the page seconds of structured-clone reading in one task, and the page must never be blocked for
// more than 50 ms. So the worker sends the observations in a compact form (typed arrays, moved rather than
// copied, with the repeated texts and periods in tables), each value file's as soon as it is read and in the
// order of the page's index (by measure, oldest period first). The small files (measures, targets, benchmarks, ...)
// are read first and go as arrays in slices, each as soon as it is read; the head (settings, counts) and the problems
// go last. The page rebuilds the objects a slice at a time, one file's while the worker reads the next.
import { SPECIAL_CODES, type Cell, type Dataset, type Observation, type Period, type Qualifier, type SpecialCode } from '../domain/types';
import { byPeriodEnd } from '../domain/dataset-index';
import type { ContractFileKind, ContractFileSpec } from './contract-files';
import type { LoadOptions } from './load-dataset';
import { isHowJavaScriptWrites } from './plain-digits';
import { NO_FLAGS, specialCell } from './shared-cells';

/** Arrays sent as plain objects in slices of this many. */
const ITEM_SLICE = 2000;
/** Observations per compact chunk. */
const OBSERVATION_CHUNK = 1 << 16;

/** The Dataset's arrays filled by one file each, named as the file's kind: sent as soon as the file is read. */
const FILE_FIELDS = ['measures', 'targets', 'benchmarks', 'commentary', 'glossary', 'actions'] as const satisfies readonly (ContractFileKind & keyof Dataset)[];
/** The arrays only known once every file is read: sent with the head. */
const LAST_FIELDS = ['problems', 'filesPresent'] as const;
type ItemField = (typeof FILE_FIELDS)[number] | (typeof LAST_FIELDS)[number];
const ITEM_FIELDS: readonly ItemField[] = [...FILE_FIELDS, ...LAST_FIELDS];
const isFileField = (kind: ContractFileKind): kind is (typeof FILE_FIELDS)[number] => (FILE_FIELDS as readonly string[]).includes(kind);

const SPECIALS: readonly SpecialCode[] = SPECIAL_CODES;
/** The page's cells for the specials: the same frozen objects the parser makes. */
const SPECIAL_CELLS: readonly Cell[] = SPECIALS.map(specialCell);
/** A number whose digits are exactly String(value), without flags: the value alone says it all. */
const PLAIN = SPECIALS.length;
/** Any other number: its digits travel in `writtenDigits`, and its flags, if any, in `flagged`. */
const WRITTEN = PLAIN + 1;

export type DatasetPart =
  /** The dataset without its observations and item fields: sent after every observation. */
  | { kind: 'head'; dataset: Dataset }
  | { kind: 'items'; field: ItemField; items: unknown[] }
  | ObservationChunk;

export interface ObservationChunk {
  kind: 'observations';
  /** Entries of the page's tables first used by this chunk (rows refer to measures, periods and files by number). */
  newMeasureIds: string[];
  newPeriods: Period[];
  newFiles: string[];
  /** Where this value file's rows start in Dataset.observations, and how many there are (in all its chunks). */
  fileStart: number;
  fileRows: number;
  /** Position of each row among its file's rows (file order). */
  position: Uint32Array;
  measure: Uint32Array;
  period: Uint32Array;
  file: Uint8Array;
  line: Uint32Array;
  /** Value, numerator and denominator of each row: a special code's index, PLAIN or WRITTEN. */
  cellKind: Uint8Array;
  /** The number of each PLAIN or WRITTEN cell (NaN for specials). */
  cellValue: Float64Array;
  /**
   * The digits of the WRITTEN cells, in order, joined by commas (digits never hold one): one string is read from a
   * message in no time, where an array of a few thousand [digits, flags] pairs took 20 ms of a page's task.
   */
  writtenDigits: string;
  /** The flags of the WRITTEN cells that have any, by position among them (few do). */
  flagged: Array<[number, Qualifier[]]>;
  /** Notes, by row within the chunk (most rows have none). */
  notes: Array<[number, string]>;
}

type Sent = { part: DatasetPart; transfer: Transferable[] };

/** The order indexDataset gives: by measure in order of first appearance, each oldest period end first (stable). */
export function indexOrder(observations: readonly Observation[]): Uint32Array {
  const groups = new Map<string, number[]>();
  observations.forEach((o, i) => {
    const group = groups.get(o.measureId);
    if (group) group.push(i);
    else groups.set(o.measureId, [i]);
  });
  const order = new Uint32Array(observations.length);
  let at = 0;
  for (const group of groups.values()) {
    group.sort((a, b) => observations[a]!.period.end - observations[b]!.period.end);
    for (const i of group) order[at++] = i;
  }
  return order;
}

/** Numbers for the texts and periods rows repeat, each sent to the page once, with the first chunk that uses it. */
class SentTable<T> {
  private readonly ids = new Map<T, number>();
  private added: T[] = [];

  idOf(item: T): number {
    let id = this.ids.get(item);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(item, id);
      this.added.push(item);
    }
    return id;
  }

  /** The entries made since the last call. */
  takeAdded(): T[] {
    const added = this.added;
    this.added = [];
    return added;
  }
}

/**
 * Encodes observations for the page as each value file is read, so the page rebuilds one file's rows while the
 * worker reads the next. Each file's rows go in the order of the page's index (by measure, oldest period first).
 */
export class ObservationSender {
  private readonly measures = new SentTable<string>();
  private readonly periods = new SentTable<Period>();
  private readonly files = new SentTable<string>();
  /** Observations sent so far: the position in Dataset.observations of the next file's first row. */
  private sent = 0;

  /** The chunks of one value file's rows, which follow every row sent before in Dataset.observations. */
  *parts(observations: readonly Observation[]): Generator<Sent> {
    const offset = this.sent;
    this.sent += observations.length;
    const order = indexOrder(observations);
    for (let from = 0; from < order.length; from += OBSERVATION_CHUNK) {
      const size = Math.min(OBSERVATION_CHUNK, order.length - from);
      const chunk: ObservationChunk = {
        kind: 'observations',
        newMeasureIds: [],
        newPeriods: [],
        newFiles: [],
        fileStart: offset,
        fileRows: observations.length,
        position: new Uint32Array(size),
        measure: new Uint32Array(size),
        period: new Uint32Array(size),
        file: new Uint8Array(size),
        line: new Uint32Array(size),
        cellKind: new Uint8Array(size * 3),
        cellValue: new Float64Array(size * 3),
        writtenDigits: '',
        flagged: [],
        notes: [],
      };
      const written: string[] = [];
      const putCell = (slot: number, cell: Cell): void => {
        if (cell.kind === 'special') {
          chunk.cellKind[slot] = SPECIALS.indexOf(cell.code);
          chunk.cellValue[slot] = NaN;
          return;
        }
        chunk.cellValue[slot] = cell.value;
        if (cell.flags.length === 0 && isHowJavaScriptWrites(cell.decimal, cell.value)) {
          chunk.cellKind[slot] = PLAIN;
        } else {
          chunk.cellKind[slot] = WRITTEN;
          if (cell.flags.length > 0) chunk.flagged.push([written.length, cell.flags]);
          written.push(cell.decimal);
        }
      };
      for (let i = 0; i < size; i++) {
        const at = order[from + i]!;
        const o = observations[at]!;
        chunk.position[i] = at;
        chunk.measure[i] = this.measures.idOf(o.measureId);
        chunk.period[i] = this.periods.idOf(o.period);
        chunk.file[i] = this.files.idOf(o.source.file);
        chunk.line[i] = o.source.line;
        putCell(i * 3, o.value);
        putCell(i * 3 + 1, o.numerator);
        putCell(i * 3 + 2, o.denominator);
        if (o.note !== null) chunk.notes.push([i, o.note]);
      }
      chunk.writtenDigits = written.join(',');
      chunk.newMeasureIds = this.measures.takeAdded();
      chunk.newPeriods = this.periods.takeAdded();
      chunk.newFiles = this.files.takeAdded();
      const transfer = [chunk.position, chunk.measure, chunk.period, chunk.file, chunk.line, chunk.cellKind, chunk.cellValue].map((array) => array.buffer);
      yield { part: chunk, transfer };
    }
  }
}

function* itemParts(field: ItemField, items: readonly unknown[]): Generator<Sent> {
  for (let from = 0; from < items.length; from += ITEM_SLICE) {
    yield { part: { kind: 'items', field, items: items.slice(from, from + ITEM_SLICE) }, transfer: [] };
  }
}

/** A file's part of the dataset (measures, targets, ...), sent as soon as it is read; none for a value file or settings. */
export function* fileParts(spec: ContractFileSpec, dataset: Readonly<Dataset>): Generator<Sent> {
  if (isFileField(spec.kind)) yield* itemParts(spec.kind, dataset[spec.kind]);
}

/** The rest of the dataset, once every file is read: the head (settings, counts), the problems and the files present. */
export function* headParts(dataset: Dataset): Generator<Sent> {
  const head: Dataset = { ...dataset, observations: [] };
  for (const field of ITEM_FIELDS) (head[field] as unknown[]) = [];
  yield { part: { kind: 'head', dataset: head }, transfer: [] };
  for (const field of LAST_FIELDS) yield* itemParts(field, dataset[field] as unknown[]);
}

/**
 * How the Web Worker's load sends the dataset while reading: each small file's part as it is read, then each value
 * file's rows (see ObservationSender); headParts follows once the load is done.
 */
export function sendingWhileReading(send: (parts: Iterable<Sent>) => void): Pick<LoadOptions, 'onFileRead' | 'onObservations'> {
  const sender = new ObservationSender();
  return {
    onFileRead: (spec, dataset) => send(fileParts(spec, dataset)),
    onObservations: (observations) => send(sender.parts(observations)),
  };
}

/**
 * Rebuilds the Dataset from its parts on the page. `add` takes the parts in the order they were made; `work`
 * rebuilds up to `budget` milliseconds' worth of observations and says whether any is left, so the caller
 * can yield to the page in between.
 */
export class DatasetAssembly {
  private head: Dataset | null = null;
  private readonly items = new Map<ItemField, unknown[]>();
  private readonly chunks: ObservationChunk[] = [];
  /** Each value file's rows, in file order: joined into Dataset.observations at the end. */
  private readonly fileRows: Observation[][] = [];
  private fileStart = -1;
  private readonly measureIds: string[] = [];
  private readonly periods: Period[] = [];
  private readonly files: string[] = [];
  /** Rows of one measure arrive together and oldest first within a file: the index's groups are built as they come. */
  readonly observationsByMeasure = new Map<string, Observation[]>();
  /** Measures whose rows came from more than one file: their groups are sorted once all have come. */
  private readonly severalFiles = new Set<string>();
  /** Those still to sort, once sorting has begun. */
  private toSort: Iterator<string> | null = null;
  private groupsSorted = false;
  /** Measures all of whose rows in a value file have been rebuilt, since takeCompleted was last called. */
  private completed: string[] = [];
  /** Rows rebuilt, and rows the files' chunks said there would be: a check that nothing was lost on the way. */
  private rowsRebuilt = 0;
  private rowsExpected = 0;
  /**
   * Numbers repeat (85.1 appears thousands of times): one shared, frozen cell per number without flags, by its value
   * when the value says it all (PLAIN), else by its digits (85.0 is in one row in ten of a generated file).
   */
  private readonly sharedCells = new Map<number | string, Cell>();
  /** The current chunk's written digits, split once. */
  private writtenDigits: string[] = [];
  /** Within the current chunk: the next row to rebuild, and the next written number, flagged number and note. */
  private chunkRow = 0;
  private writtenAt = 0;
  private flaggedAt = 0;
  private noteAt = 0;
  private group: Observation[] | null = null;
  private groupMeasure = -1;
  private groupFile = -1;

  add(part: DatasetPart): void {
    if (part.kind === 'head') {
      this.head = part.dataset;
    } else if (part.kind === 'items') {
      const list = this.items.get(part.field);
      if (list) for (const item of part.items) list.push(item);
      else this.items.set(part.field, part.items);
    } else {
      // A chunk's rows refer only to entries it brings or earlier chunks brought, and chunks come in order.
      for (const id of part.newMeasureIds) this.measureIds.push(id);
      for (const period of part.newPeriods) this.periods.push(period);
      for (const file of part.newFiles) this.files.push(file);
      this.chunks.push(part);
    }
  }

  work(budgetMs: number): boolean {
    const started = performance.now();
    for (;;) {
      const chunk = this.chunks[0];
      if (!chunk) return this.sortGroups(started, budgetMs);
      const cellOf = (slot: number): Cell => {
        const kind = chunk.cellKind[slot]!;
        if (kind < PLAIN) return SPECIAL_CELLS[kind]!;
        const value = chunk.cellValue[slot]!;
        if (kind === WRITTEN) {
          const at = this.writtenAt++;
          const decimal = this.writtenDigits[at]!;
          const flagged = chunk.flagged[this.flaggedAt];
          if (flagged !== undefined && flagged[0] === at) {
            this.flaggedAt++;
            return { kind: 'number', flags: flagged[1], value, decimal };
          }
          return this.sharedCell(decimal, value);
        }
        return this.sharedCell(value, value);
      };
      if (chunk.fileStart !== this.fileStart) {
        // Rows are placed by position, in the index's order: an array of the file's length from the start keeps it compact.
        this.fileStart = chunk.fileStart;
        this.fileRows.push(new Array<Observation>(chunk.fileRows));
        this.rowsExpected += chunk.fileRows;
      }
      const rowsOfFile = this.fileRows.at(-1)!;
      const size = chunk.position.length;
      if (this.chunkRow === 0) this.writtenDigits = chunk.writtenDigits === '' ? [] : chunk.writtenDigits.split(',');
      let i = this.chunkRow;
      for (; i < size; i++) {
        if ((i & 1023) === 0 && i > this.chunkRow && performance.now() - started > budgetMs) break;
        const measure = chunk.measure[i]!;
        const file = chunk.file[i]!;
        const note = chunk.notes[this.noteAt];
        const hasNote = note !== undefined && note[0] === i;
        if (hasNote) this.noteAt++;
        const observation: Observation = {
          measureId: this.measureIds[measure]!,
          period: this.periods[chunk.period[i]!]!,
          value: cellOf(i * 3),
          numerator: cellOf(i * 3 + 1),
          denominator: cellOf(i * 3 + 2),
          note: hasNote ? note[1] : null,
          source: { file: this.files[file]!, line: chunk.line[i]! },
        };
        rowsOfFile[chunk.position[i]!] = observation;
        this.rowsRebuilt++;
        if (measure !== this.groupMeasure || file !== this.groupFile) this.startGroup(measure, file);
        this.group!.push(observation);
      }
      if (i < size) {
        this.chunkRow = i;
        return true;
      }
      if (this.rowsRebuilt === this.rowsExpected && this.groupMeasure >= 0) {
        // The file's last row: its last measure is complete too.
        this.completed.push(this.measureIds[this.groupMeasure]!);
        this.groupMeasure = -1;
      }
      if (this.writtenAt !== this.writtenDigits.length || this.flaggedAt !== chunk.flagged.length) {
        // Every written number and flag is used by exactly one cell: anything else means the rows' figures are misplaced.
        throw new Error(`the data could not be read: the figures of ${size} value rows did not match their rows on the page; please report this`);
      }
      this.chunks.shift();
      this.chunkRow = 0;
      this.writtenDigits = [];
      this.writtenAt = 0;
      this.flaggedAt = 0;
      this.noteAt = 0;
      if (performance.now() - started > budgetMs) return this.chunks.length > 0 || (this.head !== null && this.severalFiles.size > 0 && !this.groupsSorted);
    }
  }

  /** The shared cell for `key`, made on first use: a written figure's digits, or a PLAIN value (its digits are String(value)). */
  private sharedCell(key: number | string, value: number): Cell {
    let cell = this.sharedCells.get(key);
    if (!cell) {
      cell = Object.freeze({ kind: 'number', flags: NO_FLAGS, value, decimal: typeof key === 'string' ? key : String(value) }) as Cell;
      this.sharedCells.set(key, cell);
    }
    return cell;
  }

  private startGroup(measure: number, file: number): void {
    // Within a file a measure's rows come together: the measure before is complete, as far as this file goes.
    if (this.groupMeasure >= 0) this.completed.push(this.measureIds[this.groupMeasure]!);
    this.groupMeasure = measure;
    this.groupFile = file;
    const id = this.measureIds[measure]!;
    const known = this.observationsByMeasure.get(id);
    // Within one file a measure's rows come together (indexOrder), so a measure met again is one from another file.
    if (known) this.severalFiles.add(id);
    this.group = known ?? [];
    if (!known) this.observationsByMeasure.set(id, this.group);
  }

  /**
   * Once every row has come, the groups of measures whose rows came from more than one file, put in period order
   * (stable, so file order holds for one period, as indexDataset orders them); a group at a time.
   */
  private sortGroups(started: number, budgetMs: number): boolean {
    if (!this.head || this.groupsSorted) return false;
    // Nothing is added once the head has come (it follows every row), so one walk over the set, resumed each slice.
    this.toSort ??= this.severalFiles.values();
    for (let next = this.toSort.next(); !next.done; next = this.toSort.next()) {
      this.observationsByMeasure.get(next.value)!.sort(byPeriodEnd);
      if (performance.now() - started > budgetMs) return true;
    }
    this.groupsSorted = true;
    return false;
  }

  /** Whether takeCompleted has any measure to give. */
  hasCompleted(): boolean {
    return this.completed.length > 0;
  }

  /** The measures whose rows in a value file have all been rebuilt since the last call (a measure in two files: twice). */
  takeCompleted(): string[] {
    const completed = this.completed;
    this.completed = [];
    return completed;
  }

  /** Whether the measure's rows came from more than one value file (so far). */
  fromSeveralFiles(measureId: string): boolean {
    return this.severalFiles.has(measureId);
  }

  /** A field's items added so far (undefined before the first): the same array the Dataset will hold. */
  itemsSoFar<F extends ItemField>(field: F): Dataset[F] | undefined {
    return this.items.get(field) as Dataset[F] | undefined;
  }

  /** The Dataset, once every part has been added and every observation rebuilt. */
  dataset(): Dataset {
    if (!this.head) throw new Error('the data could not be read: the worker sent no dataset');
    if (this.rowsRebuilt !== this.rowsExpected || this.chunks.length > 0) {
      throw new Error(`the data could not be read: ${this.rowsRebuilt} of the ${this.rowsExpected} value rows reached the page; please report this`);
    }
    const observations = this.fileRows.length === 1 ? this.fileRows[0]! : ([] as Observation[]).concat(...this.fileRows);
    const dataset: Dataset = { ...this.head, observations };
    for (const field of ITEM_FIELDS) (dataset[field] as unknown[]) = this.items.get(field) ?? [];
    return dataset;
  }
}

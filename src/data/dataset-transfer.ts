// A Dataset from the Web Worker to the page in small messages. Posting a million-row Dataset in one message
// costs the page seconds of structured-clone reading in one task, and the page must never be blocked for
// more than 50 ms. So the worker sends the small arrays in slices, and the observations in a compact form
// (typed arrays, moved rather than copied, with the repeated texts and periods in tables), in the order of
// the page's index (by measure, oldest period first); the page rebuilds the objects a slice at a time.
import { SPECIAL_CODES, type Cell, type Dataset, type Observation, type Period, type Qualifier, type SpecialCode } from '../domain/types';
import { NO_FLAGS, specialCell } from './shared-cells';

/** Arrays sent as plain objects in slices of this many. */
const ITEM_SLICE = 2000;
/** Observations per compact chunk. */
const OBSERVATION_CHUNK = 1 << 16;

type ItemField = 'measures' | 'targets' | 'benchmarks' | 'commentary' | 'glossary' | 'actions' | 'problems' | 'filesPresent';
const ITEM_FIELDS: readonly ItemField[] = ['measures', 'targets', 'benchmarks', 'commentary', 'glossary', 'actions', 'problems', 'filesPresent'];

const SPECIALS: readonly SpecialCode[] = SPECIAL_CODES;
/** The page's cells for the specials: the same frozen objects the parser makes. */
const SPECIAL_CELLS: readonly Cell[] = SPECIALS.map(specialCell);
/** A number whose digits are exactly String(value), without flags: the value alone says it all. */
const PLAIN = SPECIALS.length;
/** Any other number: its digits and flags travel in `numbers`. */
const WRITTEN = PLAIN + 1;

export type DatasetPart =
  | { kind: 'head'; dataset: Dataset; observationCount: number; measureIds: string[]; periods: Period[]; files: string[] }
  | { kind: 'items'; field: ItemField; items: unknown[] }
  | ObservationChunk;

export interface ObservationChunk {
  kind: 'observations';
  /** Position of each row in Dataset.observations (file order). */
  position: Uint32Array;
  measure: Uint32Array;
  period: Uint32Array;
  file: Uint8Array;
  line: Uint32Array;
  /** Value, numerator and denominator of each row: a special code's index, PLAIN or WRITTEN. */
  cellKind: Uint8Array;
  /** The number of each PLAIN or WRITTEN cell (NaN for specials). */
  cellValue: Float64Array;
  /** Digits and flags of the WRITTEN cells, in order. */
  numbers: Array<[string, Qualifier[]]>;
  /** Notes, by row within the chunk (most rows have none). */
  notes: Array<[number, string]>;
}

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

/** The parts to post, in order; each observation chunk lists its typed arrays' buffers to transfer. */
export function* datasetParts(dataset: Dataset): Generator<{ part: DatasetPart; transfer: Transferable[] }> {
  const { observations } = dataset;
  const measureIds: string[] = [];
  const measureAt = new Map<string, number>();
  const periods: Period[] = [];
  const periodAt = new Map<Period, number>();
  const files: string[] = [];
  const fileAt = new Map<string, number>();
  const idOf = <T>(table: T[], at: Map<T, number>, item: T): number => {
    let id = at.get(item);
    if (id === undefined) {
      id = table.length;
      table.push(item);
      at.set(item, id);
    }
    return id;
  };
  for (const o of observations) {
    idOf(measureIds, measureAt, o.measureId);
    idOf(periods, periodAt, o.period);
    idOf(files, fileAt, o.source.file);
  }
  const head: Dataset = { ...dataset, observations: [] };
  for (const field of ITEM_FIELDS) (head[field] as unknown[]) = [];
  yield { part: { kind: 'head', dataset: head, observationCount: observations.length, measureIds, periods, files }, transfer: [] };

  for (const field of ITEM_FIELDS) {
    const items = dataset[field] as unknown[];
    for (let from = 0; from < items.length; from += ITEM_SLICE) {
      yield { part: { kind: 'items', field, items: items.slice(from, from + ITEM_SLICE) }, transfer: [] };
    }
  }

  const order = indexOrder(observations);
  for (let from = 0; from < order.length; from += OBSERVATION_CHUNK) {
    const size = Math.min(OBSERVATION_CHUNK, order.length - from);
    const chunk: ObservationChunk = {
      kind: 'observations',
      position: order.slice(from, from + size),
      measure: new Uint32Array(size),
      period: new Uint32Array(size),
      file: new Uint8Array(size),
      line: new Uint32Array(size),
      cellKind: new Uint8Array(size * 3),
      cellValue: new Float64Array(size * 3),
      numbers: [],
      notes: [],
    };
    const putCell = (slot: number, cell: Cell): void => {
      if (cell.kind === 'special') {
        chunk.cellKind[slot] = SPECIALS.indexOf(cell.code);
        chunk.cellValue[slot] = NaN;
        return;
      }
      chunk.cellValue[slot] = cell.value;
      if (cell.flags.length === 0 && String(cell.value) === cell.decimal) {
        chunk.cellKind[slot] = PLAIN;
      } else {
        chunk.cellKind[slot] = WRITTEN;
        chunk.numbers.push([cell.decimal, cell.flags]);
      }
    };
    for (let i = 0; i < size; i++) {
      const o = observations[chunk.position[i]!]!;
      chunk.measure[i] = measureAt.get(o.measureId)!;
      chunk.period[i] = periodAt.get(o.period)!;
      chunk.file[i] = fileAt.get(o.source.file)!;
      chunk.line[i] = o.source.line;
      putCell(i * 3, o.value);
      putCell(i * 3 + 1, o.numerator);
      putCell(i * 3 + 2, o.denominator);
      if (o.note !== null) chunk.notes.push([i, o.note]);
    }
    const transfer = [chunk.position, chunk.measure, chunk.period, chunk.file, chunk.line, chunk.cellKind, chunk.cellValue].map((array) => array.buffer);
    yield { part: chunk, transfer };
  }
}

/**
 * Rebuilds the Dataset from its parts on the page. `add` takes the parts in the order they were made; `work`
 * rebuilds up to `budget` milliseconds' worth of observations and says whether any is left, so the caller
 * can yield to the page in between.
 */
export class DatasetAssembly {
  private head: Extract<DatasetPart, { kind: 'head' }> | null = null;
  private readonly items = new Map<ItemField, unknown[]>();
  private readonly chunks: ObservationChunk[] = [];
  private observations: Observation[] = [];
  /** Rows of one measure arrive together, oldest first: the index's groups are built as they come. */
  readonly observationsByMeasure = new Map<string, Observation[]>();
  /** Numbers repeat (85.1 appears thousands of times): one shared, frozen cell per plain number. */
  private readonly plainCells = new Map<number, Cell>();
  private chunkRow = 0;
  private numberAt = 0;
  private noteAt = 0;
  private group: Observation[] | null = null;
  private groupMeasure = -1;

  add(part: DatasetPart): void {
    if (part.kind === 'head') {
      this.head = part;
      this.observations = new Array<Observation>(part.observationCount);
    } else if (part.kind === 'items') {
      const list = this.items.get(part.field);
      if (list) for (const item of part.items) list.push(item);
      else this.items.set(part.field, part.items);
    } else {
      this.chunks.push(part);
    }
  }

  work(budgetMs: number): boolean {
    const head = this.head;
    if (!head) return false;
    const started = performance.now();
    for (;;) {
      const chunk = this.chunks[0];
      if (!chunk) return false;
      const cellOf = (slot: number): Cell => {
        const kind = chunk.cellKind[slot]!;
        if (kind < PLAIN) return SPECIAL_CELLS[kind]!;
        const value = chunk.cellValue[slot]!;
        if (kind === WRITTEN) {
          const [decimal, flags] = chunk.numbers[this.numberAt++]!;
          return { kind: 'number', flags, value, decimal };
        }
        let cell = this.plainCells.get(value);
        if (!cell) {
          cell = Object.freeze({ kind: 'number', flags: NO_FLAGS, value, decimal: String(value) }) as Cell;
          this.plainCells.set(value, cell);
        }
        return cell;
      };
      const size = chunk.position.length;
      let i = this.chunkRow;
      for (; i < size; i++) {
        if ((i & 1023) === 0 && i > this.chunkRow && performance.now() - started > budgetMs) break;
        const measure = chunk.measure[i]!;
        const note = chunk.notes[this.noteAt];
        const hasNote = note !== undefined && note[0] === i;
        if (hasNote) this.noteAt++;
        const observation: Observation = {
          measureId: head.measureIds[measure]!,
          period: head.periods[chunk.period[i]!]!,
          value: cellOf(i * 3),
          numerator: cellOf(i * 3 + 1),
          denominator: cellOf(i * 3 + 2),
          note: hasNote ? note[1] : null,
          source: { file: head.files[chunk.file[i]!]!, line: chunk.line[i]! },
        };
        this.observations[chunk.position[i]!] = observation;
        if (measure !== this.groupMeasure) {
          this.groupMeasure = measure;
          const id = head.measureIds[measure]!;
          this.group = this.observationsByMeasure.get(id) ?? [];
          this.observationsByMeasure.set(id, this.group);
        }
        this.group!.push(observation);
      }
      if (i < size) {
        this.chunkRow = i;
        return true;
      }
      this.chunks.shift();
      this.chunkRow = 0;
      this.numberAt = 0;
      this.noteAt = 0;
      if (performance.now() - started > budgetMs) return this.chunks.length > 0;
    }
  }

  /** The Dataset, once every part has been added and every observation rebuilt. */
  dataset(): Dataset {
    if (!this.head) throw new Error('the data could not be read: the worker sent no dataset');
    const dataset: Dataset = { ...this.head.dataset, observations: this.observations };
    for (const field of ITEM_FIELDS) (dataset[field] as unknown[]) = this.items.get(field) ?? [];
    return dataset;
  }
}

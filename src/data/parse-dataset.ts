import { CONTRACT_FILES, READ_ORDER, type ContractFileName } from './contract-files';
import type { ContractFileContents } from './load-dataset';
import { DatasetAssembly, type DatasetPart } from './dataset-transfer';
import { prepareAfterReady, prepareDataset } from './prepare-dataset';
import { RowsAhead } from './rows-ahead';
import type { Stepper } from '../domain/run-steps';
import { yieldToPage } from './yield-to-page';
import type { Dataset } from '../domain/types';

export interface LoadProgress {
  file: string;
  done: number;
  total: number;
}

export type WorkerRequest =
  /** Sent first: also time a bare Papa Parse of the same files in the worker, for the bench (see PipelineTimings). */
  | { type: 'bench' }
  /** One contract file, in any order; undefined when it is absent. The worker reads them in READ_ORDER. */
  | { type: 'file'; name: ContractFileName; content: Uint8Array | string | undefined };

export type WorkerReply =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'part'; part: DatasetPart }
  | { type: 'done'; timings: { loadMs: number; sendMs: number } }
  | { type: 'bench'; papaMs: number }
  | { type: 'failed'; message: string };

/** Null where there are no Web Workers (jsdom, Node): parsing then happens on this thread. */
function startDatasetWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
}

/** A worker started with the app (startDatasetWorkerEarly) that no load has taken yet, and how it failed, if it has. */
let early: { worker: Worker; failure: string | null } | null = null;

/**
 * Starts the data reader with the app, so its code downloads and compiles while the app's own start runs: the next
 * load takes it. Started with its load instead, a worker was still loading its code when the files had all arrived
 * (traced: ready 46 ms after it was started, and started late on a page busy drawing the loading panel).
 */
export function startDatasetWorkerEarly(): void {
  if (early) return;
  let worker: Worker | null;
  try {
    worker = startDatasetWorker();
  } catch (error) {
    // Some browsers throw here (no module workers, a security policy): the load starts its own and says what failed.
    console.warn('The data reader could not be started ahead of the data; it will be started with the load.', error);
    return;
  }
  if (!worker) return;
  const started: { worker: Worker; failure: string | null } = { worker, failure: null };
  // A script that cannot load fails before any load listens: kept, so the load that takes the worker says so.
  worker.onerror = (event) => {
    started.failure = event.message || WORKER_NOT_STARTED;
  };
  early = started;
}

/** The worker started with the app, if no load has taken it, else a new one. */
function takeDatasetWorker(): { worker: Worker | null; failure: string | null } {
  const taken = early ?? { worker: startDatasetWorker(), failure: null };
  early = null;
  return taken;
}

/** The page's longest slice of work between yields while a dataset is rebuilt and indexed, in milliseconds. */
const SLICE_MS = 12;

/** Timings of a load in the browser, kept only when the bench asks for them (globalThis.__scorecardBenchPipeline). */
export interface PipelineTimings extends WorkerTimings {
  /** From the start of the load (the fetch, when the caller says when that was) to the dataset, its index and the default scorecard being ready. */
  totalMs: number;
  /** From the start of the load until the last file had been handed over (downloaded, when the load fetched them). */
  fetchMs: number;
}

interface BenchGlobals {
  __scorecardBenchPipeline?: boolean;
  __scorecardPipelineTimings?: PipelineTimings[];
}

function benchRequested(): boolean {
  return (globalThis as BenchGlobals).__scorecardBenchPipeline === true;
}

function recordPipelineTimings(timings: PipelineTimings): void {
  const globals = globalThis as BenchGlobals;
  (globals.__scorecardPipelineTimings ??= []).push(timings);
}

export interface ParseOptions {
  /** When the load began (before the fetch), for the bench's timings. */
  startedAt?: number;
}

export interface WorkerTimings {
  loadMs: number;
  sendMs: number;
  /**
   * All the page's work on the load, in slices (yields excluded): rebuilding the rows, what is worked out ahead while
   * they come (see rows-ahead.ts), then indexing and the rest of the default scorecard.
   */
  assembleMs: number;
  /** ... of which the work after the last part came: indexing, and what of the default scorecard was not worked out ahead. */
  prepareMs: number;
  papaMs: number;
  /** performance.now() when the dataset, its index and the default scorecard were ready. */
  readyAt: number;
}

/**
 * Work the page can do once the data is shown, a slice per task. It only saves work later (what it prepares is
 * otherwise worked out when first asked for), so a fault is reported on the console and the page carries on.
 */
async function inBackground(step: Stepper): Promise<void> {
  try {
    do await yieldToPage();
    while (step(SLICE_MS));
  } catch (fault) {
    console.error('Preparing the previous quarter in the background failed; it will be worked out when asked for.', fault);
  }
}

export const WORKER_NOT_STARTED =
  "the page's data reader (a Web Worker) could not be started. Reload the page; if this keeps happening, tell the " +
  "team that publishes the scorecard: the web server must send the app's files, and allow them to run as a worker " +
  "(worker-src 'self')";

interface Replies {
  /** The next reply, and whether it had to be waited for. */
  next(): Promise<{ reply: WorkerReply; waited: boolean }>;
  /** Whether a reply has come that next() has not yet given. */
  waiting(): boolean;
}

/** The worker's replies, in order, as something to await. */
function replies(worker: Worker, failure: string | null): Replies {
  const waiting: WorkerReply[] = failure === null ? [] : [{ type: 'failed', message: failure }];
  let wake: ((reply: WorkerReply) => void) | null = null;
  const put = (reply: WorkerReply) => {
    if (wake) {
      const resolve = wake;
      wake = null;
      resolve(reply);
    } else waiting.push(reply);
  };
  worker.onmessage = (event: MessageEvent<WorkerReply>) => put(event.data);
  // An error inside the worker has a message; a worker whose script never loaded has none.
  worker.onerror = (event) => put({ type: 'failed', message: event.message || WORKER_NOT_STARTED });
  return {
    next() {
      const next = waiting.shift();
      return next ? Promise.resolve({ reply: next, waited: false }) : new Promise((resolve) => (wake = (reply) => resolve({ reply, waited: true })));
    },
    waiting: () => waiting.length > 0,
  };
}

/** A parse fed the contract files one at a time, as they arrive: the worker reads each while the next downloads. */
export interface DatasetParse {
  /**
   * One contract file (undefined when it is absent or could not be fetched), in any order. Bytes are moved to the
   * Web Worker, so the caller's copy is left empty: read them before.
   */
  add(name: ContractFileName, content: Uint8Array | string | undefined): void;
  /** Gives up (e.g. the downloads failed): the worker is ended and `dataset` rejects with `reason`. */
  cancel(reason: unknown): void;
  /** Settles once every contract file has been added and read. */
  readonly dataset: Promise<Dataset>;
}

/** Parses every contract file at once: see startDatasetParse. */
export function parseDataset(files: ContractFileContents, onProgress?: (progress: LoadProgress) => void): Promise<Dataset> {
  const parse = startDatasetParse(onProgress);
  try {
    for (const { name } of READ_ORDER) parse.add(name, files[name]);
  } catch (error) {
    // E.g. content that cannot be sent to the worker: end it rather than leave it waiting for the rest.
    parse.cancel(error);
  }
  return parse.dataset;
}

/**
 * Parses in a Web Worker where there is one (the browser), on this thread where there is not (jsdom, Node).
 * In the browser the dataset comes back in parts and is rebuilt, indexed and its default scorecard worked
 * out a slice at a time, so the page is never blocked for long (see dataset-transfer.ts, prepare-dataset.ts).
 */
export function startDatasetParse(onProgress?: (progress: LoadProgress) => void, options: ParseOptions = {}): DatasetParse {
  // Started at once (if the app has not already), before the files arrive, so its code loads while they download.
  const { worker, failure } = takeDatasetWorker();
  let added = 0;
  let addedAt = NaN;
  let allAdded: () => void = () => undefined;
  const countAdded = () => {
    if (++added < CONTRACT_FILES.length) return;
    addedAt = performance.now();
    allAdded();
  };
  let cancelled: (reason: unknown) => void = () => undefined;
  const cancellation = new Promise<never>((_, reject) => (cancelled = reject));
  // Whoever awaits `dataset` sees the reason; this only keeps a cancellation nobody awaited off the console.
  cancellation.catch(() => undefined);

  if (!worker) {
    const files: ContractFileContents = {};
    const everyFileAdded = new Promise<void>((resolve) => (allAdded = resolve));
    return {
      add(name, content) {
        if (content !== undefined) files[name] = content;
        countAdded();
      },
      cancel: cancelled,
      dataset: Promise.race([
        cancellation,
        everyFileAdded.then(async () => {
          // Loaded on demand, so the parser and its validation rules stay out of the page's first download.
          const { loadDataset } = await import('./load-dataset');
          return loadDataset(files, { onProgress: (file, done, total) => onProgress?.({ file, done, total }) });
        }),
      ]),
    };
  }

  const bench = benchRequested();
  if (bench) worker.postMessage({ type: 'bench' } satisfies WorkerRequest);
  return {
    add(name, content) {
      // Moved, not copied: a million rows are tens of megabytes.
      worker.postMessage({ type: 'file', name, content } satisfies WorkerRequest, content instanceof Uint8Array ? [content.buffer as ArrayBuffer] : []);
      countAdded();
    },
    cancel(reason) {
      worker.terminate();
      cancelled(reason);
    },
    dataset: Promise.race([cancellation, receiveDataset(worker, failure, onProgress, { bench, startedAt: options.startedAt, addedAt: () => addedAt })]),
  };
}

/** The worker's replies rebuilt into the Dataset, its index and default scorecard prepared; the worker ended after. */
async function receiveDataset(
  worker: Worker,
  failure: string | null,
  onProgress: ((progress: LoadProgress) => void) | undefined,
  clock: { bench: boolean; startedAt: number | undefined; addedAt: () => number },
): Promise<Dataset> {
  const parseStartedAt = performance.now();
  const { bench } = clock;
  let ended = false;
  try {
    const { next, waiting } = replies(worker, failure);
    const assembly = new DatasetAssembly();
    const ahead = new RowsAhead(assembly);
    let assembleMs = 0;
    // One clock for every kind of work on the page (a reply already waiting resumes without a new task), so no
    // task runs longer than a slice however the work and the replies interleave.
    let sliceStart = performance.now();
    /** One call of `step` with what is left of the slice (yielding to the page first if nothing is); whether there is more. */
    const slice = async (step: (budgetMs: number) => boolean): Promise<boolean> => {
      if (SLICE_MS - (performance.now() - sliceStart) <= 0) {
        await yieldToPage();
        sliceStart = performance.now();
      }
      const t = performance.now();
      const more = step(SLICE_MS - (t - sliceStart));
      assembleMs += performance.now() - t;
      return more;
    };
    const slices = async (step: (budgetMs: number) => boolean) => {
      while (await slice(step));
    };
    let timings: { loadMs: number; sendMs: number } | null = null;
    while (!timings) {
      // While the worker reads on, the rows already rebuilt are worked into the scorecard, a slice at a time.
      if (!waiting() && ahead.hasWork()) {
        await slice((budget) => ahead.work(budget));
        continue;
      }
      const { reply, waited } = await next();
      // A reply that had to be waited for starts a new task; one already waiting continues this one.
      if (waited) sliceStart = performance.now();
      if (reply.type === 'progress') onProgress?.(reply.progress);
      else if (reply.type === 'part') {
        assembly.add(reply.part);
        await slices((budget) => assembly.work(budget));
      } else if (reply.type === 'done') timings = reply.timings;
      else if (reply.type === 'failed') throw new Error(reply.message);
    }
    const dataset = assembly.dataset();
    const rebuiltMs = assembleMs;
    await slices(prepareDataset(dataset, assembly.observationsByMeasure, ahead.workedAhead(dataset)));
    const readyAt = performance.now();
    const prepareMs = assembleMs - rebuiltMs;
    void inBackground(prepareAfterReady(dataset));
    if (bench) {
      const loadTimings = timings;
      ended = true;
      // The bare parse runs after the load, in the same worker; the dataset does not wait for it.
      void (async () => {
        try {
          for (;;) {
            const { reply } = await next();
            if (reply.type === 'bench') {
              const startedAt = clock.startedAt ?? parseStartedAt;
              recordPipelineTimings({
                ...loadTimings,
                assembleMs,
                prepareMs,
                papaMs: reply.papaMs,
                readyAt,
                totalMs: readyAt - startedAt,
                fetchMs: clock.addedAt() - startedAt,
              });
              return;
            }
            if (reply.type === 'failed') return;
          }
        } finally {
          worker.terminate();
        }
      })();
    }
    return dataset;
  } finally {
    if (!ended) worker.terminate();
  }
}

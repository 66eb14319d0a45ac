/// <reference lib="webworker" />
// Parsing and validating a large folder can take seconds; doing it here keeps the page responsive. The files
// arrive one by one as they download, and each is read as soon as the files before it in contract order have
// been (measures.csv first: every other file refers to it). The Dataset goes back in small parts (see
// dataset-transfer.ts), so reading it never blocks the page for long.
import Papa from 'papaparse';
import { headParts, ObservationSender, type DatasetPart } from './dataset-transfer';
import { createDatasetLoader, type ContractFileContents } from './load-dataset';
import type { WorkerReply, WorkerRequest } from './parse-dataset';

const post = (reply: WorkerReply, transfer: Transferable[] = []) => self.postMessage(reply, transfer);

/** The bench's floor, in this same worker: decode the same files and parse them with Papa Parse, nothing else. */
function barePapaMs(files: ContractFileContents): number {
  const started = performance.now();
  for (const content of Object.values(files)) {
    const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
    Papa.parse(text, { header: true, skipEmptyLines: true });
  }
  return performance.now() - started;
}

let bench = false;
/** Every file as it arrived, for the bench's bare parse; the loader reads them in contract order. */
const arrived: ContractFileContents = {};
const arrivedNames = new Set<string>();
let busyMs = 0;
let sendMs = 0;
const sender = new ObservationSender();
const send = (parts: Iterable<{ part: DatasetPart; transfer: Transferable[] }>) => {
  const sending = performance.now();
  for (const { part, transfer } of parts) post({ type: 'part', part }, transfer);
  sendMs += performance.now() - sending;
};
const loader = createDatasetLoader({
  onProgress: (file, done, total) => post({ type: 'progress', progress: { file, done, total } }),
  // Each value file's rows go as soon as it is read: the page rebuilds them while this reads the next file.
  onObservations: (observations) => send(sender.parts(observations)),
});

/** Reads every file that is next in contract order and has arrived; once all are read, sends the rest. */
function readArrived(): void {
  const started = performance.now();
  const sentBefore = sendMs;
  for (let name = loader.next; name !== null && arrivedNames.has(name); name = loader.next) loader.read(arrived[name]);
  const finished = loader.next === null;
  if (finished) send(headParts(loader.finish()));
  busyMs += performance.now() - started - (sendMs - sentBefore);
  if (!finished) return;
  post({ type: 'done', timings: { loadMs: busyMs, sendMs } });
  if (bench) post({ type: 'bench', papaMs: barePapaMs(arrived) });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'bench') {
    bench = true;
    return;
  }
  if (request.content !== undefined) arrived[request.name] = request.content;
  arrivedNames.add(request.name);
  try {
    readArrived();
  } catch (error) {
    post({ type: 'failed', message: (error as Error).message });
  }
};

// The Web Worker's side of a load (see dataset-worker.ts, which only wires this to the worker's messages): the files
// arrive one by one as they download, and each is read as soon as the files before it in READ_ORDER have been
// (measures.csv first: every other file refers to it). The Dataset goes back in small parts as it is read (see
// dataset-transfer.ts), so reading it never blocks the page for long.
import Papa from 'papaparse';
import { headParts, sendingWhileReading, type DatasetPart } from './dataset-transfer';
import { createDatasetLoader, readAsTheyArrive, type ContractFileContents } from './load-dataset';
import type { WorkerReply, WorkerRequest } from './parse-dataset';

/** The bench's floor, in this same worker: decode the same files and parse them with Papa Parse, nothing else. */
function barePapaMs(files: ContractFileContents): number {
  const started = performance.now();
  for (const content of Object.values(files)) {
    const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
    Papa.parse(text, { header: true, skipEmptyLines: true });
  }
  return performance.now() - started;
}

/** One load's reader: give it each request the page sends; it answers through `post`. */
export function datasetReader(post: (reply: WorkerReply, transfer?: Transferable[]) => void): (request: WorkerRequest) => void {
  let bench = false;
  /** After a failure the page has its answer: files that arrive later are not read. */
  let failed = false;
  /** Only the bench reads the files twice: it keeps them. */
  const benchFiles: ContractFileContents = {};
  let busyMs = 0;
  let sendMs = 0;
  const send = (parts: Iterable<{ part: DatasetPart; transfer: Transferable[] }>) => {
    const sending = performance.now();
    for (const { part, transfer } of parts) post({ type: 'part', part }, transfer);
    sendMs += performance.now() - sending;
  };
  const files = readAsTheyArrive(
    createDatasetLoader({
      onProgress: (file, done, total) => post({ type: 'progress', progress: { file, done, total } }),
      // Each file goes as soon as it is read: the page rebuilds a value file's rows while this reads the next file.
      ...sendingWhileReading(send),
      // Sent, so not kept: the Dataset sent last (headParts) has no observations anyway.
      keepObservations: false,
    }),
  );

  return (request) => {
    if (request.type === 'bench') {
      bench = true;
      return;
    }
    if (failed) return;
    if (bench && request.content !== undefined) benchFiles[request.name] = request.content;
    try {
      const started = performance.now();
      const sentBefore = sendMs;
      const dataset = files.add(request.name, request.content);
      if (dataset) send(headParts(dataset));
      busyMs += performance.now() - started - (sendMs - sentBefore);
      if (!dataset) return;
      post({ type: 'done', timings: { loadMs: busyMs, sendMs } });
      if (bench) post({ type: 'bench', papaMs: barePapaMs(benchFiles) });
    } catch (error) {
      failed = true;
      post({ type: 'failed', message: (error as Error).message });
    }
  };
}

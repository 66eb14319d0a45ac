/// <reference lib="webworker" />
// Parsing and validating a large folder can take seconds; doing it here keeps the page responsive. The
// Dataset goes back in small parts (see dataset-transfer.ts), so reading it never blocks the page for long.
import Papa from 'papaparse';
import { headParts, ObservationSender, type DatasetPart } from './dataset-transfer';
import { loadDataset, type ContractFileContents } from './load-dataset';
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

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { files, bench } = event.data;
  try {
    const started = performance.now();
    const sender = new ObservationSender();
    let sendMs = 0;
    const send = (parts: Iterable<{ part: DatasetPart; transfer: Transferable[] }>) => {
      const sending = performance.now();
      for (const { part, transfer } of parts) post({ type: 'part', part }, transfer);
      sendMs += performance.now() - sending;
    };
    const dataset = loadDataset(files, {
      onProgress: (file, done, total) => post({ type: 'progress', progress: { file, done, total } }),
      // Each value file's rows go as soon as it is read: the page rebuilds them while this reads the next file.
      onObservations: (observations) => send(sender.parts(observations)),
    });
    send(headParts(dataset));
    const loadMs = performance.now() - started - sendMs;
    post({ type: 'done', timings: { loadMs, sendMs } });
    if (bench) post({ type: 'bench', papaMs: barePapaMs(files) });
  } catch (error) {
    post({ type: 'failed', message: (error as Error).message });
  }
};

import type { ContractFileContents } from './load-dataset';
import type { Dataset } from '../domain/types';

export interface LoadProgress {
  file: string;
  done: number;
  total: number;
}

export type WorkerReply =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'done'; dataset: Dataset }
  | { type: 'failed'; message: string };

/** Parses in a Web Worker where there is one (the browser), on this thread where there is not (jsdom, Node). */
export function parseDataset(files: ContractFileContents, onProgress?: (progress: LoadProgress) => void): Promise<Dataset> {
  if (typeof Worker === 'undefined') {
    // Loaded on demand, so the parser and its validation rules stay out of the page's first download.
    return import('./load-dataset').then(({ loadDataset }) =>
      loadDataset(files, { onProgress: (file, done, total) => onProgress?.({ file, done, total }) }),
    );
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress?.(reply.progress);
      else if (reply.type === 'done') {
        finish();
        resolve(reply.dataset);
      } else {
        finish();
        reject(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'the data could not be read'));
    };
    const transfer = Object.values(files).flatMap((content) => (content instanceof Uint8Array ? [content.buffer] : []));
    worker.postMessage(files, transfer as Transferable[]);
  });
}

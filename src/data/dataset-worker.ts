/// <reference lib="webworker" />
// Parsing and validating a large folder can take seconds; doing it here keeps the page responsive.
import { loadDataset, type ContractFileContents } from './load-dataset';
import type { WorkerReply } from './parse-dataset';

self.onmessage = (event: MessageEvent<ContractFileContents>) => {
  const post = (reply: WorkerReply) => self.postMessage(reply);
  try {
    const dataset = loadDataset(event.data, {
      onProgress: (file, done, total) => post({ type: 'progress', progress: { file, done, total } }),
    });
    post({ type: 'done', dataset });
  } catch (error) {
    post({ type: 'failed', message: (error as Error).message });
  }
};

/// <reference lib="webworker" />
// Parsing and validating a large folder can take seconds; doing it here keeps the page responsive. What the worker
// does with each message is dataset-reader.ts's: this only wires it to the worker's messages.
import { datasetReader } from './dataset-reader';
import type { WorkerRequest } from './parse-dataset';

const read = datasetReader((reply, transfer = []) => self.postMessage(reply, transfer));
self.onmessage = (event: MessageEvent<WorkerRequest>) => read(event.data);

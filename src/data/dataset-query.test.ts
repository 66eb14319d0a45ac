import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTRACT_FILE_NAMES, contractOrder } from './contract-files';
import { loadDataFolder } from './dataset-query';
import { datasetReader } from './dataset-reader';
import { RowsAhead } from './rows-ahead';
import { parseDataset, startDatasetWorkerEarly, WORKER_NOT_STARTED, type WorkerReply, type WorkerRequest } from './parse-dataset';
import { buildScorecard, defaultQuarter, indexDataset } from '../domain/scorecard';
import { loadDataset } from './load-dataset';
import { MEASURES_CSV, formatted, valueCsv } from './test-support';

const FILES: Record<string, string> = {
  'measures.csv': MEASURES_CSV,
  'targets.csv': 'measure_id,year,target\nEH01,2024-25,85\n',
  'early-help.csv': valueCsv('EH01,2024-06,85.1,,,', 'EH01,2024-07,86,,,'),
  'send.csv': valueCsv('SEND01,2024,61,,,'),
};

/** A server holding FILES whose answers arrive in the reverse of contract order: measures.csv last. */
function reversedServer(answer: (name: string) => Response | Promise<Response> = (name) => new Response(FILES[name] ?? 'not found', { status: name in FILES ? 200 : 404 })) {
  return (async (input: RequestInfo | URL) => {
    const name = new URL(String(input)).pathname.split('/').pop()!;
    const position = contractOrder(name);
    await new Promise((resolve) => setTimeout(resolve, 5 * (CONTRACT_FILE_NAMES.length - position)));
    return answer(name);
  }) as typeof fetch;
}

describe('loadDataFolder', () => {
  it('hands each file over as it arrives, in any order, and reads them as the loader does', async () => {
    const arrived: Array<[string, number | undefined]> = [];
    const load = loadDataFolder('http://example.test/', {
      fetchFile: reversedServer(),
      onFile: (name, bytes) => arrived.push([name, bytes?.byteLength]),
    });
    const dataset = await load.dataset;
    expect(arrived.map(([name]) => name)).toEqual([...CONTRACT_FILE_NAMES].reverse());
    expect(arrived.filter(([, bytes]) => bytes !== undefined).map(([name]) => name).sort()).toEqual(Object.keys(FILES).sort());
    expect(dataset).toEqual(loadDataset(FILES));
    expect(dataset.observations).toHaveLength(3);
  });

  it('reports a file the server failed to send among the problems, and still reads the rest', async () => {
    const load = loadDataFolder('http://example.test/', {
      fetchFile: reversedServer((name) => (name === 'send.csv' ? new Response('busy', { status: 503, statusText: 'Service Unavailable' }) : new Response(FILES[name] ?? '', { status: name in FILES ? 200 : 404 }))),
    });
    const dataset = await load.dataset;
    expect(formatted(dataset.problems)).toContain('send.csv:0:-: error: could not be fetched: the server answered 503 Service Unavailable');
    expect(dataset.observations.map((observation) => observation.measureId)).toEqual(['EH01', 'EH01']);
  });

  it('reports a download that breaks off part way as that file\'s problem, and still reads the rest', async () => {
    const broken = () => new Response(new ReadableStream({ start: (controller) => controller.error(new Error('connection reset')) }));
    const load = loadDataFolder('http://example.test/', {
      fetchFile: reversedServer((name) => (name === 'send.csv' ? broken() : new Response(FILES[name] ?? '', { status: name in FILES ? 200 : 404 }))),
    });
    const dataset = await load.dataset;
    expect(formatted(dataset.problems)).toContain('send.csv:0:-: error: could not be fetched (connection reset); check the connection and reload');
    expect(dataset.observations.map((observation) => observation.measureId)).toEqual(['EH01', 'EH01']);
    expect((await load.fetched).problems).toHaveLength(1);
  });
});

describe('loadDataFolder with a Web Worker', () => {
  /** Stands in for the browser's Worker: records what the page sends it, and whether it was ended. */
  class RecordingWorker {
    static started: RecordingWorker[] = [];
    readonly messages: Array<{ type: string; name?: string; content?: unknown }> = [];
    readonly transferred: unknown[] = [];
    terminated = false;
    onmessage: unknown = null;
    onerror: unknown = null;
    constructor() {
      RecordingWorker.started.push(this);
    }
    postMessage(message: { type: string; name?: string }, transfer: unknown[] = []) {
      this.messages.push(message);
      this.transferred.push(...transfer);
    }
    terminate() {
      this.terminated = true;
    }
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    RecordingWorker.started = [];
  });

  it('moves each file to the worker as it arrives, before the rest have', async () => {
    vi.stubGlobal('Worker', RecordingWorker);
    // How many files the worker had been sent when each answer left the server.
    const sentWhenServed = new Map<string, number>();
    const load = loadDataFolder('http://example.test/', {
      fetchFile: reversedServer((name) => {
        sentWhenServed.set(name, RecordingWorker.started[0]!.messages.length);
        return new Response(FILES[name] ?? 'not found', { status: name in FILES ? 200 : 404 });
      }),
    });
    await load.fetched;
    const [worker] = RecordingWorker.started;
    expect(worker!.messages.map((message) => message.name)).toEqual([...CONTRACT_FILE_NAMES].reverse());
    // measures.csv is answered last here: by then every other file is already with the worker.
    expect(sentWhenServed.get('measures.csv')).toBe(CONTRACT_FILE_NAMES.length - 1);
    const measures = worker!.messages.find((message) => message.name === 'measures.csv')!.content as Uint8Array;
    expect(worker!.transferred).toContain(measures.buffer);
    expect(worker!.messages.find((message) => message.name === 'glossary.csv')!.content).toBeUndefined();
  });

  it('ends the worker when a file cannot be handed over, instead of leaving it waiting for the rest', async () => {
    vi.stubGlobal('Worker', RecordingWorker);
    const load = loadDataFolder('http://example.test/', {
      fetchFile: reversedServer(),
      onFile: (name) => {
        if (name === 'send.csv') throw new Error('the fingerprint failed');
      },
    });
    await expect(load.dataset).rejects.toThrow('the fingerprint failed');
    expect(RecordingWorker.started).toHaveLength(1);
    expect(RecordingWorker.started[0]!.terminated).toBe(true);
  });

  it('parseDataset ends the worker when a file cannot be sent to it', async () => {
    class RefusingWorker extends RecordingWorker {
      override postMessage(message: { type: string; name?: string }) {
        if (message.name === 'targets.csv') throw new DOMException('could not be cloned', 'DataCloneError');
        super.postMessage(message);
      }
    }
    vi.stubGlobal('Worker', RefusingWorker);
    await expect(parseDataset({ 'measures.csv': MEASURES_CSV })).rejects.toThrow('could not be cloned');
    expect(RecordingWorker.started[0]!.terminated).toBe(true);
  });

  it('says so in plain words when the worker cannot be started (its script did not load)', async () => {
    vi.stubGlobal('Worker', RecordingWorker);
    const load = loadDataFolder('http://example.test/', { fetchFile: reversedServer() });
    const worker = RecordingWorker.started[0]!;
    // What a browser does when a worker's script cannot be fetched: an error event with no message.
    (worker.onerror as (event: Event) => void)(new Event('error'));
    await expect(load.dataset).rejects.toThrow(WORKER_NOT_STARTED);
    expect(WORKER_NOT_STARTED).toMatch(/^the page's data reader \(a Web Worker\) could not be started\. Reload the page/);
    expect(worker.terminated).toBe(true);
  });

  it('a worker started with the app is the one the first load sends its files to; the next load starts its own', async () => {
    vi.stubGlobal('Worker', RecordingWorker);
    startDatasetWorkerEarly();
    startDatasetWorkerEarly();
    expect(RecordingWorker.started).toHaveLength(1);
    const first = loadDataFolder('http://example.test/', { fetchFile: reversedServer() });
    await first.fetched;
    expect(RecordingWorker.started).toHaveLength(1);
    expect(RecordingWorker.started[0]!.messages.filter((message) => message.type === 'file')).toHaveLength(CONTRACT_FILE_NAMES.length);
    const second = loadDataFolder('http://example.test/', { fetchFile: reversedServer() });
    await second.fetched;
    expect(RecordingWorker.started).toHaveLength(2);
    expect(RecordingWorker.started[1]!.messages.filter((message) => message.type === 'file')).toHaveLength(CONTRACT_FILE_NAMES.length);
  });

  it('a worker that cannot even be made with the app does not stop the app: the load tries again itself', () => {
    let tries = 0;
    class ThrowingWorker {
      constructor() {
        tries++;
        throw new DOMException('module workers are not supported', 'SecurityError');
      }
    }
    vi.stubGlobal('Worker', ThrowingWorker);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => startDatasetWorkerEarly()).not.toThrow();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be started ahead of the data'), expect.any(DOMException));
    expect(() => loadDataFolder('http://example.test/', { fetchFile: reversedServer() })).toThrow('module workers are not supported');
    expect(tries).toBe(2);
    warn.mockRestore();
  });

  it('a worker started with the app whose script failed before any load took it: the load says so', async () => {
    vi.stubGlobal('Worker', RecordingWorker);
    startDatasetWorkerEarly();
    const worker = RecordingWorker.started[0]!;
    (worker.onerror as (event: Event) => void)(new Event('error'));
    const load = loadDataFolder('http://example.test/', { fetchFile: reversedServer() });
    await expect(load.dataset).rejects.toThrow(WORKER_NOT_STARTED);
    expect(RecordingWorker.started).toHaveLength(1);
    expect(worker.terminated).toBe(true);
  });
});

describe('loadDataFolder with a worker that answers', () => {
  /** The worker's own reader, its replies arriving as messages do: each in a later task, copied. */
  class ReplayingWorker {
    static started: ReplayingWorker[] = [];
    onmessage: ((event: { data: WorkerReply }) => void) | null = null;
    onerror: unknown = null;
    terminated = false;
    replies = 0;
    private readonly read = datasetReader((reply) => {
      const sent = this.replyToSend(reply, ++this.replies);
      setTimeout(() => this.onmessage?.({ data: structuredClone(sent) }), 0);
    });
    constructor() {
      ReplayingWorker.started.push(this);
    }
    /** What is sent for the nth reply: the reply itself here. */
    replyToSend(reply: WorkerReply, _nth: number): WorkerReply {
      return reply;
    }
    postMessage(request: WorkerRequest) {
      this.read(structuredClone(request));
    }
    terminate() {
      this.terminated = true;
    }
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    ReplayingWorker.started = [];
  });

  it('rebuilds the dataset the files give, and its scorecard, working rows out between the parts', async () => {
    vi.stubGlobal('Worker', ReplayingWorker);
    const workedAhead = vi.spyOn(RowsAhead.prototype, 'work');
    const files = { ...FILES, 'social-care.csv': valueCsv('CSC01,2024-06,40,,,', 'CSC03,2024-07,12.5,,,', 'EH01,2024-08,84,,,') };
    const dataset = await loadDataFolder('http://example.test/', {
      fetchFile: reversedServer((name) => new Response(files[name as keyof typeof files] ?? 'not found', { status: name in files ? 200 : 404 })),
    }).dataset;
    const loaded = loadDataset(files);
    expect(dataset).toEqual(loaded);
    const index = indexDataset(dataset);
    const fresh = indexDataset(loaded);
    expect(defaultQuarter(index)).toEqual({ startYear: 2024, quarter: 2 });
    expect(buildScorecard(index, defaultQuarter(index)!)).toEqual(buildScorecard(fresh, defaultQuarter(fresh)!));
    expect(ReplayingWorker.started[0]!.terminated).toBe(true);
    expect(workedAhead).toHaveBeenCalled();
    workedAhead.mockRestore();
  });

  it('says what went wrong when the worker fails part way, and ends it', async () => {
    class FailingWorker extends ReplayingWorker {
      override replyToSend(reply: WorkerReply, nth: number): WorkerReply {
        return nth === 4 ? { type: 'failed', message: 'the worker ran out of memory' } : reply;
      }
    }
    vi.stubGlobal('Worker', FailingWorker);
    const load = loadDataFolder('http://example.test/', { fetchFile: reversedServer() });
    await expect(load.dataset).rejects.toThrow('the worker ran out of memory');
    expect(ReplayingWorker.started[0]!.terminated).toBe(true);
  });
});

// One page load in headless Chromium: time from navigation to the first rendered [data-measure-id] element, the
// longest main-thread task while loading, and the JavaScript heap of the page and its workers (via CDP).
import type { Browser, CDPSession } from 'playwright-core';
import type { PipelineTimings } from '../../src/data/parse-dataset';

export interface PageLoad {
  /** performance.now() (milliseconds since navigation start) when the first [data-measure-id] element was in the DOM. */
  firstInDomMs: number;
  /** ... and the next animation frame after it, i.e. when it could first be painted. */
  firstRenderedMs: number;
  /** When the page had settled: no long task for a second after the first element. */
  settledMs: number;
  longestTaskMs: number;
  /** The longest main-thread task that started before the data was ready (fetch, worker, rebuilding, index, scorecard): NaN when the app did not report its timings. */
  longestLoadingTaskMs: number;
  longTasks: number;
  /** Every long task: [start, duration] in milliseconds since navigation. */
  longTaskList: Array<[number, number]>;
  measureElements: number;
  /** JS heap used after forced garbage collection, page plus live workers, once the page had settled. */
  heapAfterGcBytes: number;
  /** Blink's own (DOM) memory reported alongside, for the page. */
  embedderHeapBytes: number;
  /** The largest heap seen while loading (page + workers, sampled every 250 ms, no GC forced). */
  peakHeapBytes: number;
  workersSeen: number;
  /** The app's own timings of its load pipeline and of a bare Papa Parse of the same files in its worker (null if not reported). */
  pipeline: PipelineTimings | null;
  errors: string[];
}

// Runs in the page before any of its scripts.
const INIT_SCRIPT = `(() => {
  window.__scorecardBenchPipeline = true;
  const bench = (window.__bench = { longTasks: [], first: null, firstFrame: null });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const check = () => {
    // html[data-prerender=other-view]: the prerendered summary, hidden while the app renders the view asked for.
    if (bench.first !== null || !document.querySelector('html:not([data-prerender="other-view"]) [data-measure-id]')) return bench.first !== null;
    bench.first = performance.now();
    requestAnimationFrame(() => { bench.firstFrame = performance.now(); });
    return true;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
})();`;

interface BenchState {
  longTasks: Array<[number, number]>;
  first: number | null;
  firstFrame: number | null;
}

interface HeapUsage {
  usedSize: number;
  embedderHeapUsedSize?: number;
}

/** CDP access to the page and to every dedicated worker it starts (non-flattened auto-attach on the page session). */
class Targets {
  private readonly workers = new Set<string>();
  private readonly pending = new Map<number, (result: unknown) => void>();
  private nextId = 1;
  seen = 0;

  constructor(readonly page: CDPSession) {
    page.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker' || event.targetInfo.type === 'shared_worker') {
        this.workers.add(event.sessionId);
        this.seen++;
      }
    });
    page.on('Target.detachedFromTarget', (event) => {
      if (event.sessionId) this.workers.delete(event.sessionId);
    });
    page.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
      const resolve = message.id === undefined ? undefined : this.pending.get(message.id);
      if (resolve) {
        this.pending.delete(message.id!);
        resolve(message.error ? null : message.result);
      }
    });
  }

  async start(): Promise<void> {
    await this.page.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  }

  private sendToWorker(sessionId: string, method: string): Promise<unknown> {
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.pending.set(id, resolve);
      // A worker that ends meanwhile never answers: give up on it after a while.
      setTimeout(() => {
        if (this.pending.delete(id)) resolve(null);
      }, 10_000);
      this.page.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(() => {
        if (this.pending.delete(id)) resolve(null);
      });
    });
  }

  /** Resolves once no worker is attached, or after `timeoutMs`. */
  async workersEnded(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.workers.size > 0 && Date.now() < deadline) await sleep(50);
  }

  /** Heap used by the page and every live worker; with `gc`, after collecting garbage in each. */
  async heap(gc: boolean): Promise<{ used: number; embedder: number }> {
    if (gc) {
      await Promise.all([this.page.send('HeapProfiler.collectGarbage'), ...[...this.workers].map((id) => this.sendToWorker(id, 'HeapProfiler.collectGarbage'))]);
    }
    const [page, ...workers] = await Promise.all([
      this.page.send('Runtime.getHeapUsage') as Promise<HeapUsage>,
      ...[...this.workers].map((id) => this.sendToWorker(id, 'Runtime.getHeapUsage') as Promise<HeapUsage | null>),
    ]);
    return {
      used: page.usedSize + workers.reduce((sum, usage) => sum + (usage?.usedSize ?? 0), 0),
      embedder: page.embedderHeapUsedSize ?? 0,
    };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One load of `url`. With `app`, the page is the scorecard app: its heap is sampled only once it has reported its
 * load pipeline done (a prerendered page shows its first row long before the data has loaded).
 */
export async function measurePageLoad(browser: Browser, url: string, options: { timeoutMs: number; app: boolean }): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      // Optional files that are absent answer 404, which the app treats as "not supplied": not an error of the page.
      if (message.type() === 'error' && !/^Failed to load resource: .* 404/.test(message.text())) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(INIT_SCRIPT);
    const cdp = await context.newCDPSession(page);
    const targets = new Targets(cdp);
    await targets.start();

    // Sample the heap while loading; CDP answers when the page's thread is free, so a blocked page samples late.
    let peak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        try {
          peak = Math.max(peak, (await targets.heap(false)).used);
        } catch {
          // the page may be navigating
        }
        await sleep(250);
      }
    })();

    try {
      await page.goto(url, { waitUntil: 'commit', timeout: options.timeoutMs });
      await page.waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.firstFrame !== null, undefined, {
        timeout: options.timeoutMs,
        polling: 100,
      });
      if (options.app) {
        await page.waitForFunction(() => (window as unknown as { __scorecardPipelineTimings?: unknown[] }).__scorecardPipelineTimings?.length, undefined, {
          timeout: options.timeoutMs,
          polling: 200,
        });
      }
      // Settle: the network quiet, then no long task for a second (the rest of the rows may still be rendering).
      await page.waitForLoadState('networkidle', { timeout: options.timeoutMs }).catch(() => undefined);
      const deadline = Date.now() + 30_000;
      for (;;) {
        const quiet = await page.evaluate(() => {
          const bench = (window as unknown as { __bench: BenchState }).__bench;
          const lastEnd = bench.longTasks.reduce((end, [start, duration]) => Math.max(end, start + duration), 0);
          return performance.now() - lastEnd;
        });
        if (quiet >= 1000 || Date.now() > deadline) break;
        await sleep(1000 - quiet + 50);
      }
    } finally {
      sampling = false;
      await sampler;
    }

    // The worker's bare parse runs after the load: wait for its report (a page that started no worker has none).
    const pipeline = await page
      .waitForFunction(() => (window as unknown as { __scorecardPipelineTimings?: PipelineTimings[] }).__scorecardPipelineTimings?.[0] ?? null, undefined, {
        timeout: targets.seen > 0 ? 60_000 : 1,
        polling: 200,
      })
      .then((handle) => handle.jsonValue() as Promise<PipelineTimings>)
      .catch(() => null);
    const state = await page.evaluate(() => {
      const bench = (window as unknown as { __bench: BenchState }).__bench;
      return { ...bench, now: performance.now(), count: document.querySelectorAll('[data-measure-id]').length };
    });
    // The app ends its worker as soon as it has reported the bench's bare parse, which the worker ran after the load
    // (a million rows of Papa Parse's output, the bench's and not the app's): measured before the worker has gone,
    // the heap counted it in some runs (406 MB against 170 MB).
    if (pipeline) await targets.workersEnded(5_000);
    const heap = await targets.heap(true);
    return {
      firstInDomMs: state.first ?? NaN,
      firstRenderedMs: state.firstFrame ?? NaN,
      settledMs: state.now,
      longestTaskMs: state.longTasks.reduce((max, [, duration]) => Math.max(max, duration), 0),
      longestLoadingTaskMs: pipeline
        ? state.longTasks.filter(([start]) => start < pipeline.readyAt).reduce((max, [, duration]) => Math.max(max, duration), 0)
        : NaN,
      longTasks: state.longTasks.length,
      longTaskList: state.longTasks.map(([start, duration]) => [Math.round(start), Math.round(duration)]),
      measureElements: state.count,
      heapAfterGcBytes: heap.used,
      embedderHeapBytes: heap.embedder,
      peakHeapBytes: Math.max(peak, heap.used),
      workersSeen: targets.seen,
      pipeline,
      errors,
    };
  } finally {
    await context.close();
  }
}

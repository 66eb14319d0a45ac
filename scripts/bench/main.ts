// `npm run bench`: how fast the scorecard is at any size, measured side by side in one run.
//   npm run bench [-- --skip-build <dist>] [--sizes 10000,100000,1000000] [--seed 1] [--quick]
// Builds the app into a temp folder (never the shared dist/), generates datasets (cached by seed and size), then
// measures (a) the command-line pipeline against a bare Papa Parse, (b) the built app in headless Chromium,
// (c) a static HTML page of the same rows, (d) the initial JavaScript size. Prints a table with every target and
// writes bench/results.json. A missed target is reported, not fatal: this is a measurement, so it exits 0.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { chromiumPath, launchChromium } from '../../tests/browser/chromium';
import { startStaticServer, type Mount } from '../../tests/browser/static-server';
import { initialJsSize, LIMIT_KB } from '../check-size';
import { createPrerenderer, prerenderedCopy } from '../prerender';
import { measurePageLoad, type PageLoad } from './browser-bench';
import { runLighthouse, type LighthouseResult } from './lighthouse';
import { measureInteractions, type InteractionFigures } from './interaction-bench';
import { generateDataset, writeDataset } from '../generate-dataset';
import { cachedDataset, CACHE_ROOT, type BenchDataset } from './datasets';
import type { CliBenchResult } from './cli-bench';
import { writeStaticPage } from './static-page';
import { median } from './statistics';

const ROOT = resolve(import.meta.dirname, '..', '..');
const TARGETS = {
  cliRatio: 2,
  heapMb1M: 500,
  longTaskMs: 50,
  staticRatio: 1.5,
  initialJsKb: LIMIT_KB,
  interactionMs: 100,
  lighthousePerformance: 95,
  lighthouseAccessibility: 100,
};

// ------------------------------------------------------------------------------------------------ options

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const quick = args.includes('--quick');
const seed = option('--seed') ?? '1';
const sizes = (option('--sizes') ?? (quick ? '10000,100000' : '10000,100000,1000000')).split(',').map((text) => Number(text.replaceAll('_', '')));
const skipBuild = option('--skip-build');

/** Runs per measurement: fewer for the biggest dataset, so the whole bench stays near ten minutes. */
function runsFor(rows: number, kind: 'cli' | 'browser'): number {
  // A 10k-row run takes some 20 ms, where a shared machine's hiccups are as long as the work: more runs steady the median.
  if (kind === 'cli') return rows >= 1_000_000 ? 3 : rows < 50_000 ? (quick ? 9 : 15) : quick ? 3 : 5;
  // Odd counts, so the long-task median is one run's figure; at least three, so one slow spell is not the median.
  if (rows >= 100_000) return 3;
  return quick ? 3 : 5;
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-GB')} ms` : 'n/a');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const sizeLabel = (rows: number) => (rows >= 1_000_000 ? `${rows / 1_000_000}M` : `${rows / 1000}k`);
const log = (text: string) => process.stderr.write(`${text}\n`);

// ------------------------------------------------------------------------------------------------ steps

function build(): string {
  if (skipBuild) return resolve(skipBuild);
  const outDir = mkdtempSync(join(tmpdir(), 'scorecard-bench-dist-'));
  log(`Building the app into ${outDir} (vite build; type checks are npm test's job) ...`);
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`vite build failed (exit ${result.status}); fix the build, or pass --skip-build <folder of an earlier build>`);
  }
  return outDir;
}

function cliBench(dataset: BenchDataset, runs: number): CliBenchResult {
  const result = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    [join(ROOT, 'scripts', 'bench', 'cli-bench.ts'), dataset.dir, String(runs), dataset.valueRows >= 1_000_000 ? 'cold' : 'warm'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' } },
  );
  if (result.status !== 0) throw new Error(`cli-bench failed on ${dataset.label}: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as CliBenchResult;
}

interface BrowserFigures {
  runs: PageLoad[];
  firstRenderedMs: number;
  /** Each run's longest main-thread task: the median over runs (judged, like the other timing targets). */
  longestTaskMs: number;
  heapAfterGcBytes: number;
  peakHeapBytes: number;
  measureElements: number;
  errors: string[];
  /** The page's own load pipeline (fetch to default scorecard ready) and a bare Papa Parse of the same files in its worker: medians. */
  pipelineMs: number;
  workerPapaMs: number;
  /** The longest main-thread task before the data was ready: median over runs. */
  longestLoadingTaskMs: number;
}

async function browserBench(browser: Browser, url: string, runs: number, timeoutMs: number, app: boolean): Promise<BrowserFigures> {
  const loads: PageLoad[] = [];
  for (let i = 0; i < runs; i++) loads.push(await measurePageLoad(browser, url, { timeoutMs, app }));
  return figuresOf(loads);
}

function figuresOf(loads: PageLoad[]): BrowserFigures {
  return {
    runs: loads,
    firstRenderedMs: median(loads.map((load) => load.firstRenderedMs)),
    longestTaskMs: median(loads.map((load) => load.longestTaskMs)),
    heapAfterGcBytes: loads.at(-1)!.heapAfterGcBytes,
    peakHeapBytes: Math.max(...loads.map((load) => load.peakHeapBytes)),
    measureElements: loads.at(-1)!.measureElements,
    errors: [...new Set(loads.flatMap((load) => load.errors))],
    pipelineMs: median(loads.map((load) => load.pipeline?.totalMs ?? NaN)),
    workerPapaMs: median(loads.map((load) => load.pipeline?.papaMs ?? NaN)),
    longestLoadingTaskMs: median(loads.map((load) => load.longestLoadingTaskMs)),
  };
}

/** How the runs' longest tasks are shown: the median run's (the judged figure), then the worst and how many went over. */
const ofRuns = (n: number) => (n > 1 ? `, median (worst; runs over ${TARGETS.longTaskMs} ms) of ${n}` : '');

function longTasksOf(runs: PageLoad[], longest: (run: PageLoad) => number): string {
  const tasks = runs.map(longest);
  if (tasks.length < 2) return ms(median(tasks));
  const over = tasks.filter((task) => task > TARGETS.longTaskMs).length;
  return `${ms(median(tasks))} (${ms(Math.max(...tasks))}; ${over}/${tasks.length})`;
}

// ------------------------------------------------------------------------------------------------ run

interface Row {
  figure: string;
  measured: string;
  target: string;
  result: 'PASS' | 'FAIL' | '';
}

async function main(): Promise<void> {
  const started = Date.now();
  const environment = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: chromiumPath(),
    cpus: cpus().length,
    loadAverageAtStart: loadavg().map((load) => Number(load.toFixed(2))),
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || null,
    seed,
  };
  const dist = build();
  const size = initialJsSize(dist);

  log(`Datasets (cached in ${join(CACHE_ROOT, 'datasets')}) ...`);
  const datasets = sizes.map((rows) => {
    const t = Date.now();
    const dataset = cachedDataset(sizeLabel(rows), rows, seed);
    log(`  ${dataset.label}: ${dataset.measures} measures x ${dataset.years} years = ${dataset.valueRows} value rows, ${mb(dataset.bytes)}${dataset.cached ? ' (cached)' : ` (generated in ${Date.now() - t} ms)`}`);
    return dataset;
  });

  // (a) command line
  const cli: Array<{ dataset: BenchDataset; result: CliBenchResult; pipelineMs: number; papaMs: number; pipelineCpuMs: number; papaCpuMs: number }> = [];
  for (const dataset of datasets) {
    const runs = runsFor(dataset.valueRows, 'cli');
    log(`Command line, ${dataset.label}: ${runs} runs of the pipeline and of Papa Parse ...`);
    const result = cliBench(dataset, runs);
    cli.push({
      dataset,
      result,
      pipelineMs: median(result.pipeline.map((run) => run.totalMs)),
      papaMs: median(result.papaMs),
      pipelineCpuMs: median(result.pipeline.map((run) => run.cpuMs)),
      papaCpuMs: median(result.papaCpuMs),
    });
  }

  // (b) and (c) the browser
  const staticDir = mkdtempSync(join(tmpdir(), 'scorecard-bench-static-'));
  const staticRows = writeStaticPage(join(dist, 'data'), staticDir);
  // The same page styled by the app's own stylesheet (render-blocking, as the app's): the baseline of target (c).
  const appCss = /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
  writeStaticPage(join(dist, 'data'), join(staticDir, 'styled'), appCss ? { stylesheet: join(dist, appCss) } : {});
  // Each dataset as a council would publish it: built (so prerendered) with that data, not the sample's markup.
  const prerenderedDir = mkdtempSync(join(tmpdir(), 'scorecard-bench-prerendered-'));
  const prerenderer = await createPrerenderer();
  try {
    for (const dataset of datasets) {
      const t = Date.now();
      await prerenderedCopy(prerenderer, dist, dataset.dir, join(prerenderedDir, dataset.label));
      log(`Prerendered the landing view from ${dataset.label} in ${Date.now() - t} ms`);
    }
  } finally {
    await prerenderer.close();
  }
  // (f) A 1,000-measure scorecard with ten years of history (monthly measures have 120 figures) for the interactions.
  const interactionsDir = join(CACHE_ROOT, 'datasets', `interactions-1000x10-seed-${seed}`);
  writeDataset(interactionsDir, generateDataset({ measures: 1000, years: 10, seed }));
  const mounts: Mount[] = [
    { prefix: '/sample/', root: dist },
    { prefix: '/interactions/', root: dist, dataDir: interactionsDir },
    { prefix: '/static/', root: staticDir },
    ...datasets.map((dataset) => ({ prefix: `/${dataset.label}/`, root: join(prerenderedDir, dataset.label), dataDir: dataset.dir })),
  ];
  const { server, origin } = await startStaticServer(mounts);
  const browser = await launchChromium();
  const pages: Array<{ label: string; rows: number; view: string; figures: BrowserFigures }> = [];
  let staticFigures: BrowserFigures;
  let styledFigures: BrowserFigures;
  let lighthouse: LighthouseResult | { error: string };
  let interactions: InteractionFigures | { error: string };
  try {
    // The 1.5x target compares the app with the static pages: their loads alternate, so a slow spell on a shared
    // machine slows both sides alike instead of whichever happened to run then.
    const landingRuns = quick ? 5 : 7;
    log(`Browser: static page of the sample's ${staticRows} rows, the same with the app's stylesheet, and the sample's landing view, alternating, ${landingRuns} runs each ...`);
    const alternating = { bare: [] as PageLoad[], styled: [] as PageLoad[], landing: [] as PageLoad[] };
    for (let i = 0; i < landingRuns; i++) {
      alternating.bare.push(await measurePageLoad(browser, `${origin}/static/`, { timeoutMs: 30_000, app: false }));
      alternating.styled.push(await measurePageLoad(browser, `${origin}/static/styled/`, { timeoutMs: 30_000, app: false }));
      alternating.landing.push(await measurePageLoad(browser, `${origin}/sample/`, { timeoutMs: 300_000, app: true }));
    }
    staticFigures = figuresOf(alternating.bare);
    styledFigures = figuresOf(alternating.styled);
    const targets = [{ label: 'sample', rows: 0, prefix: '/sample/' }, ...datasets.map((d) => ({ label: d.label, rows: d.valueRows, prefix: `/${d.label}/` }))];
    for (const target of targets) {
      for (const view of ['landing', 'scorecard']) {
        if (target.label === 'sample' && view === 'landing') {
          pages.push({ label: target.label, rows: target.rows, view, figures: figuresOf(alternating.landing) });
          continue;
        }
        const runs = target.rows === 0 ? (quick ? 3 : 5) : runsFor(target.rows, 'browser');
        log(`Browser: ${target.label}, ${view} view, ${runs} run(s) ...`);
        const url = `${origin}${target.prefix}${view === 'landing' ? '' : '?view=scorecard'}`;
        try {
          pages.push({ label: target.label, rows: target.rows, view, figures: await browserBench(browser, url, runs, 300_000, true) });
        } catch (error) {
          log(`  failed: ${(error as Error).message.split('\n')[0]}`);
          pages.push({
            label: target.label,
            rows: target.rows,
            view,
            figures: { runs: [], firstRenderedMs: NaN, longestTaskMs: NaN, heapAfterGcBytes: NaN, peakHeapBytes: NaN, measureElements: 0, pipelineMs: NaN, workerPapaMs: NaN, longestLoadingTaskMs: NaN, errors: [(error as Error).message.split('\n')[0]!] },
          });
        }
      }
    }
    log('Browser: 1,000 measures x 10 years: quarter switches, filters, opening a measure ...');
    interactions = await measureInteractions(browser, origin, '/interactions/', quick ? 2 : 3).catch((error: unknown) => ({ error: (error as Error).message.split('\n')[0]! }));
    // (e) Lighthouse on the sample's landing view, in its own Chromium (the bench's is closed first, to be quiet).
    await browser.close();
    log('Lighthouse: sample landing view, desktop preset, 3 runs ...');
    lighthouse = await runLighthouse(`${origin}/sample/`, 3).catch((error: unknown) => ({ error: (error as Error).message.split('\n')[0]! }));
  } finally {
    await browser.close();
    server.close();
    rmSync(staticDir, { recursive: true, force: true });
    rmSync(prerenderedDir, { recursive: true, force: true });
  }

  // ---------------------------------------------------------------------------------------------- report
  const rows: Row[] = [];
  const judge = (ok: boolean | null): Row['result'] => (ok === null ? '' : ok ? 'PASS' : 'FAIL');
  rows.push({ figure: '(d) initial JS, gzip', measured: `${(size.gzipBytes / 1000).toFixed(1)} kB`, target: `<= ${TARGETS.initialJsKb} kB`, result: judge(size.gzipBytes <= TARGETS.initialJsKb * 1000) });
  for (const entry of cli) {
    const ratio = entry.pipelineMs / entry.papaMs;
    const runs = entry.result.pipeline.length;
    const cpuRatio = entry.pipelineCpuMs / entry.papaCpuMs;
    rows.push({ figure: `(a) CLI ${entry.dataset.label}: pipeline, wall (CPU), median of ${runs}`, measured: `${ms(entry.pipelineMs)} (${ms(entry.pipelineCpuMs)})`, target: '', result: '' });
    rows.push({ figure: `(a) CLI ${entry.dataset.label}: Papa.parse only, wall (CPU)`, measured: `${ms(entry.papaMs)} (${ms(entry.papaCpuMs)})`, target: '', result: '' });
    rows.push({
      figure: `(a) CLI ${entry.dataset.label}: pipeline / Papa, wall (CPU)`,
      measured: `${ratio.toFixed(2)}x (${cpuRatio.toFixed(2)}x)`,
      target: `<= ${TARGETS.cliRatio}x`,
      result: judge(ratio <= TARGETS.cliRatio),
    });
  }
  rows.push({ figure: `(c) static HTML page, no stylesheet: first row`, measured: ms(staticFigures.firstRenderedMs), target: '', result: '' });
  rows.push({ figure: `(c) static HTML page, app's stylesheet: first row`, measured: ms(styledFigures.firstRenderedMs), target: '', result: '' });
  // The machine's floor for the long-task target: a page with no script at all, laid out once.
  rows.push({
    figure: `(c) static HTML page, app's stylesheet: longest main-thread task${ofRuns(styledFigures.runs.length)}`,
    measured: longTasksOf(styledFigures.runs, (run) => run.longestTaskMs),
    target: '',
    result: '',
  });
  for (const entry of pages) {
    const name = `(b) ${entry.label} ${entry.view}`;
    const f = entry.figures;
    const n = f.runs.length;
    rows.push({ figure: `${name}: first [data-measure-id]${n > 1 ? ` (median of ${n})` : ''}`, measured: ms(f.firstRenderedMs), target: '', result: '' });
    if (entry.label === 'sample') {
      // The target is on the default view (prerendered); other views render from the data files, shown for information.
      const landing = entry.view === 'landing';
      const ratio = f.firstRenderedMs / styledFigures.firstRenderedMs;
      const bare = f.firstRenderedMs / staticFigures.firstRenderedMs;
      rows.push({
        figure: `(c) ${entry.label} ${entry.view}: app / static page with its stylesheet (/ bare static page)`,
        measured: `${ratio.toFixed(1)}x (${bare.toFixed(1)}x)`,
        target: landing ? `<= ${TARGETS.staticRatio}x` : '',
        result: landing ? judge(ratio <= TARGETS.staticRatio) : '',
      });
    }
    // Judged on the median run, as the other timing targets are: on this shared two-core machine even the static
    // page (no script at all) has a first layout over 50 ms in some runs. The worst run, and how many runs had a
    // task over the target, are printed beside it.
    rows.push({
      figure: `${name}: longest main-thread task${ofRuns(n)}`,
      measured: longTasksOf(f.runs, (run) => run.longestTaskMs),
      target: `<= ${TARGETS.longTaskMs} ms`,
      result: judge(f.longestTaskMs <= TARGETS.longTaskMs),
    });
    if (Number.isFinite(f.pipelineMs)) {
      // The same side by side as (a), in the page: fetch, parse, validate, index and the default scorecard,
      // against a bare Papa.parse of the same files in the page's own worker, both in each run.
      rows.push({ figure: `${name}: ... of it while loading (before the data was ready)`, measured: longTasksOf(f.runs, (run) => run.longestLoadingTaskMs), target: '', result: '' });
      rows.push({ figure: `(a) page ${entry.label} ${entry.view}: pipeline, worker's Papa.parse`, measured: `${ms(f.pipelineMs)}, ${ms(f.workerPapaMs)}`, target: '', result: '' });
      const ratio = f.pipelineMs / f.workerPapaMs;
      // The issue sets the 2x target at 10k, 100k and 1M value rows; on the sample (about 1,400 rows) starting the
      // worker and fetching eleven files outweigh parsing, so its ratio is shown for information.
      const judged = entry.rows >= 10_000;
      rows.push({
        figure: `(a) page ${entry.label} ${entry.view}: pipeline / Papa`,
        measured: `${ratio.toFixed(2)}x`,
        target: judged ? `<= ${TARGETS.cliRatio}x` : '',
        result: judged ? judge(ratio <= TARGETS.cliRatio) : '',
      });
    }
    const heapTarget = entry.rows >= 1_000_000;
    rows.push({
      figure: `${name}: JS heap after GC (peak)`,
      measured: `${mb(f.heapAfterGcBytes)} (${mb(f.peakHeapBytes)})`,
      target: heapTarget ? `< ${TARGETS.heapMb1M} MB` : '',
      // The target is on the heap after GC; the peak while loading is shown for information.
      result: heapTarget ? judge(f.heapAfterGcBytes < TARGETS.heapMb1M * 1e6) : '',
    });
    if (f.errors.length > 0) rows.push({ figure: `${name}: console errors (see results.json)`, measured: String(f.errors.length), target: '0', result: 'FAIL' });
  }

  if ('error' in interactions) {
    rows.push({ figure: '(f) 1,000-measure interactions (could not run)', measured: interactions.error.slice(0, 60), target: '', result: 'FAIL' });
  } else {
    const f = interactions;
    const worst = (values: number[]) => `${ms(median(values))} (worst ${ms(Math.max(...values))})`;
    const warm = f.measureOpenMs.slice(1);
    rows.push({ figure: `(f) ${f.measures} measures: switch quarter, to next paint, median (worst) of ${f.quarterSwitchMs.length}`, measured: worst(f.quarterSwitchMs), target: `< ${TARGETS.interactionMs} ms`, result: judge(median(f.quarterSwitchMs) < TARGETS.interactionMs) });
    rows.push({ figure: `(f) ${f.measures} measures: tick or untick a filter, median (worst) of ${f.filterMs.length}`, measured: worst(f.filterMs), target: `< ${TARGETS.interactionMs} ms`, result: judge(median(f.filterMs) < TARGETS.interactionMs) });
    rows.push({ figure: `(f) open a measure with 120 monthly figures: headline and trend drawn, median of ${warm.length}`, measured: worst(warm), target: `< ${TARGETS.interactionMs} ms`, result: judge(median(warm) < TARGETS.interactionMs) });
    rows.push({ figure: '(f) ... the whole measure page drawn (SPC chart, history table)', measured: worst(f.measureCompleteMs.slice(1)), target: '', result: '' });
    rows.push({ figure: '(f) ... first opening (its code fetched ahead while the page was idle)', measured: ms(f.measureOpenMs[0] ?? NaN), target: '', result: '' });
    rows.push({ figure: `(f) back to the scorecard, to the paint showing the measure's row, median (worst) of ${f.backMs.length}`, measured: worst(f.backMs), target: '', result: '' });
    rows.push({ figure: '(f) longest main-thread task during the interactions', measured: ms(f.longestTaskMs), target: '', result: '' });
  }
  if ('error' in lighthouse) {
    rows.push({ figure: '(e) Lighthouse (could not run)', measured: lighthouse.error.slice(0, 60), target: '', result: 'FAIL' });
  } else {
    const scores = (key: 'performance' | 'accessibility') => lighthouse.runs.map((run) => run[key]).join(', ');
    const n = lighthouse.runs.length;
    rows.push({
      figure: `(e) Lighthouse ${lighthouse.lighthouseVersion} performance, desktop, sample landing (median of ${n})`,
      measured: `${lighthouse.performance} (${scores('performance')})`,
      target: `>= ${TARGETS.lighthousePerformance}`,
      result: judge(lighthouse.performance >= TARGETS.lighthousePerformance),
    });
    rows.push({
      figure: `(e) Lighthouse accessibility, desktop, sample landing (median of ${n})`,
      measured: `${lighthouse.accessibility} (${scores('accessibility')})`,
      target: `${TARGETS.lighthouseAccessibility}`,
      result: judge(lighthouse.accessibility >= TARGETS.lighthouseAccessibility),
    });
  }

  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => Object.values(row)[i]!.length), ['Figure', 'Measured', 'Target', 'Result'][i]!.length));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 1 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  const table = [line(['Figure', 'Measured', 'Target', 'Result']), line(widths.map((w) => '-'.repeat(w))), ...rows.map((row) => line(Object.values(row)))].join('\n');
  const failed = rows.filter((row) => row.result === 'FAIL');
  console.log(`\nScorecard bench, ${environment.date} (${environment.cpus} CPUs, load average at start ${environment.loadAverageAtStart.join(' ')})\n`);
  console.log(table);
  console.log(
    failed.length === 0
      ? '\nEvery target met.'
      : `\n${failed.length} target(s) missed (FAIL above). The bench is a measurement, so it does not fail the run.`,
  );
  const busy = Math.max(...environment.loadAverageAtStart, ...loadavg()) > environment.cpus;
  if (busy) {
    console.log(
      `Note: the machine was busy (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end, on ${environment.cpus} CPUs), ` +
        'so times are inflated; the CPU-time ratio of (a) is the steadier figure.',
    );
  }
  console.log(`Total bench time ${((Date.now() - started) / 1000).toFixed(0)} s. Results in bench/results.json.`);

  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench', 'results.json'),
    JSON.stringify(
      {
        environment: { ...environment, loadAverageAtEnd: loadavg().map((load) => Number(load.toFixed(2))) },
        targets: TARGETS,
        initialJs: size,
        datasets,
        cli: cli.map(({ dataset, result, pipelineMs, papaMs, pipelineCpuMs, papaCpuMs }) => ({
          dataset: dataset.label,
          valueRows: dataset.valueRows,
          medianPipelineMs: pipelineMs,
          medianPapaMs: papaMs,
          ratio: pipelineMs / papaMs,
          medianPipelineCpuMs: pipelineCpuMs,
          medianPapaCpuMs: papaCpuMs,
          cpuRatio: pipelineCpuMs / papaCpuMs,
          ...result,
        })),
        static: { rows: staticRows, ...staticFigures },
        staticStyled: { rows: staticRows, stylesheet: appCss ?? null, ...styledFigures },
        lighthouse,
        interactions,
        browser: pages,
        table: rows,
        failed: failed.map((row) => row.figure),
        totalSeconds: (Date.now() - started) / 1000,
      },
      null,
      2,
    ) + '\n',
  );
  if (!skipBuild) rmSync(dist, { recursive: true, force: true });
}

try {
  await main();
} catch (error) {
  // The bench could not measure at all: unlike a missed target, that is a failure.
  console.error(`bench: ${(error as Error).message}`);
  process.exit(1);
}

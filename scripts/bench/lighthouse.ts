// Lighthouse (12.8.2, the last line that runs on Node 20) against Debian's Chromium, desktop preset: the
// performance and accessibility scores of the landing view, median of several runs. Chromium is started here with a
// DevTools port (as chrome-launcher would) and Lighthouse connects to it; each run is a fresh navigation with the
// cache and storage cleared by Lighthouse.
//   npx tsx scripts/bench/lighthouse.ts <url> [runs]     prints the JSON summary
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumPath } from '../../tests/browser/chromium';
import { median } from './statistics';

export interface LighthouseRun {
  /** Category scores, 0 to 100. */
  performance: number;
  accessibility: number;
  /** Milliseconds, except CLS (unitless). */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; speedIndex: number };
  /** Audits of either category that did not score full marks, with their score. */
  shortfalls: string[];
}

export interface LighthouseResult {
  lighthouseVersion: string;
  runs: LighthouseRun[];
  /** Medians over the runs. */
  performance: number;
  accessibility: number;
}


/** Starts Chromium headless with a DevTools port and resolves with the port once it listens. */
function startChromium(profile: string): Promise<{ chromium: ChildProcess; port: number }> {
  const chromium = spawn(
    chromiumPath(),
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolveStart, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port: ${output.slice(-500)}`)), 30_000);
    chromium.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        chromium.stderr!.removeAllListeners('data');
        chromium.stderr!.resume();
        resolveStart({ chromium, port: Number(match[1]) });
      }
    });
    chromium.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before opening a DevTools port: ${output.slice(-500)}`));
    });
  });
}

export async function runLighthouse(url: string, runs = 3): Promise<LighthouseResult> {
  const profile = mkdtempSync(join(tmpdir(), 'scorecard-lighthouse-'));
  const { chromium, port } = await startChromium(profile);
  const results: LighthouseRun[] = [];
  let version = '';
  try {
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }, desktopConfig);
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      version = lhr.lighthouseVersion;
      const score = (category: string) => Math.round((lhr.categories[category]?.score ?? NaN) * 100);
      const numeric = (audit: string) => lhr.audits[audit]?.numericValue ?? NaN;
      const shortfalls = ['performance', 'accessibility'].flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1)
          .map((audit) => `${category}: ${audit!.id} (${Math.round(audit!.score! * 100)})`),
      );
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        metrics: {
          fcp: numeric('first-contentful-paint'),
          lcp: numeric('largest-contentful-paint'),
          tbt: numeric('total-blocking-time'),
          cls: numeric('cumulative-layout-shift'),
          speedIndex: numeric('speed-index'),
        },
        shortfalls,
      });
    }
  } finally {
    chromium.kill();
    await new Promise((done) => (chromium.exitCode !== null ? done(null) : chromium.once('exit', done)));
    // Chromium's helper processes can still be writing to the profile as the main one exits: retry, so tidying up
    // never throws away the runs just measured.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
  return {
    lighthouseVersion: version,
    runs: results,
    performance: median(results.map((run) => run.performance)),
    accessibility: median(results.map((run) => run.accessibility)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [url, runs] = process.argv.slice(2);
  if (!url) {
    console.error('usage: tsx scripts/bench/lighthouse.ts <url> [runs]');
    process.exit(2);
  }
  console.log(JSON.stringify(await runLighthouse(url, Number(runs ?? 3)), null, 2));
}

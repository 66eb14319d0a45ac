// Command-line pipeline against a bare CSV parse of the same files. Run by the bench in a child process per dataset
// (`tsx scripts/bench/cli-bench.ts <dir> <runs>`), so one dataset's garbage never slows the next; prints JSON.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { readDataFolder } from '../../src/cli/read-data-folder';
import { CONTRACT_FILE_NAMES } from '../../src/data/contract-files';
import { loadDataset } from '../../src/data/load-dataset';
import { buildScorecard, defaultQuarter, indexDataset } from '../../src/domain/scorecard';

export interface PipelineRun {
  totalMs: number;
  /** CPU time of the process (user + system) meanwhile: steadier than wall time on a shared machine. */
  cpuMs: number;
  readMs: number;
  loadMs: number;
  indexMs: number;
  scorecardMs: number;
  /** Milliseconds spent in loadDataset on each contract file (from its progress callback). */
  perFileMs: Record<string, number>;
  rows: number;
  errors: number;
}

export interface CliBenchResult {
  pipeline: PipelineRun[];
  papaMs: number[];
  papaCpuMs: number[];
  papaRows: number;
}

const cpuSince = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

export function runPipeline(dir: string): PipelineRun {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const { files } = readDataFolder(dir);
  const read = performance.now();
  const perFileMs: Record<string, number> = {};
  let last = read;
  const dataset = loadDataset(files, {
    onProgress: (file) => {
      const now = performance.now();
      perFileMs[file] = now - last;
      last = now;
    },
  });
  const loaded = performance.now();
  const index = indexDataset(dataset);
  const indexed = performance.now();
  const quarter = defaultQuarter(index);
  const rows = quarter ? buildScorecard(index, quarter).length : 0;
  const end = performance.now();
  return {
    totalMs: end - start,
    cpuMs: cpuSince(cpu),
    readMs: read - start,
    loadMs: loaded - read,
    indexMs: indexed - loaded,
    scorecardMs: end - indexed,
    perFileMs,
    rows,
    errors: dataset.problems.filter((problem) => problem.severity === 'error').length,
  };
}

/** The floor: read the same files as text and parse them with Papa Parse, nothing else. */
export function runPapa(dir: string): { ms: number; cpuMs: number; rows: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  let rows = 0;
  for (const name of CONTRACT_FILE_NAMES) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    const result = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
    rows += result.data.length;
  }
  return { ms: performance.now() - start, cpuMs: cpuSince(cpu), rows };
}

export function benchCli(dir: string, runs: number, warmUp: boolean): CliBenchResult {
  if (warmUp) {
    runPapa(dir);
    runPipeline(dir);
  }
  const pipeline: PipelineRun[] = [];
  const papaMs: number[] = [];
  const papaCpuMs: number[] = [];
  let papaRows = 0;
  // Alternate, so a slow spell on a shared machine hurts both sides alike.
  for (let i = 0; i < runs; i++) {
    const papa = runPapa(dir);
    papaMs.push(papa.ms);
    papaCpuMs.push(papa.cpuMs);
    papaRows = papa.rows;
    pipeline.push(runPipeline(dir));
  }
  return { pipeline, papaMs, papaCpuMs, papaRows };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [dir, runs = '3', warm = 'warm'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: tsx scripts/bench/cli-bench.ts <dir> [runs] [warm|cold]');
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(benchCli(dir, Number(runs), warm === 'warm')) + '\n');
}

// Generated datasets for the bench, cached by seed, size and generator version in the system's temp folder.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateDataset, sizeForRows, writeDataset } from '../generate-dataset';

export interface BenchDataset {
  label: string;
  dir: string;
  measures: number;
  years: number;
  valueRows: number;
  bytes: number;
  cached: boolean;
}

export const CACHE_ROOT = join(tmpdir(), 'scorecard-bench');
const GENERATOR = resolve(import.meta.dirname, '..', 'generate-dataset.ts');

/** A dataset of about `rows` value rows, generated once per seed, size and version of the generator. */
export function cachedDataset(label: string, rows: number, seed: string): BenchDataset {
  const version = createHash('sha1').update(readFileSync(GENERATOR)).digest('hex').slice(0, 8);
  const dir = join(CACHE_ROOT, 'datasets', `seed-${seed}-rows-${rows}-gen-${version}`);
  const marker = join(dir, '.bench-dataset.json');
  if (existsSync(marker)) return { ...(JSON.parse(readFileSync(marker, 'utf8')) as Omit<BenchDataset, 'cached'>), cached: true };
  rmSync(dir, { recursive: true, force: true });
  const dataset = generateDataset({ ...sizeForRows(rows), seed });
  writeDataset(dir, dataset);
  const info = {
    label,
    dir,
    measures: dataset.measures,
    years: dataset.years,
    valueRows: dataset.valueRows,
    bytes: Object.values(dataset.files).reduce((sum, text) => sum + Buffer.byteLength(text), 0),
  };
  // Written last, so an interrupted generation is never mistaken for a complete one.
  writeFileSync(marker, JSON.stringify(info));
  return { ...info, cached: false };
}

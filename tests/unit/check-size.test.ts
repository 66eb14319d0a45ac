import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSize, initialJsSize, initialScriptUrls, staticImports } from '../../scripts/check-size';

const dist = mkdtempSync(join(tmpdir(), 'scorecard-check-size-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

// A build as Vite writes one: an entry, a preloaded vendor chunk, a lazy chunk and a worker that index.html does not name.
const ENTRY = 'import "./vendor-def.js";\n' + 'export const a = 1;\n'.repeat(400);
const VENDOR = Array.from({ length: 3000 }, (_, i) => `export const v${i} = ${(i * 7919) % 1000};`).join('\n');
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'assets', 'index-abc.js'), ENTRY);
writeFileSync(join(dist, 'assets', 'vendor-def.js'), VENDOR);
writeFileSync(join(dist, 'assets', 'lazy-chart.js'), 'x'.repeat(50_000));
writeFileSync(join(dist, 'assets', 'dataset-worker-1.js'), 'y'.repeat(50_000));
writeFileSync(
  join(dist, 'index.html'),
  `<!doctype html><html><head>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
    <link rel="stylesheet" href="./assets/index.css">
    <script src="./legacy-not-a-module.js"></script>
  </head><body></body></html>`,
);

describe('check-size', () => {
  it('reads the entry module and its module preloads from index.html, nothing else', () => {
    expect(initialScriptUrls(`<script type=module src=/a.js></script><link href='b.js' rel="modulepreload"><link rel=stylesheet href=c.css>`)).toEqual([
      '/a.js',
      'b.js',
    ]);
  });

  it("reads the prerender route script's data-entry and data-preload", () => {
    expect(initialScriptUrls(`<script src="./prerender-route.js" data-preload="./assets/b.js ./assets/c.js" data-entry="./assets/a.js"></script>`)).toEqual([
      './assets/a.js',
      './assets/b.js',
      './assets/c.js',
    ]);
  });

  it('finds static imports in minified and plain modules, not dynamic import()', () => {
    const code = 'import{a as b,c}from"./x-1.js";import"./y-2.js";import * as z from \'../z.js\';const l=()=>import("./lazy.js");';
    expect(staticImports(code)).toEqual(['./x-1.js', './y-2.js', '../z.js']);
  });

  it('counts a chunk the entry imports even when index.html does not name it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-check-size-imports-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'index-1.js'), 'import{v}from"./shared-2.js";const l=()=>import("./lazy-3.js");');
    writeFileSync(join(dir, 'assets', 'shared-2.js'), 'export const v=1;');
    writeFileSync(join(dir, 'assets', 'lazy-3.js'), 'x'.repeat(1000));
    writeFileSync(join(dir, 'index.html'), '<script src="./prerender-route.js" data-preload="" data-entry="./assets/index-1.js"></script>');
    expect(initialJsSize(dir).scripts.map((script) => script.file)).toEqual(['assets/index-1.js', 'assets/shared-2.js']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('sums the gzip size of the entry and the preloaded chunk, leaving out the lazy chunk and the worker', () => {
    const size = initialJsSize(dist);
    expect(size.scripts.map((script) => script.file)).toEqual(['assets/index-abc.js', 'assets/vendor-def.js']);
    expect(size.bytes).toBe(Buffer.byteLength(ENTRY) + Buffer.byteLength(VENDOR));
    expect(size.gzipBytes).toBe(gzipSync(ENTRY, { level: 6 }).length + gzipSync(VENDOR, { level: 6 }).length);
  });

  it('passes within the budget and fails over it, printing the figure either way', () => {
    const gzip = initialJsSize(dist).gzipBytes;
    const lines: string[] = [];
    expect(checkSize(dist, Math.ceil(gzip / 1000), (line) => lines.push(line))).toBe(0);
    expect(lines.at(-1)).toMatch(/^Initial JavaScript: [\d.]+ kB gzip .* budget \d+ kB gzip: PASS$/);
    lines.length = 0;
    expect(checkSize(dist, Math.floor(gzip / 1000) - 1, (line) => lines.push(line))).toBe(1);
    expect(lines.join('\n')).toMatch(/FAIL\nThe first page load is [\d.]+ kB over budget/);
  });

  it('says to build first when there is no index.html', () => {
    expect(() => initialJsSize(join(dist, 'assets'))).toThrow(/build the app first/);
  });
});

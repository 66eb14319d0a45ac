// The size budget of the first page load: `npm run check-size [-- --dist <dir>] [--limit <kB>]` after a build.
// Counts the JavaScript the initial route loads: the entry <script type="module"> of index.html and the chunks it
// names with <link rel="modulepreload">. Lazily loaded chunks and the Web Worker are not in index.html, so they are
// not counted. Sizes are gzip (level 6, as most web servers compress) in kB of 1000 bytes, as Vite reports them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const LIMIT_KB = 150;

export interface ScriptSize {
  /** Path relative to the build folder, as index.html names it. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface InitialJsSize {
  scripts: ScriptSize[];
  bytes: number;
  gzipBytes: number;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

/** The URLs of the entry module scripts and module preloads in an HTML page, in document order, without repeats. */
export function initialScriptUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const url = isScript
      ? attribute(tag, 'type')?.toLowerCase() === 'module'
        ? attribute(tag, 'src')
        : null
      : attribute(tag, 'rel')?.toLowerCase().split(/\s+/).includes('modulepreload')
        ? attribute(tag, 'href')
        : null;
    if (url && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

/** Gzip size of the JavaScript the initial route of a build loads. */
export function initialJsSize(distDir: string): InitialJsSize {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} does not exist: build the app first (npm run build)`);
  const urls = initialScriptUrls(readFileSync(indexFile, 'utf8'));
  if (urls.length === 0) throw new Error(`${indexFile} names no <script type="module">: is this a Vite build?`);
  const scripts = urls.map((url) => {
    if (/^[a-z]+:|^\/\//i.test(url)) throw new Error(`${url} is not part of the build (an absolute URL), so its size cannot be measured`);
    const file = resolve(dirname(indexFile), url.split(/[?#]/)[0]!.replace(/^\//, ''));
    if (!existsSync(file)) throw new Error(`index.html names ${url}, but ${file} does not exist`);
    const content = readFileSync(file);
    return { file: url.replace(/^\.\//, ''), bytes: content.length, gzipBytes: gzipSync(content, { level: 6 }).length };
  });
  return {
    scripts,
    bytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
    gzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
  };
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Prints the figures; returns the exit status (1 over the limit). */
export function checkSize(distDir: string, limitKb: number, print: (line: string) => void): number {
  const size = initialJsSize(distDir);
  for (const script of size.scripts) print(`  ${script.file}: ${kB(script.bytes)}, gzip ${kB(script.gzipBytes)}`);
  const within = size.gzipBytes <= limitKb * 1000;
  print(
    `Initial JavaScript: ${kB(size.gzipBytes)} gzip (${kB(size.bytes)} raw) in ${size.scripts.length} file(s); ` +
      `budget ${limitKb} kB gzip: ${within ? 'PASS' : 'FAIL'}`,
  );
  if (!within) {
    print(
      `The first page load is ${kB(size.gzipBytes - limitKb * 1000)} over budget. Load rarely used screens and large ` +
        `libraries (e.g. charts) with import() so they are split into chunks loaded on demand.`,
    );
  }
  return within ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const dist = resolve(option('--dist') ?? join(import.meta.dirname, '..', 'dist'));
  const limit = Number(option('--limit') ?? LIMIT_KB);
  try {
    process.exit(checkSize(dist, limit, (line) => (line.startsWith('Initial') || line.startsWith('  ') ? console.log(line) : console.error(line))));
  } catch (error) {
    console.error(`check-size: ${(error as Error).message}`);
    process.exit(2);
  }
}

// The size budget of the first page load: `npm run check-size [-- --dist <dir>] [--limit <kB>]` after a build.
// Counts the JavaScript the initial route loads: the modules index.html names (an entry <script type="module">,
// <link rel="modulepreload">, or the prerender route script's data-entry and data-preload) and every module they
// import statically, followed through the files themselves so nothing the page must load is missed. Lazily loaded
// chunks (import()) and the Web Worker are not counted. Sizes are gzip (level 6, as most web servers compress) in
// kB of 1000 bytes, as Vite reports them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
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

/**
 * The URLs of the modules an HTML page starts with, in document order, without repeats: entry module scripts,
 * module preloads, and the modules a script names in data-entry and data-preload (scripts/prerender-route.js).
 */
export function initialScriptUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const named = /^<script/i.test(tag)
      ? [
          attribute(tag, 'type')?.toLowerCase() === 'module' ? attribute(tag, 'src') : null,
          attribute(tag, 'data-entry'),
          ...(attribute(tag, 'data-preload') ?? '').split(/\s+/),
        ]
      : [attribute(tag, 'rel')?.toLowerCase().split(/\s+/).includes('modulepreload') ? attribute(tag, 'href') : null];
    for (const url of named) if (url && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

/** Relative specifiers of a module's static imports (`import x from "./a.js"`, `import "./b.js"`), not import(). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map(([, specifier]) => specifier!);
}

/** Gzip size of the JavaScript the initial route of a build loads. */
export function initialJsSize(distDir: string): InitialJsSize {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} does not exist: build the app first (npm run build)`);
  const named = initialScriptUrls(readFileSync(indexFile, 'utf8'));
  if (named.length === 0) throw new Error(`${indexFile} names no <script type="module">: is this a Vite build?`);
  const scripts: ScriptSize[] = [];
  const seen = new Set<string>();
  const visit = (url: string, namedBy: string) => {
    if (/^[a-z]+:|^\/\//i.test(url)) throw new Error(`${url} is not part of the build (an absolute URL), so its size cannot be measured`);
    const file = resolve(url.startsWith('/') ? distDir : dirname(namedBy), url.split(/[?#]/)[0]!.replace(/^\//, ''));
    if (seen.has(file)) return;
    seen.add(file);
    if (!existsSync(file)) throw new Error(`${relative(distDir, namedBy)} names ${url}, but ${file} does not exist`);
    const content = readFileSync(file);
    scripts.push({ file: relative(distDir, file).split(sep).join('/'), bytes: content.length, gzipBytes: gzipSync(content, { level: 6 }).length });
    for (const specifier of staticImports(content.toString('utf8'))) visit(specifier, file);
  };
  for (const url of named) visit(url, indexFile);
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

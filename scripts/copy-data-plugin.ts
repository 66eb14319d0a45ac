import { cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

const DATA_DIR = resolve(import.meta.dirname, '..', 'data');
// msw's service worker is for development drills only (`?mock=slow`), so it is served in dev and never built.
const MOCK_WORKER = resolve(import.meta.dirname, '..', 'mocks', 'public', 'mockServiceWorker.js');

/**
 * The data file a request for `./data/<file>` asks for, or null. A module import of the same file (msw's handlers
 * read the sample data with `?raw`) is left to Vite, which answers with JavaScript rather than the CSV itself.
 */
export function dataFileRequested(url: string): string | null {
  const match = /\/data\/([^/?#]+\.(?:csv|md))(?:\?([^#]*))?(?:#.*)?$/.exec(url);
  if (!match) return null;
  const query = new URLSearchParams(match[2] ?? '');
  if (query.has('import') || query.has('raw') || query.has('url')) return null;
  const name = decodeURIComponent(match[1]!);
  // An encoded slash ("..%2F") must not reach outside data/.
  return /[/\\]/.test(name) || name.startsWith('..') ? null : name;
}

/**
 * Publishing a quarter means replacing the files in `dist/data/`, so the build copies `data/` there,
 * and the dev server serves the same folder at `./data/` (msw is for tests and fault drills, not the default).
 */
export function copyDataFolder(): Plugin {
  let outDir = 'dist';
  let isBuild = false;
  return {
    name: 'scorecard-copy-data',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      // Vitest also resolves this config (with a placeholder outDir); only a real build publishes data.
      isBuild = config.command === 'build' && !process.env.VITEST;
    },
    configureServer(server: ViteDevServer) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0]?.endsWith('/mockServiceWorker.js')) {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(readFileSync(MOCK_WORKER));
          return;
        }
        const name = dataFileRequested(req.url ?? '');
        const file = name === null ? null : join(DATA_DIR, name);
        if (!file || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', extname(file) === '.csv' ? 'text/csv; charset=utf-8' : 'text/markdown');
        res.end(readFileSync(file));
      });
    },
    closeBundle() {
      if (!isBuild || !existsSync(DATA_DIR)) return;
      for (const name of readdirSync(DATA_DIR)) {
        cpSync(join(DATA_DIR, name), join(outDir, 'data', name), { recursive: true });
      }
    },
  };
}


import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.md': 'text/markdown',
};

export interface Mount {
  /** URL prefix, e.g. "/council/scorecard/" — the app must work from a sub-path. */
  prefix: string;
  root: string;
  /** Serve `data/` from this folder instead, to drive the built app with other data. */
  dataDir?: string;
  /** Extra response headers for everything served under this mount (e.g. Content-Security-Policy), 404s included. */
  headers?: Record<string, string>;
}

/** A plain file server, as a council web team would run: no rewrites, 404 for anything missing. */
export function startStaticServer(mounts: Mount[]): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const mount = mounts.find((candidate) => path.startsWith(candidate.prefix));
    let file: string | null = null;
    if (mount) {
      const rest = path.slice(mount.prefix.length) || 'index.html';
      const root = mount.dataDir && rest.startsWith('data/') ? mount.dataDir : mount.root;
      const relative = mount.dataDir && rest.startsWith('data/') ? rest.slice('data/'.length) : rest;
      const candidate = resolve(root, normalize(relative));
      if (candidate.startsWith(resolve(root)) && existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
      if (candidate.startsWith(resolve(root)) && existsSync(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
    }
    if (!file) {
      response.writeHead(404, { ...mount?.headers, 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { ...mount?.headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolveStart) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolveStart({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

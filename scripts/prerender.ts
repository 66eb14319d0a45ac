// Prerendering: the build is the publishing step, so it renders the default view (performance on a page, newest
// quarter) from the data it publishes and writes that markup into index.html. A reader sees the scorecard as soon as
// the HTML and its stylesheet arrive, before any JavaScript or CSV; the app then hydrates the same markup. Why a
// Vite plugin (closeBundle) rather than a separate step: every `vite build` (npm run build, the bench, each
// engineer's test build) publishes a prerendered page, so nothing can ship the slow page by forgetting a step.
//
// What goes into index.html:
//  - the markup in #root (rendered by react-dom/static `prerender`, which waits for lazy parts);
//  - the document title the app sets for that view;
//  - a manifest (<script type="application/json">: data, so the strict CSP's script-src 'self' allows it) with each
//    data file's size and SHA-256, which main.tsx compares with the files it fetches before hydrating;
//  - prerender-route.js, a tiny blocking script in <head> that marks the page when the address asks for another
//    view (a shared link to a measure), so the summary is not flashed before the app renders the view asked for.
import { copyFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, type Logger, type Plugin, type ViteDevServer } from 'vite';
import { manifestScript } from '../src/prerender/prerender-manifest';
import type { PrerenderedView, renderDefaultView } from './prerender-entry';

const ROOT = resolve(import.meta.dirname, '..');
const ENTRY = '/scripts/prerender-entry.tsx';
const ROUTE_SCRIPT = 'prerender-route.js';

export interface Prerenderer {
  /** Renders the default view from `dataDir` and writes it into `<distDir>/index.html`. */
  prerender(distDir: string, dataDir: string): Promise<PrerenderedView>;
  close(): Promise<void>;
}

/** A Vite SSR loader for the app's source; reuse one for several prerenders (the bench does one per dataset). */
export async function createPrerenderer(): Promise<Prerenderer> {
  const server: ViteDevServer = await createServer({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  return {
    async prerender(distDir, dataDir) {
      const indexFile = join(distDir, 'index.html');
      const page = readFileSync(indexFile, 'utf8');
      const entry = (await server.ssrLoadModule(ENTRY)) as { renderDefaultView: typeof renderDefaultView };
      let view: PrerenderedView;
      try {
        view = await entry.renderDefaultView(dataDir);
      } catch (error) {
        if (error instanceof Error) server.ssrFixStacktrace(error);
        throw new Error(
          `prerendering the default view failed: ${(error as Error).stack ?? String(error)}\n` +
            'Components on performance on a page must render without the browser (no window or document during render: use effects).',
        );
      }
      writeFileSync(indexFile, withPrerender(page, view));
      copyFileSync(join(ROOT, 'scripts', ROUTE_SCRIPT), join(distDir, ROUTE_SCRIPT));
      return view;
    },
    close: () => server.close(),
  };
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** index.html with the view's markup in #root, its title, the manifest and the route script; replaces an earlier prerender. */
export function withPrerender(page: string, view: PrerenderedView): string {
  const root = /<div id="root">[\s\S]*<\/div>(\s*<\/body>)/;
  if (!root.test(page)) throw new Error('index.html has no <div id="root"> at the end of its body to prerender into');
  // The app's entry module, started by the route script after the first paint.
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(page)?.[1] ?? /<script src="\.\/prerender-route\.js"[^>]*\sdata-entry="([^"]+)"/.exec(page)?.[1];
  if (!entry) throw new Error('index.html has no <script type="module" src> entry for the app');
  // The stylesheet and the route script are the only requests before the first paint: the modules the entry
  // imports are preloaded by the route script once the page is painted (data-preload), not by <link
  // rel="modulepreload"> in <head>, where a dozen module requests share the server's connections with the
  // stylesheet and the route script that the first paint waits for.
  const stylesheets = page.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
  const preloads = [...page.matchAll(/<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>/g)].map(([, href]) => href!);
  const alreadyPreloaded = /<script src="\.\/prerender-route\.js" data-preload="([^"]*)"/.exec(page)?.[1]?.split(' ').filter(Boolean) ?? [];
  const modules = [...new Set([...alreadyPreloaded, ...preloads])].filter((href) => href !== entry);
  const routeScript = `<script src="./${ROUTE_SCRIPT}" data-preload="${modules.join(' ')}" data-entry="${entry}"></script>`;
  // Function replacers: the markup may contain "$&"-like text, which a replacement string would expand.
  return page
    .replace(/\s*<link rel="stylesheet"[^>]*>/g, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
    .replace(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/, '')
    .replace(/\s*<script src="\.\/prerender-route\.js"[^>]*><\/script>/, '')
    .replace(/\s*<script type="application\/json" id="scorecard-prerender">.*?<\/script>/, '')
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(view.title)}</title>`)
    .replace(/<\/title>/, () => [`</title>`, ...stylesheets, routeScript, manifestScript(view.manifest)].join('\n    '))
    .replace(root, (_, end: string) => `<div id="root">${view.html}</div>${end}`);
}

/**
 * The build step: after Vite has written the bundle, prerender `data/` (the folder the build publishes as
 * dist/data/) into dist/index.html. A failure fails the build: a silently unprerendered page is slow for everyone.
 */
export function prerenderDefaultView(): Plugin {
  let outDir = 'dist';
  let isBuild = false;
  let logger: Logger | undefined;
  return {
    name: 'scorecard-prerender',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      logger = config.logger;
      // Vitest also resolves this config; only a real client build (not an SSR one) is prerendered.
      isBuild = config.command === 'build' && !config.build.ssr && !process.env.VITEST;
    },
    async closeBundle() {
      const dataDir = join(ROOT, 'data');
      if (!isBuild || !existsSync(join(outDir, 'index.html'))) return;
      if (!existsSync(dataDir)) {
        logger?.warn('no data/ folder: index.html is not prerendered (the app renders once the data is published)');
        return;
      }
      const started = Date.now();
      const prerenderer = await createPrerenderer();
      try {
        const view = await prerenderer.prerender(outDir, dataDir);
        logger?.info(`prerendered the default view: ${view.measures} measures in ${Date.now() - started} ms`);
      } finally {
        await prerenderer.close();
      }
    },
  };
}

/**
 * A copy of a built app (without its data/) prerendered from another data folder, as if that folder had been
 * published with `npm run build`; serve it with `data/` mapped to `dataDir`. The bench uses one per dataset.
 */
export async function prerenderedCopy(prerenderer: Prerenderer, distDir: string, dataDir: string, outDir: string): Promise<PrerenderedView> {
  cpSync(distDir, outDir, { recursive: true, filter: (source) => resolve(source) !== resolve(distDir, 'data') });
  return prerenderer.prerender(outDir, dataDir);
}

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, watchPageErrors } from './chromium';
import { startStaticServer } from './static-server';

const ROOT = resolve(import.meta.dirname, '..', '..');
// SCORECARD_DIST lets a second build (e.g. `vite build --outDir /tmp/other`) be tested without touching dist/.
export const DIST = process.env.SCORECARD_DIST ? resolve(process.env.SCORECARD_DIST) : join(ROOT, 'dist');

export const MOUNTS = {
  /** The built app with its bundled sample data, from a sub-path as a council site would host it. */
  sample: '/council/scorecard/',
  /** The same build with a deliberately broken data folder. */
  malformed: '/broken/',
  /** The same build with an empty data folder: no measures.csv. */
  empty: '/empty/',
} as const;

/** Serves dist/ (which `npm test` builds first) on loopback under each mount. */
export async function serveBuiltApp(): Promise<{ server: Server; url: (mount: keyof typeof MOUNTS, search?: string) => string }> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  const { server, origin } = await startStaticServer([
    { prefix: MOUNTS.sample, root: DIST },
    { prefix: MOUNTS.malformed, root: DIST, dataDir: join(ROOT, 'mocks', 'fixtures', 'malformed') },
    { prefix: MOUNTS.empty, root: DIST, dataDir: mkdtempSync(join(tmpdir(), 'scorecard-empty-')) },
  ]);
  return { server, url: (mount, search = '') => `${origin}${MOUNTS[mount]}${search}` };
}

export type AppUrl = Awaited<ReturnType<typeof serveBuiltApp>>['url'];

export interface BuiltAppSession {
  browser: Browser;
  url: AppUrl;
  /** A new page at `address`, collecting console errors from the start. */
  open(address: string, viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }>;
}

/** One served build and one Chromium for a test file, started before its tests and closed after them. */
export function useBuiltApp(): BuiltAppSession {
  let server: Server | undefined;
  const session = {} as BuiltAppSession;
  beforeAll(async () => {
    const served = await serveBuiltApp();
    server = served.server;
    session.url = served.url;
    session.browser = await launchChromium();
    session.open = async (address, viewport) => {
      const page = await session.browser.newPage(viewport ? { viewport } : {});
      const errors = watchPageErrors(page);
      await page.goto(address);
      return { page, errors };
    };
  });
  afterAll(async () => {
    await session.browser?.close();
    server?.close();
  });
  return session;
}

/** Every row of the scorecard on screen drawn: the view draws its first rows, then the rest (its table is busy until then). */
export async function everyRowDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('table[aria-busy="true"]') === null);
}

/**
 * The text of an element as a reader sees it once scrolled to it. Rows and lists off screen are laid out only when
 * they come near (content-visibility), so until then they have no innerText, though find, copy and assistive
 * technology have them all along.
 */
export async function textOnScreen(element: Locator): Promise<string> {
  await element.scrollIntoViewIfNeeded();
  await element.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
  return element.innerText();
}

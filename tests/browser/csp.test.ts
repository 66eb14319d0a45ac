import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { launchChromium, watchPageErrors } from './chromium';
import { DIST, everyRowDrawn } from './served-app';
import { startStaticServer } from './static-server';

// Issue 5: the built app under a strict Content-Security-Policy, as README "Content-Security-Policy" documents it:
// no inline scripts or styles, no eval, only same-origin resources (plus data:/blob: images for the PNG export).

const POLICY = (frameAncestors: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "worker-src 'self'",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');

const STRICT = '/strict/';
const EMBED = '/embed/';

let server: Server | undefined;
let host: Server | undefined;
let origin = '';
let hostOrigin = '';
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('the build is missing: run `vite build` first');
  // The newsletter: another origin that frames the embed view (it sends no CSP of its own).
  hostOrigin = await new Promise<string>((resolveStart) => {
    host = createServer((request, response) => {
      const src = new URL(request.url ?? '/', 'http://localhost').searchParams.get('src') ?? '';
      response
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><html lang="en"><head><title>Newsletter</title></head><body><main><h1>Newsletter</h1>
          <iframe src="${src}" title="Scorecard" width="600" height="400"></iframe></main></body></html>`);
    }).listen(0, '127.0.0.1', function (this: Server) {
      const address = this.address();
      resolveStart(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    });
  });
  ({ server, origin } = await startStaticServer([
    // The whole app: may be framed only by itself.
    { prefix: STRICT, root: DIST, headers: { 'Content-Security-Policy': POLICY("'self'") } },
    // The same files, as a web server answers ?view=embed: framing opened to the newsletter's origin only.
    { prefix: EMBED, root: DIST, headers: { 'Content-Security-Policy': POLICY(`'self' ${hostOrigin}`) } },
  ]));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  host?.close();
});

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/** A page that records every CSP violation (directive, blocked URI, source file and line) and console error. */
async function openStrict(search: string, prefix = STRICT): Promise<{ page: Page; errors: string[]; violations: () => Promise<string[]> }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} sample=${JSON.stringify(event.sample)}`,
      );
    });
  });
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  const response = await page.goto(`${origin}${prefix}${search}`);
  // The policy really is on the document: otherwise every check below would pass vacuously.
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  return {
    page,
    errors,
    violations: async () => [
      ...(await page.evaluate(() => window.__cspViolations)),
      ...errors.filter((error) => /Content Security Policy/i.test(error)),
    ],
  };
}

async function download(page: Page, button: string | RegExp): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: (file as Download).suggestedFilename(), bytes: readFileSync((await (file as Download).path())!) };
}

describe('the built app under a strict Content-Security-Policy', () => {
  it('renders the summary with its measures, parsing in a Web Worker, with no CSP violations', async () => {
    const { page, errors, violations } = await openStrict('');
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.getByRole('heading', { level: 2, name: 'Performance on a page, 2024-25 Q3' }).waitFor();
    await page.locator('[data-measure-id]').first().waitFor();
    expect(await page.locator('[data-measure-id]').count()).toBeGreaterThan(0);
    // The stylesheet applied (a style-src block would leave the page unstyled): the RAG tokens are defined.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--rag-red-bg').trim())).not.toBe('');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renders all 51 measures on the scorecard with no CSP violations', async () => {
    const { page, errors, violations } = await openStrict('?view=scorecard');
    await page.getByRole('heading', { level: 2, name: 'Scorecard, 2024-25 Q3' }).waitFor();
    await everyRowDrawn(page);
    // measures.csv lists 51 measures, all shown in 2024-25 Q3 (as scorecard-loads.test.ts counts them).
    expect(await page.locator('[data-measure-id]').count()).toBe(51);
    // social-care.csv CSC04 2024-12: 23.4 against a low-is-good tolerance of 20: red.
    expect(await page.locator('[data-measure-id="CSC04"]').getAttribute('data-rag')).toBe('red');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the CSC04 measure page with its lazy Recharts chart, and downloads the card PNG and the CSV, with no CSP violations', async () => {
    const { page, errors, violations } = await openStrict('?view=measure&measure=CSC04');
    const detail = page.locator('[data-measure-id="CSC04"]');
    await detail.waitFor();
    expect(await detail.getAttribute('data-rag')).toBe('red');
    await page.locator('figure.trend-chart svg.recharts-surface').first().waitFor();
    expect(await page.locator('figure.trend-chart .recharts-line-curve').count()).toBeGreaterThan(0);

    // The PNG is an SVG blob: URL drawn into a canvas: needs img-src blob:.
    const png = await download(page, 'Download card as PNG');
    expect(png.name).toBe('CSC04-2024-25-Q3-card.png');
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Downloaded CSC04-2024-25-Q3-card.png' }).count()).toBe(1);

    const csv = await download(page, /Download CSV/);
    expect(csv.name).toBe('scorecard-2024-25-Q3.csv');
    // The one measure on its page: a header line and CSC04's line, with 23.4 as written in social-care.csv.
    const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('CSC04');
    expect(lines[1]).toContain('23.4');

    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads the CSC04 trend chart as SVG with no CSP violations', async () => {
    const { page, errors, violations } = await openStrict('?view=measure&measure=CSC04');
    await page.locator('figure.trend-chart svg.recharts-surface').first().waitFor();
    const svg = await download(page, 'Download chart as SVG');
    // The page's computed strokes travel inline in the file (the file is drawn outside the page, without its CSS).
    expect(svg.bytes.toString('utf8')).toMatch(/<svg[\s\S]*style="[^"]*stroke/);
    // serialiseChart (src/features/share/image/image-export.ts) writes them with setAttribute('style', ...), which
    // style-src 'self' reports as a style-src-attr violation once per element; element.style.setProperty (CSSOM) does not.
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renders the glossary, action plans, what changed, data check and preview views with no CSP violations', async () => {
    for (const [search, heading] of [
      ['?view=glossary', 'Glossary'],
      ['?view=actions', 'Action plans'],
      ['?view=changes', 'What changed since the quarter before, 2024-25 Q3'],
      ['?view=data-check', 'Data check'],
      ['?view=preview', 'Preview new data files'],
    ] as const) {
      const { page, errors, violations } = await openStrict(search);
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
      expect(await page.locator('main').innerText()).not.toBe('');
      expect(await violations(), search).toEqual([]);
      expect(errors, search).toEqual([]);
      await page.context().close();
    }
  });

  it('renders the embed view on its own with no CSP violations', async () => {
    const { page, errors, violations } = await openStrict('?view=embed&measure=CSC04', EMBED);
    const card = page.locator('[data-measure-id="CSC04"]');
    await card.waitFor();
    expect(await card.getAttribute('data-rag')).toBe('red');
    expect(await page.locator('[data-measure-id]').count()).toBe(1);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('frame-ancestors', () => {
  async function frameFrom(prefix: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors = watchPageErrors(page);
    await page.goto(`${hostOrigin}/?src=${encodeURIComponent(`${origin}${prefix}?view=embed&measure=CSC04`)}`);
    return { page, errors };
  }

  it('lets the newsletter frame the embed view when the header names its origin', async () => {
    const { page, errors } = await frameFrom(EMBED);
    const card = page.frameLocator('iframe').locator('[data-measure-id="CSC04"]');
    await card.waitFor();
    expect(await card.getAttribute('data-rag')).toBe('red');
    expect(errors.filter((error) => /Content Security Policy|frame/i.test(error))).toEqual([]);
    await page.context().close();
  });

  it("refuses another site's frame when the header says frame-ancestors 'self'", async () => {
    const { page, errors } = await frameFrom(STRICT);
    await expect.poll(() => errors.some((error) => /frame-ancestors/.test(error)), { timeout: 10_000 }).toBe(true);
    const appFrame = page.frames().find((frame) => frame.url().startsWith(origin));
    expect(await appFrame?.locator('[data-measure-id]').count() ?? 0).toBe(0);
    await page.context().close();
  });
});

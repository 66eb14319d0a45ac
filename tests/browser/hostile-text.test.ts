import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE, HX01_DECEMBER, writeHostileFolder } from '../fixtures/hostile/hostile-data';
import { axeViolations } from './axe';
import { launchChromium, watchPageErrors } from './chromium';
import { DIST } from './served-app';
import { startStaticServer } from './static-server';

// Issue 5 hardening: the BUILT app on a data folder full of hostile text (the sample data plus measure HX01, whose
// every text is markup, a javascript: address or a spreadsheet formula; see tests/fixtures/hostile/hostile-data.ts).
// Every view is visited; nothing may run (no dialog, no window.__pwned), nothing may be injected (no element with an
// on* handler, no script, iframe or img from the data), no link may use javascript:, the text must appear
// literally, and the CSV download must defuse formulas in text while keeping the negative figure a number.

const MOUNT = '/hostile/';

let server: Server | undefined;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  ({ server, origin } = await startStaticServer([{ prefix: MOUNT, root: DIST, dataDir: writeHostileFolder() }]));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

declare global {
  interface Window {
    __pwned?: number;
  }
}

interface Opened {
  page: Page;
  errors: string[];
  dialogs: string[];
}

async function open(search: string, ready: string): Promise<Opened> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${origin}${MOUNT}${search}`);
  // The built page is prerendered from the sample data; wait until the app has loaded the hostile folder (its
  // authority name is in the page header; the embed view has no header, so its hostile measure is waited for).
  if (!search.includes('view=embed')) await page.waitForFunction((name) => document.body.innerText.includes(name), HOSTILE.authorityName);
  await page.locator(ready).first().waitFor();
  return { page, errors, dialogs };
}

/** What the page holds that data could have injected: handlers, scripts, frames, images, links it would follow. */
async function injected(page: Page): Promise<{ handlers: string[]; inlineScripts: number; foreignScripts: string[]; frames: number; strayImages: string[]; badLinks: string[]; pwned: boolean }> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const handlers = all.flatMap((el) => [...el.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${el.tagName.toLowerCase()}[${a.name}]`));
    const scripts = [...document.querySelectorAll('script')];
    // The prerendered page carries a JSON data block (type application/json), which never runs; any other inline
    // script would.
    const inlineScripts = scripts.filter((s) => !s.src && s.type !== 'application/json').length + scripts.filter((s) => (s.textContent ?? '').includes('__pwned')).length;
    const foreignScripts = scripts.filter((s) => s.src && new URL(s.src).origin !== location.origin).map((s) => s.src);
    const frames = document.querySelectorAll('iframe, frame, object, embed').length;
    // The app draws no <img> from data; any image must be the app's own (same origin, or a data:/blob: picture).
    const strayImages = [...document.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '').filter((src) => src === 'x' || src.startsWith('javascript'));
    const links = [...document.querySelectorAll('a[href], area[href], [xlink\\:href]')].map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? '');
    const badLinks = links.filter((href) => {
      const protocol = new URL(href, location.href).protocol;
      return !['http:', 'https:', 'mailto:'].includes(protocol);
    });
    return { handlers, inlineScripts, foreignScripts, frames, strayImages, badLinks, pwned: window.__pwned !== undefined };
  });
}

const NOTHING_INJECTED = { handlers: [], inlineScripts: 0, foreignScripts: [], frames: 0, strayImages: [], badLinks: [], pwned: false };

/** The page's visible text with runs of white space made single spaces, as the data's text is compared. */
async function visibleText(page: Page): Promise<string> {
  return (await page.locator('body').innerText()).replace(/\s+/g, ' ');
}

// Each view: its address, an element that says it has rendered, and the hostile texts it must show literally.
const VIEWS: Array<{ name: string; search: string; ready: string; literal: string[] }> = [
  { name: 'performance on a page', search: '?view=summary', ready: '#view-heading', literal: [HOSTILE.authorityName] },
  { name: 'the SEND scorecard', search: '?view=scorecard&area=send', ready: '[data-measure-id="HX01"]', literal: [HOSTILE.title, HOSTILE.group] },
  {
    name: 'the hostile measure page',
    search: '?view=measure&measure=HX01',
    ready: '[data-measure-id="HX01"]',
    literal: [HOSTILE.title, HOSTILE.description, HOSTILE.commentary, HOSTILE.dataNote, HOSTILE.source, HOSTILE.valueNote],
  },
  { name: 'the glossary', search: '?view=glossary', ready: '#view-heading', literal: [HOSTILE.glossaryDefinition] },
  { name: 'the action plans', search: '?view=actions', ready: '#view-heading', literal: [HOSTILE.action, HOSTILE.actionUpdate] },
  { name: 'what changed', search: '?view=changes', ready: '#view-heading', literal: [] },
  { name: 'the data check', search: '?view=data-check', ready: '#view-heading', literal: [] },
  { name: 'the embed view', search: '?view=embed&measure=HX01', ready: '[data-measure-id="HX01"]', literal: [] },
];

describe('hostile text in every view of the built app', () => {
  for (const view of VIEWS) {
    it(`${view.name}: nothing runs, nothing is injected, no javascript: link, the text is shown literally`, async () => {
      const { page, errors, dialogs } = await open(view.search, view.ready);
      // Long scorecards render rows as they come into view: bring the hostile one in. Then give anything that
      // might fire (an image's onerror, a deferred script) time to do so.
      await page.locator(view.ready).first().scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      expect(await injected(page)).toEqual(NOTHING_INJECTED);
      expect(dialogs).toEqual([]);
      const text = await visibleText(page);
      for (const literal of view.literal) expect(text).toContain(literal.replace(/\s+/g, ' '));
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('the hostile measure page passes axe, with the hostile text as its heading', async () => {
    const { page, errors } = await open('?view=measure&measure=HX01', '[data-measure-id="HX01"]');
    await page.getByRole('heading', { level: 2, name: `HX01: ${HOSTILE.title}` }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The refused council_plan_url made no link; the Council Plan reference is plain text.
    expect(await page.locator('a', { hasText: 'Council Plan' }).count()).toBe(0);
    expect(errors).toEqual([]);
    // The detector itself can fail: markup put in as markup (which the app never does) is found.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<a href="javascript:void 0">x</a><img src="x" onerror="void 0">'));
    expect(await injected(page)).toMatchObject({ handlers: ['img[onerror]'], strayImages: ['x'], badLinks: ['javascript:void 0'] });
    await page.context().close();
  });
});

describe('the CSV download of the hostile scorecard', () => {
  it('defuses formula-like text but keeps the negative December figure a number', async () => {
    const { page, errors, dialogs } = await open('?view=scorecard&area=send', '[data-measure-id="HX01"]');
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: /Download CSV/ }).click()]);
    const text = readFileSync(await file.path(), 'utf8').replace(/^\ufeff/, '');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const hx01 = parsed.data.find((row) => row.id === 'HX01');
    // HX01 year to date (sum, April to December 2024): 100 + 200 + ... + 800 = 3600, and -1250 = 2350.
    expect(hx01).toMatchObject({ title: `'${HOSTILE.title}`, group: `'${HOSTILE.group}`, value: HX01_DECEMBER, ytd: '2350', period: '2024-12' });
    for (const row of parsed.data) {
      for (const cell of Object.values(row)) if (/^[=+\-@]/.test(cell)) expect(cell).toMatch(/^[+-]?\d+(\.\d+)?$/);
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { describe, expect, it, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { everyRowDrawn, useBuiltApp } from './served-app';

// Issue 4: the newsletter embed (?view=embed), its "copy embed code" button, and the print stylesheet.
// Expected figures are worked out by hand from data/*.csv in the comments.

const app = useBuiltApp();

const cards = (page: Page) => page.locator('[data-measure-id]');

describe('the embed view', () => {
  it('shows only EH01, amber, with no navigation or masthead, and an absolute link to the full scorecard', async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=embed&measure=EH01'), { width: 600, height: 900 });
    await page.getByRole('heading', { level: 1, name: /Families contacted within 3 working days of referral, 2024-25 Q3/ }).waitFor();
    // early-help.csv, 2024-12: 85.1 [p], 57 of 67; targets.csv 2024-25: target 90, tolerance 84, high is good:
    // 84 <= 85.1 < 90, so amber.
    expect(await cards(page).count()).toBe(1);
    const card = page.locator('[data-measure-id="EH01"]');
    expect(await card.getAttribute('data-rag')).toBe('amber');
    // December 2023 was 90.6%: down, and for a high-is-good measure that is worse.
    expect(await card.getAttribute('data-dot')).toBe('declining');
    expect(await card.getAttribute('data-variation')).toMatch(/^(common|improvement|concern|neutral|none)$/);
    expect(await card.getAttribute('data-assurance')).toMatch(/^(pass|fail|hit-and-miss|none)$/);
    const text = await card.innerText();
    expect(text).toContain('85.1% [p]');
    expect(text).toContain('(57 of 67)');
    expect(text).toContain('December 2024');

    expect(await page.locator('.masthead').isVisible()).toBe(false);
    expect(await page.locator('nav, .view-nav, .toolbar, .share, .problems').count()).toBe(0);

    const full = page.getByRole('link', { name: /Open the full scorecard/ });
    expect(await full.getAttribute('target')).toBe('_blank');
    expect(await full.getAttribute('rel')).toContain('noopener');
    const href = new URL((await full.getAttribute('href')) ?? '');
    expect(href.href).toBe(await full.evaluate((a: HTMLAnchorElement) => a.getAttribute('href')));
    expect(href.pathname).toBe('/council/scorecard/');
    expect(Object.fromEntries(href.searchParams)).toEqual({ view: 'measure', measure: 'EH01', quarter: '2024-25-Q3' });

    // Sized to its content (no fixed height): the page is as tall as the heading, card and link, well short of the 900px window.
    const height = await page.evaluate(() => document.body.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(150);
    expect(height).toBeLessThan(500);
    await page.screenshot({ path: '/tmp/embed-EH01.png' });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows exactly the twelve SEND measures for area=send, in an earlier quarter when asked', async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=embed&area=send&quarter=2024-25-Q2'), { width: 900, height: 800 });
    await page.getByRole('heading', { level: 1, name: /Special educational needs and disabilities \(SEND\), 2024-25 Q2/ }).waitFor();
    // measures.csv: SEND01 to SEND12 are the area "send".
    const ids = await cards(page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-measure-id')));
    expect(ids).toEqual(Array.from({ length: 12 }, (_, i) => `SEND${String(i + 1).padStart(2, '0')}`));
    const full = new URL((await page.getByRole('link', { name: /Open the full scorecard/ }).getAttribute('href')) ?? '');
    expect(Object.fromEntries(full.searchParams)).toEqual({ view: 'scorecard', area: 'send', quarter: '2024-25-Q2' });
    await page.setViewportSize({ width: 320, height: 800 });
    // Responsive: one column on a phone, nothing wider than the frame.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: '/tmp/embed-send-320.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says inside the frame how to ask, for an unknown measure or for neither measure nor area', async () => {
    for (const search of ['?view=embed&measure=ZZ99', '?view=embed']) {
      const { page, errors } = await app.open(app.url('sample', search));
      await page.getByText('?view=embed&measure=EH01').waitFor();
      expect(await page.getByText(search.includes('ZZ99') ? 'There is no measure "ZZ99" in this scorecard.' : /does not say which measure/).count()).toBe(1);
      expect(await page.getByText('?view=embed&area=').count()).toBe(1);
      expect(await cards(page).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  describe('inside another site', () => {
    let host: Server | undefined;
    afterAll(() => host?.close());

    it('renders the card in a cross-origin iframe that may not use cookies or storage, and reports its height', async () => {
      const frameSrc = app.url('sample', '?view=embed&measure=CSC04');
      // The newsletter: another origin (another port), framing the app.
      const hostOrigin = await new Promise<string>((resolveStart) => {
        host = createServer((_request, response) => {
          response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
            `<!doctype html><html lang="en"><head><title>Newsletter</title></head><body><main><h1>Newsletter</h1>
             <iframe src="${frameSrc}" title="Scorecard: CSC04" width="100%" height="300" style="border:0"></iframe></main>
             <script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'scorecard-embed-height') window.heights.push(e.data.height); });</script>
             </body></html>`,
          );
        }).listen(0, '127.0.0.1', function (this: Server) {
          const address = this.address();
          resolveStart(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
        });
      });
      expect(new URL(hostOrigin).origin).not.toBe(new URL(frameSrc).origin);

      const context = await app.browser.newContext();
      // Storage and cookies throw in every frame, as a privacy-minded browser may make them in a third-party frame.
      await context.addInitScript(() => {
        for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) {
          Object.defineProperty(window, name, { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
        }
        Object.defineProperty(Document.prototype, 'cookie', { get: () => { throw new DOMException('blocked', 'SecurityError'); }, set: () => { throw new DOMException('blocked', 'SecurityError'); } });
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${hostOrigin}/`);
      const frame = page.frameLocator('iframe');
      const card = frame.locator('[data-measure-id="CSC04"]');
      await card.waitFor();
      // The block really applies inside the cross-origin frame.
      const appFrame = page.frames().find((candidate) => candidate.url().startsWith(new URL(frameSrc).origin));
      expect(await appFrame?.evaluate(() => { try { return typeof window.localStorage; } catch { return 'blocked'; } })).toBe('blocked');
      // social-care.csv 2024-12: 23.4%, above the low-is-good tolerance of 20: red.
      expect(await card.getAttribute('data-rag')).toBe('red');
      expect(await frame.locator('[data-measure-id]').count()).toBe(1);
      await page.waitForFunction(() => (window as unknown as { heights: number[] }).heights.length > 0);
      const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
      expect(heights.at(-1)).toBeGreaterThan(100);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
});

describe('copy embed code', () => {
  it('offers an iframe with a title for the measure open, and copies it', async () => {
    const context = await app.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url('sample')).origin });
    const page = await context.newPage();
    await page.goto(app.url('sample', '?view=measure&measure=EH01'));
    const box = page.getByRole('textbox', { name: /Embed code/ });
    await box.waitFor();
    const snippet = await box.inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="100%" height="\d+" style="border:0" loading="lazy"><\/iframe>$/);
    expect(snippet).toContain('title="Sample Borough Council scorecard: EH01 Families contacted within 3 working days of referral, 2024-25 Q3"');
    const src = new URL(snippet.match(/src="([^"]+)"/)?.[1]?.replace(/&amp;/g, '&') ?? '');
    expect(src.origin + src.pathname).toBe(app.url('sample'));
    expect(Object.fromEntries(src.searchParams)).toEqual({ view: 'embed', measure: 'EH01', quarter: '2024-25-Q3' });

    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await page.getByText('Embed code copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('selects the code for Ctrl+C when the clipboard is refused, and offers an area on a filtered scorecard', async () => {
    const context = await app.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    const page = await context.newPage();
    await page.goto(app.url('sample', '?view=scorecard&area=send'));
    const box = page.getByRole('textbox', { name: /Embed code/ });
    await box.waitFor();
    const snippet = await box.inputValue();
    expect(snippet).toContain('title="Sample Borough Council scorecard: Special educational needs and disabilities (SEND), 2024-25 Q3"');
    const src = new URL(snippet.match(/src="([^"]+)"/)?.[1]?.replace(/&amp;/g, '&') ?? '');
    expect(Object.fromEntries(src.searchParams)).toEqual({ view: 'embed', area: 'send', quarter: '2024-25-Q3' });
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await page.getByText(/selected: press Ctrl\+C/).waitFor();
    const selected = await box.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe(snippet);

    // The summary names no single measure or area: no code, a hint instead.
    await page.goto(app.url('sample'));
    await page.getByText(/Open a measure, or show one service area on the scorecard/).waitFor();
    expect(await page.getByRole('textbox', { name: /Embed code/ }).count()).toBe(0);
    await context.close();
  });
});

describe('printing', () => {
  it('hides navigation, quarter picker, filters and sharing in print, and keeps each measure row on one page', async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=scorecard'), { width: 1280, height: 900 });
    await page.locator('[data-measure-id="EH01"]').waitFor();
    // On screen first, so the test would fail if these were simply absent.
    for (const selector of ['.view-nav', '.quarter-picker', '.scorecard-filters', '.share']) expect(await page.locator(selector).first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.view-nav', '.quarter-picker', '.scorecard-filters', '.share', '.skip-link']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('#view-heading').innerText()).toBe('Scorecard, 2024-25 Q3');
    const row = page.locator('[data-measure-id="EH01"]');
    expect(await row.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    expect(await page.locator('.measure-table thead').first().evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
    // The amber badge keeps its background colour and its border when printed.
    const badge = row.locator('.rag-badge');
    expect(await badge.evaluate((el) => getComputedStyle(el).printColorAdjust)).toBe('exact');
    expect(await badge.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    // A link prints its words in the text colour, without an underline.
    const link = row.locator('a').first();
    expect(await link.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('none');
    // The masthead's white text must not be left on a dropped dark background.
    expect(await page.locator('.masthead h1').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(11, 12, 12)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets the browser skip laying out exception lists and cards and area paragraphs off screen (content-visibility), and turns that off for print', async () => {
    const { page, errors } = await app.open(app.url('sample', ''), { width: 1280, height: 900 });
    const cards = page.locator('.summary-exceptions, .summary-exception, .summary__area');
    await cards.first().waitFor();
    const visibility = () => cards.evaluateAll((els) => els.map((el) => getComputedStyle(el).contentVisibility));
    const count = await cards.count();
    expect(count).toBeGreaterThan(1);
    expect(await visibility()).toEqual(Array(count).fill('auto'));
    await page.emulateMedia({ media: 'print' });
    expect(await visibility()).toEqual(Array(count).fill('visible'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lets the browser skip the scorecard's rows off screen, and prints every row", async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=scorecard'), { width: 1280, height: 900 });
    const rows = page.locator('.measure-table tbody tr');
    await page.locator('[data-measure-id="LAC08"]').waitFor();
    await everyRowDrawn(page);
    const visibility = () => rows.evaluateAll((els) => els.map((el) => getComputedStyle(el).contentVisibility));
    expect(await rows.count()).toBe(51);
    expect(await visibility()).toEqual(Array(51).fill('auto'));
    await page.emulateMedia({ media: 'print' });
    expect(await visibility()).toEqual(Array(51).fill('visible'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints performance on a page and the scorecard as A4 landscape PDFs', async () => {
    const pageCounts: Record<string, number> = {};
    for (const [name, search, ready] of [
      ['summary', '', '[data-measure-id="CSC04"]'],
      ['scorecard', '?view=scorecard', '[data-measure-id="EH01"]'],
    ] as const) {
      const { page, errors } = await app.open(app.url('sample', search), { width: 1280, height: 900 });
      await page.locator(ready).waitFor();
      await everyRowDrawn(page);
      const pdf = await page.pdf({ format: 'A4', landscape: true });
      writeFileSync(`/tmp/embed-print-${name}.pdf`, pdf);
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
      const text = pdf.toString('latin1');
      pageCounts[name] = text.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
      // A4 landscape is 842 x 595 points.
      expect(text).toMatch(/\/MediaBox\s*\[0 0 84[12](\.\d+)? 59[56](\.\d+)?\]/);
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(pageCounts.summary).toBeGreaterThan(0);
    // 51 measures in four area tables cannot fit on one landscape page.
    expect(pageCounts.scorecard).toBeGreaterThan(1);
  });
});

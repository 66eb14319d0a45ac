import { describe, expect, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { everyRowDrawn, useBuiltApp } from './served-app';

// The measure page's code (its own chunk, with the charting library) is fetched before a measure is opened: when
// the page is idle, or when the reader points at a measure's link. See src/app/measure-page.tsx.

const app = useBuiltApp();
const MEASURE_PAGE_CODE = /\/assets\/MeasureDetailView-[^/]*\.js$/;
const MEASURE_PAGE_STYLES = /\/assets\/MeasureDetailView-[^/]*\.css$/;
/** A browser whose reader asked it to save data (the Save-Data setting, navigator.connection.saveData). */
const SAVE_DATA = "Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) });";
const CSC04_LINK = 'tr[data-measure-id="CSC04"] a.sc-measure-link';
const CSC04_TREND = '.measure-detail[data-measure-id="CSC04"] figure.trend-chart svg.recharts-surface';

/** Records whether "Opening the measure…" (shown while the code downloads) is ever in the page. */
async function watchForFallback(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(`(() => {
    window.__fallbackSeen = false;
    const seen = () => { if (document.body.textContent.includes('Opening the measure')) window.__fallbackSeen = true; };
    new MutationObserver(seen).observe(document.body, { childList: true, subtree: true, characterData: true });
  })()`);
  return async () => (await page.evaluate('window.__fallbackSeen')) as boolean;
}

interface OpenedScorecard {
  page: Page;
  codeRequests: string[];
  /** Settles when the measure page's code has been received, whenever that was. */
  codeReceived: Promise<Response>;
  errors: string[];
}

async function openScorecard(options: { initScript?: string; prepare?: (page: Page) => Promise<unknown> } = {}): Promise<OpenedScorecard> {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (options.initScript) await page.addInitScript(options.initScript);
  await options.prepare?.(page);
  const codeRequests: string[] = [];
  page.on('request', (request) => {
    if (MEASURE_PAGE_CODE.test(new URL(request.url()).pathname)) codeRequests.push(request.url());
  });
  const codeReceived = new Promise<Response>((received) => {
    page.on('response', (response) => {
      if (MEASURE_PAGE_CODE.test(new URL(response.url()).pathname)) received(response);
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  await page.goto(app.url('sample', '?view=scorecard'));
  await page.locator('tr[data-measure-id="CSC04"]').waitFor();
  await everyRowDrawn(page);
  return { page, codeRequests, codeReceived, errors };
}

/** The page has the measure page's code and styles, evaluated: what the app waits for before it counts as loaded. */
async function codeInPage(page: Page, code: Response): Promise<void> {
  await code.finished();
  await page.waitForFunction(
    (pattern) => performance.getEntriesByType('resource').some((entry) => new RegExp(pattern).test(entry.name)),
    MEASURE_PAGE_STYLES.source,
  );
  // The same module again: it resolves once the app's own import has (the app's callbacks were there first).
  // (A string: written as a function, the test runner would rewrite its import().)
  await page.evaluate(`import(${JSON.stringify(code.url())}).then(() => new Promise((next) => setTimeout(next)))`);
}

describe("fetching the measure page's code ahead of time", () => {
  it('fetches it once the scorecard is idle, so the first measure opened is drawn without a loading message', async () => {
    const { page, codeRequests, codeReceived, errors } = await openScorecard();
    // Nothing opened yet: the idle page asks for the measure page's code by itself.
    const code = await codeReceived;
    expect(code.ok()).toBe(true);
    await codeInPage(page, code);
    const fallbackSeen = await watchForFallback(page);
    await page.locator(CSC04_LINK).click();
    await page.locator(CSC04_TREND).waitFor();
    expect(await fallbackSeen()).toBe(false);
    expect(codeRequests).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('waits for the reader when the browser asks to save data, then fetches it as soon as a measure link is pointed at', async () => {
    const { page, codeRequests, codeReceived, errors } = await openScorecard({ initScript: SAVE_DATA });
    // Longer than the idle fetch ever waits (3 seconds): with Save-Data it does not happen.
    await page.waitForTimeout(3500);
    expect(codeRequests).toEqual([]);
    await page.locator(CSC04_LINK).hover();
    expect((await codeReceived).ok()).toBe(true);
    expect(codeRequests).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a measure before its code has come: says it is opening, then keeps the same page once the code is in', async () => {
    const { page, codeRequests } = await openScorecard({
      initScript: SAVE_DATA,
      // A slow connection: the code takes 400 ms to come.
      prepare: (opened) =>
        opened.route(MEASURE_PAGE_CODE, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 400));
          await route.continue();
        }),
    });
    const fallbackSeen = await watchForFallback(page);
    // Keyboard: focusing the link is intent, so the fetch starts then; Enter opens it before the code has come.
    await page.locator(CSC04_LINK).focus();
    await expect.poll(() => codeRequests.length).toBe(1);
    await page.keyboard.press('Enter');
    await page.locator(CSC04_TREND).waitFor();
    expect(await fallbackSeen()).toBe(true);

    // Opened through the wait, the page stays the same page afterwards: a choice made on it survives a new quarter.
    const toggle = page.locator('.measure-detail .trend-chart__toggle');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.locator('.measure-detail').evaluate((element) => element.setAttribute('data-test-mark', 'first'));
    await page.getByRole('combobox', { name: 'Quarter', exact: true }).selectOption('2024-25-Q2');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('quarter') === '2024-25-Q2');
    await page.locator(CSC04_TREND).waitFor();
    expect(await page.locator('.measure-detail[data-test-mark="first"]').count()).toBe(1);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(codeRequests).toHaveLength(1);
    await page.close();
  });

  it('says so in plain words if the code cannot be downloaded, and the rest of the scorecard still works', async () => {
    const { page, errors } = await openScorecard({ prepare: (opened) => opened.route(MEASURE_PAGE_CODE, (route) => route.abort('internetdisconnected')) });
    // The fetch ahead fails first: a warning on the console, nothing on the page.
    await expect.poll(() => errors.some((text) => text.includes('could not be fetched ahead of time')), { timeout: 10_000 }).toBe(true);
    await page.locator(CSC04_LINK).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The measure page could not be loaded' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Check the connection, then reload the page to try again.');
    expect(await alert.getByRole('button', { name: 'Reload the page' }).count()).toBe(1);
    // The rest of the page is still there and works.
    await page.getByRole('navigation', { name: 'Scorecard views' }).getByRole('link', { name: 'Scorecard' }).click();
    await page.locator('tr[data-measure-id="CSC04"]').waitFor();
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { everyRowDrawn, useBuiltApp } from './served-app';

// The measure page's code (its own chunk, with the charting library) is fetched before a measure is opened: when
// the page is idle, or when the reader points at a measure's link. See src/app/measure-page.ts.

const app = useBuiltApp();
const MEASURE_PAGE_CODE = /\/assets\/MeasureDetailView-[^/]*\.js$/;
/** A browser whose reader asked it to save data (the Save-Data setting, navigator.connection.saveData). */
const SAVE_DATA = "Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) });";

/** Records whether "Opening the measure…" (the fallback shown while the code downloads) is ever in the page. */
async function watchForFallback(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(`(() => {
    window.__fallbackSeen = false;
    const seen = () => { if (document.body.innerText.includes('Opening the measure')) window.__fallbackSeen = true; };
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

async function openScorecard(initScript?: string): Promise<OpenedScorecard> {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (initScript) await page.addInitScript(initScript);
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

describe("fetching the measure page's code ahead of time", () => {
  it('fetches it once the scorecard is idle, so the first measure opened is drawn without a loading message', async () => {
    const { page, codeRequests, codeReceived, errors } = await openScorecard();
    // Nothing opened yet: the idle page asks for the measure page's code by itself.
    const response = await codeReceived;
    expect(response.ok()).toBe(true);
    await response.finished();
    await page.waitForTimeout(300);
    const fallbackSeen = await watchForFallback(page);
    await page.locator('tr[data-measure-id="CSC04"] a.sc-measure-link').click();
    await page.locator('.measure-detail[data-measure-id="CSC04"] figure.trend-chart svg.recharts-surface').waitFor();
    expect(await fallbackSeen()).toBe(false);
    expect(codeRequests).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('waits for the reader when the browser asks to save data, then fetches it as soon as a measure link is pointed at', async () => {
    const { page, codeRequests, codeReceived, errors } = await openScorecard(SAVE_DATA);
    // Longer than the idle fetch ever waits (3 seconds): with Save-Data it does not happen.
    await page.waitForTimeout(3500);
    expect(codeRequests).toEqual([]);
    await page.locator('tr[data-measure-id="CSC04"] a.sc-measure-link').hover();
    expect((await codeReceived).ok()).toBe(true);
    expect(codeRequests).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('still opens a measure whose code was not fetched ahead, showing that it is opening meanwhile', async () => {
    const { page, codeRequests } = await openScorecard(SAVE_DATA);
    const fallbackSeen = await watchForFallback(page);
    // Keyboard: focusing the link is intent too, so the fetch starts then; Enter opens it before the code has come.
    await page.route(MEASURE_PAGE_CODE, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.locator('tr[data-measure-id="CSC04"] a.sc-measure-link').focus();
    await page.keyboard.press('Enter');
    await page.locator('.measure-detail[data-measure-id="CSC04"] figure.trend-chart svg.recharts-surface').waitFor();
    expect(await fallbackSeen()).toBe(true);
    expect(codeRequests).toHaveLength(1);
    await page.close();
  });
});

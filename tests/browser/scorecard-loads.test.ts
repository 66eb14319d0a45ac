import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { launchChromium, watchPageErrors } from './chromium';
import { serveBuiltApp } from './served-app';

let browser: Browser;
let server: Server;
let url: Awaited<ReturnType<typeof serveBuiltApp>>['url'];

beforeAll(async () => {
  ({ server, url } = await serveBuiltApp());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function openPage(address: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors = watchPageErrors(page);
  await page.goto(address);
  return { page, errors };
}

const measure = (page: Page, id: string) => page.locator(`[data-measure-id="${id}"]`);

describe('the built app on the sample data, served from a sub-path', () => {
  it('loads every measure of the default quarter, parsed in a Web Worker, with no console errors', async () => {
    const page = await browser.newPage();
    const errors = watchPageErrors(page);
    const workers: string[] = [];
    const requests: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(url('sample', '?view=scorecard'));
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    expect(await page.locator('[data-measure-id]').count()).toBe(51);
    expect(workers.length).toBe(1);
    // Every URL is relative to the sub-path: nothing is fetched from the server root.
    expect(requests.filter((path) => !path.startsWith('/council/scorecard/'))).toEqual([]);
    expect(requests).toContain('/council/scorecard/data/measures.csv');
    expect(errors).toEqual([]);
    await page.close();
  });

  // Expected values worked out by hand from data/*.csv (see each comment), not read from the code under test.
  it('rates re-referrals red and declining: 23.4% against a low-is-good target of 18 and tolerance of 20', async () => {
    const { page } = await openPage(url('sample', '?view=scorecard'));
    const row = measure(page, 'CSC04');
    await row.waitFor();
    expect(await row.getAttribute('data-rag')).toBe('red');
    // Dec 2023 was 17.2%: the number went up, and for a low-is-good measure that is worse.
    expect(await row.getAttribute('data-dot')).toBe('declining');
    expect(await row.innerText()).toContain('23.4%');
    expect(await row.innerText()).toContain('Up from 17.2% in 2023-12 - declining');
    await page.close();
  });

  it('rates families contacted amber and declining, keeping the provisional flag beside 85.1%', async () => {
    const { page } = await openPage(url('sample', '?view=scorecard'));
    const row = measure(page, 'EH01');
    await row.waitFor();
    // 85.1 sits between the tolerance 84 and the target 90; Dec 2023 was 90.6%.
    expect(await row.getAttribute('data-rag')).toBe('amber');
    expect(await row.getAttribute('data-dot')).toBe('declining');
    expect(await row.innerText()).toContain('85.1% [p]');
    await page.close();
  });

  it('compares partner assessments with the previous month, as its measure asks: up from 22.3% is improving', async () => {
    const { page } = await openPage(url('sample', '?view=scorecard'));
    const row = measure(page, 'EH04');
    await row.waitFor();
    expect(await row.getAttribute('data-dot')).toBe('improving');
    expect(await row.innerText()).toContain('Up from 22.3% in 2024-11 - improving');
    await page.close();
  });

  it('shows a suppressed value as [c], never rated and never compared', async () => {
    const { page } = await openPage(url('sample', '?view=scorecard'));
    const row = measure(page, 'LAC06');
    await row.waitFor();
    expect(await row.getAttribute('data-rag')).toBe('none');
    expect(await row.getAttribute('data-dot')).toBe('none');
    expect(await row.innerText()).toContain('[c]');
    await page.close();
  });

  it('has no axe-core accessibility violations', async () => {
    const { page } = await openPage(url('sample', '?view=scorecard'));
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('switches quarter by keyboard, keeps it in the link, and the back button returns', async () => {
    const { page } = await openPage(url('sample', '?view=scorecard'));
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the scorecard');
    // Past the view links to the quarter picker.
    for (const name of ['Performance on a page', 'Scorecard', 'Glossary']) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q2' }).waitFor();
    expect(new URL(page.url()).search).toBe('?view=scorecard&quarter=2024-25-Q2');
    // Sep 2024 re-referrals: 21.3% against tolerance 20 is red (low is good).
    expect(await measure(page, 'CSC04').getAttribute('data-rag')).toBe('red');
    await page.goBack();
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    await page.close();
  });

  it('opens a shared link on the quarter it names', async () => {
    const { page } = await openPage(url('sample', '?view=scorecard&quarter=2023-24-Q3'));
    await page.getByRole('heading', { name: 'Scorecard, 2023-24 Q3' }).waitFor();
    expect(await measure(page, 'CSC04').innerText()).toContain('17.2%');
    await page.close();
  });
});

describe('the built app on bad data', () => {
  it('lists each problem with file, line and column and still shows every good row', async () => {
    const { page, errors } = await openPage(url('malformed', '?view=scorecard'));
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    const ids = await page.locator('[data-measure-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-measure-id')));
    expect(ids).toEqual(['EH01', 'EH02', 'CSC01']);
    await page.getByText(/^Data problems:/).click();
    const problems = await page.locator('.problems__list').innerText();
    expect(problems).toContain('measures.csv:5:unit: error:');
    expect(problems).toContain('early-help.csv:4:period: error: "2024-13" is not a month');
    // Optional files absent from this folder answer 404, which Chromium logs; anything else is a real error.
    expect(errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
    expect(errors.length).toBeGreaterThan(0);
    await page.close();
  });

  it('says what to supply when there is no measures.csv', async () => {
    const { page } = await openPage(url('empty'));
    await page.getByRole('heading', { name: 'The scorecard cannot be shown' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('measures.csv');
    await page.close();
  });
});

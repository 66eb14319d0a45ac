import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { useBuiltApp } from './served-app';

const app = useBuiltApp();

const sample = (name: string) => readFileSync(resolve(import.meta.dirname, '..', '..', 'data', name), 'utf8');
// data/early-help.csv has EH01 2024-12 "85.1 [p],57,67": amber, between tolerance 84 and target 90 (targets.csv 2024-25,
// high is good), and declining against 90.6% in December 2023. The new file says 61 of 67 = 91.04%, written 91.0: at least
// the target, so green, and up from 90.6%, so improving.
const changedEarlyHelp = () => sample('early-help.csv').replace(/^EH01,2024-12,.*$/m, 'EH01,2024-12,91.0,61,67,');

const banner = (page: Page) => page.getByRole('region', { name: 'Preview - not published' });
const eh01 = (page: Page) => page.locator('[data-measure-id="EH01"]');

/** Every request that could carry a file away: anything but a GET, or anything with a body. */
function watchUploads(page: Page): string[] {
  const uploads: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' || request.postData()) uploads.push(`${request.method()} ${request.url()}`);
  });
  return uploads;
}

/** Drops files on `selector` as a browser would, with a DataTransfer made in the page. */
async function dropFiles(page: Page, selector: string, files: { name: string; text: string }[]) {
  await page.evaluate(
    ({ selector, files }) => {
      const transfer = new DataTransfer();
      for (const { name, text } of files) transfer.items.add(new File([text], name, { type: 'text/csv' }));
      const target = document.querySelector(selector)!;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    { selector, files },
  );
}

describe('previewing new data files in the built app', () => {
  it('shows chosen files with a banner, the changed rating, and goes back to the published scorecard', async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=preview'));
    const uploads = watchUploads(page);
    await page.getByRole('heading', { name: 'Preview new data files', level: 2 }).waitFor();
    expect(await page.getByText('Nothing leaves this computer').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Choose CSV files').setInputFiles({ name: 'early-help.csv', mimeType: 'text/csv', buffer: Buffer.from(changedEarlyHelp()) });
    await banner(page).waitFor();
    // No errors: performance on a page opens.
    await page.getByRole('heading', { level: 2, name: /^Performance on a page, 2024-25 Q3/ }).waitFor();
    const text = await banner(page).innerText();
    expect(text).toContain('You are looking at files from your computer: early-help.csv. Nothing has been uploaded.');
    // The 11 contract files of the sample folder, less early-help.csv: measures.csv and 9 others.
    expect(text).toContain('measures.csv and 9 other files are the published ones');
    expect(await banner(page).getByRole('link', { name: 'Data check: 0 errors, 0 warnings' }).count()).toBe(1);
    expect(await banner(page).getByRole('link', { name: 'What changed' }).count()).toBe(1);

    await page.getByRole('navigation', { name: 'Scorecard views' }).getByRole('link', { name: 'Scorecard' }).click();
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    expect(await banner(page).count()).toBe(1);
    expect(await eh01(page).getAttribute('data-rag')).toBe('green');
    expect(await eh01(page).getAttribute('data-dot')).toBe('improving');
    expect(await eh01(page).textContent()).toContain('91.0%');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Back to the published scorecard' }).click();
    await banner(page).waitFor({ state: 'detached' });
    expect(await eh01(page).getAttribute('data-rag')).toBe('amber');
    expect(await eh01(page).getAttribute('data-dot')).toBe('declining');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('view-heading');

    expect(uploads).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads files dropped on the drop zone, and on any view', async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=preview'));
    const uploads = watchUploads(page);
    await page.getByRole('heading', { name: 'Preview new data files', level: 2 }).waitFor();
    await dropFiles(page, '.preview-drop', [{ name: 'early-help.csv', text: changedEarlyHelp() }]);
    await banner(page).waitFor();
    expect(await banner(page).innerText()).toContain('files from your computer: early-help.csv.');
    await page.getByRole('button', { name: 'Back to the published scorecard' }).click();
    await banner(page).waitFor({ state: 'detached' });

    // Dropped anywhere on the scorecard itself: the browser must not open the CSV in place of the app.
    await page.goto(app.url('sample', '?view=scorecard'));
    await eh01(page).waitFor();
    expect(await eh01(page).getAttribute('data-rag')).toBe('amber');
    await dropFiles(page, '#view-heading', [{ name: 'EARLY-HELP.CSV', text: changedEarlyHelp() }]);
    await banner(page).waitFor();
    await page.getByRole('navigation', { name: 'Scorecard views' }).getByRole('link', { name: 'Scorecard' }).click();
    await eh01(page).waitFor();
    expect(await eh01(page).getAttribute('data-rag')).toBe('green');
    // The capitals would stop a web server finding the file once published: a warning says so.
    expect(await banner(page).getByRole('link', { name: 'Data check: 0 errors, 1 warning' }).count()).toBe(1);

    expect(uploads).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints the banner, so a printed preview cannot pass for the published scorecard', async () => {
    const { page } = await app.open(app.url('sample', '?view=preview'));
    await page.getByLabel('Choose CSV files').setInputFiles({ name: 'early-help.csv', mimeType: 'text/csv', buffer: Buffer.from(changedEarlyHelp()) });
    await banner(page).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await banner(page).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Preview - not published' }).isVisible()).toBe(true);
    await page.close();
  });
});

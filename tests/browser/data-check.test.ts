import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Server } from 'node:http';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium, watchPageErrors } from './chromium';
import { DIST } from './served-app';
import { startStaticServer } from './static-server';

// Issue 5: the officers' data check in the built app, on a broken data folder (tests/fixtures/contract/messy, whose
// expected-problems.txt lists what `scorecard validate` prints for it), served under a strict Content-Security-Policy.

const MESSY = resolve(import.meta.dirname, '../fixtures/contract/messy');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self'; connect-src 'self'; object-src 'none'";

let server: Server | undefined;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  const started = await startStaticServer([{ prefix: '/messy/', root: DIST, dataDir: MESSY, headers: { 'Content-Security-Policy': CSP } }]);
  server = started.server;
  origin = started.origin;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the data check in the built app, on messy files', () => {
  it('sorts by severity from the keyboard and downloads the problems as CSV, with no console errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchPageErrors(page);
    await page.goto(`${origin}/messy/?view=data-check`);
    await page.getByRole('heading', { level: 2, name: 'Data check' }).waitFor();
    const table = page.getByRole('table');
    await table.waitFor();

    // expected-problems.txt: 23 errors, 10 warnings, 4 notices (measures.csv:1, commentary.csv:1 and 3, settings.csv:3);
    // 44 rows read, 20 kept.
    await expect(page.locator('.data-check__counts').innerText()).resolves.toMatch(/23 errors\s+10 warnings\s+4 notices\s+44 rows read, 20 kept \(24 left out\)/);
    const severityHeader = page.getByRole('columnheader', { name: /^Severity/ });
    expect(await page.getByRole('columnheader', { name: /^File/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(await severityHeader.getAttribute('aria-sort')).toBeNull();

    // Keyboard only: focus the Severity heading's button and press Enter, then Space to turn it round.
    await severityHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await severityHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(page.url()).toContain('sort=severity');
    const firstSeverity = () => table.locator('tbody tr').first().locator('td').nth(3).innerText();
    await expect(firstSeverity()).resolves.toBe('Error');
    await page.keyboard.press('Space');
    expect(await severityHeader.getAttribute('aria-sort')).toBe('descending');
    await expect(firstSeverity()).resolves.toBe('Notice');
    // Focus stays on the button, so the officer can keep sorting.
    expect(await page.evaluate(() => document.activeElement?.closest('th')?.textContent)).toMatch(/^Severity/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download as CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe('data-check.csv');
    const parsed = Papa.parse<Record<string, string>>(readFileSync(await download.path(), 'utf8'), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['file', 'line', 'column', 'severity', 'message', 'cell', 'how_to_fix']);
    expect(parsed.data).toHaveLength(37);
    // In the order shown (notices first), and early-help.csv line 12 as written: CSC01,2024-08,abc,,,
    expect(parsed.data[0]?.severity).toBe('notice');
    expect(parsed.data.find((row) => row.file === 'early-help.csv' && row.line === '12')).toEqual({
      file: 'early-help.csv',
      line: '12',
      column: 'Value',
      severity: 'error',
      message: '"abc" is not a number or a special value; write a number (e.g. 85.1, 1,234 or 85.1 [p]), one of [c] [x] [z] [low] [u], or leave the cell empty',
      cell: 'abc',
      how_to_fix: 'Write a number (such as 85.1, 1,234 or 85.1 [p]), [c] if it is suppressed, [x] if it is not available, or leave it empty.',
    });
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded' }).innerText()).resolves.toBe('Downloaded data-check.csv: 37 problems.');

    // actions.csv is not in the folder: Chromium logs its 404. Anything else (a CSP refusal included) is a real error.
    expect(errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
    await page.close();
  });

  it('passes axe-core, sorted by severity as a shared link would open it', async () => {
    // axe-core is injected as an inline script, which the policy rightly refuses: this page alone bypasses it.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(`${origin}/messy/?view=data-check&sort=severity-desc`);
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('columnheader', { name: /^Severity/ }).getAttribute('aria-sort')).toBe('descending');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
    await context.close();
  });
});

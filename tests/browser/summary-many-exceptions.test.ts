// Performance on a page for a benchmarking club's hundreds of measures: each kind of exception shows its first
// 12, and "Show all" draws the rest, in the built app in Chromium on a generated dataset served as live files.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset, writeDataset } from '../../scripts/generate-dataset';
import { axeViolations } from './axe';
import { launchChromium, watchPageErrors } from './chromium';
import { DIST } from './served-app';
import { startStaticServer } from './static-server';

let server: Server;
let origin: string;
let browser: Browser;
const dataDir = mkdtempSync(join(tmpdir(), 'scorecard-many-exceptions-'));

beforeAll(async () => {
  writeDataset(dataDir, generateDataset({ measures: 400, years: 3, seed: 'many-exceptions' }));
  ({ server, origin } = await startStaticServer([{ prefix: '/club/', root: DIST, dataDir }]));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('performance on a page with hundreds of exceptions', () => {
  it('shows the first 12 of each kind, then all of one kind on request, accessibly and without errors', async () => {
    const page = await browser.newPage();
    const errors = watchPageErrors(page);
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 404) missing.push(new URL(response.url()).pathname);
    });
    await page.goto(`${origin}/club/`);
    // The build's prerendered summary is the sample's: wait for the app to render the live files' 400 measures.
    await page.getByRole('region', { name: 'The quarter in brief' }).getByRole('link', { name: '400 measures' }).waitFor();
    const groups = page.locator('section.summary-exceptions');
    const counts = await groups.evaluateAll((sections) =>
      sections.map((section) => ({
        said: Number(/\((\d+)\)$/.exec(section.querySelector('h4')!.textContent!.trim())![1]),
        shown: section.querySelectorAll('[data-measure-id]').length,
      })),
    );
    // The generated 400 measures have dozens of each kind; none shows more than 12 at first.
    expect(counts.some((count) => count.said > 12)).toBe(true);
    for (const count of counts) expect(count.shown).toBe(Math.min(count.said, 12));

    // Pinned by its heading: once pressed, the button no longer says "Show all".
    const heading = await groups.filter({ has: page.getByRole('button', { name: /^Show all \d+$/ }) }).first().getAttribute('aria-labelledby');
    const long = page.locator(`section[aria-labelledby="${heading}"]`);
    const button = long.getByRole('button', { name: /^Show all \d+$/ });
    const total = Number(/\d+/.exec((await button.textContent())!)![0]);
    await button.click();
    await expect.poll(() => long.locator('[data-measure-id]').count()).toBe(total);
    expect(await long.textContent()).toContain(`All ${total} are shown`);
    expect(await axeViolations(page)).toEqual([]);
    await long.getByRole('button', { name: 'Show the first 12 only' }).click();
    await expect.poll(() => long.locator('[data-measure-id]').count()).toBe(12);
    // The generator writes no glossary.csv or actions.csv: optional files, asked for and answered 404, which the
    // browser logs; nothing else may be missing or go wrong.
    expect(missing.sort()).toEqual(['/club/data/actions.csv', '/club/data/glossary.csv']);
    expect(errors.filter((error) => !/^Failed to load resource: .* 404/.test(error))).toEqual([]);
    expect(errors).toHaveLength(missing.length);
    await page.close();
  });
});

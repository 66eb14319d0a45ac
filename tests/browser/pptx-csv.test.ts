import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXPORT_CSV_COLUMNS } from '../../src/domain/export-record';
import { axeViolations } from './axe';
import { useBuiltApp } from './served-app';

// The briefing pack and the CSV download from the built app, in headless Chromium: each file is downloaded and
// opened for real. Expected figures are worked out by hand from data/*.csv in the comments.

const app = useBuiltApp();

async function download(page: Page, button: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Each slide's XML, in slide order. */
async function slidesOf(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return Promise.all(names.map((name) => zip.file(name)!.async('string')));
}

function csvRecords(bytes: Buffer): { fields: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8'), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

describe('briefing pack (PowerPoint)', () => {
  it("makes a 14-slide pack of children's social care as shown, with CSC04's title and figure on its slide", async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=scorecard&area=social-care'), { width: 1280, height: 900 });
    await page.locator('[data-measure-id="CSC04"]').first().waitFor();
    // measures.csv has 12 social-care measures: a title slide, the summary slide and 12 measure slides.
    const button = page.getByRole('button', { name: /Download briefing pack \(14 slides/ });
    await button.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const started = Date.now();
    const { name, bytes } = await download(page, /Download briefing pack/);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(name).toBe('briefing-pack-2024-25-Q3.pptx');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await expect(page.getByRole('status').filter({ hasText: 'Briefing pack ready' }).textContent()).resolves.toMatch(/14 slides/);

    const slides = await slidesOf(bytes);
    expect(slides).toHaveLength(2 + 12);
    expect(slides[0]).toContain('2024-25 Q3');
    expect(slides[1]).toContain('Performance on a page, 2024-25 Q3');
    // CSC04 December 2024: 57 of 244 = 23.4%, above the low-is-good tolerance of 20 (target 18): red; December
    // 2023 was 17.2%, so it is up and declining.
    const csc04 = slides.find((xml) => xml.includes('Re-referrals within 12 months'));
    expect(csc04).toBeDefined();
    expect(csc04).toContain('23.4%');
    expect(csc04).toContain('57 of 244');
    expect(csc04).toContain('Red - above tolerance of 20.0% (target 18.0%)');
    expect(csc04).toMatch(/Up from 17\.2% in December 2023 - declining/);
    // The trend is a native chart.
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(12);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on performance on a page, packs the exceptions: one slide per red or declining measure', async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=summary'), { width: 1280, height: 900 });
    const button = page.getByRole('button', { name: /Download briefing pack/ });
    await button.waitFor();
    // As many measure slides as the summary lists exceptions (each rendered once, with data-measure-id).
    const exceptionIds = await page.locator('.summary-exception[data-measure-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-measure-id')));
    expect(exceptionIds.length).toBeGreaterThan(0);
    expect(await button.textContent()).toContain(`(${2 + exceptionIds.length} slides`);
    const slides = await slidesOf((await download(page, /Download briefing pack/)).bytes);
    expect(slides).toHaveLength(2 + exceptionIds.length);
    expect(slides.some((xml) => xml.includes('CSC04: Re-referrals within 12 months'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('CSV download of the scorecard as shown', () => {
  it('downloads the red measures in the export columns, and round-trips through papaparse', async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=scorecard&rag=red'), { width: 1280, height: 900 });
    await page.locator('[data-measure-id="CSC04"]').first().waitFor();
    const shown = await page.locator('[data-measure-id][data-rag="red"]').count();
    const { name, bytes } = await download(page, /Download CSV/);
    expect(name).toBe('scorecard-2024-25-Q3.csv');
    const { fields, rows } = csvRecords(bytes);
    expect(fields).toEqual([...EXPORT_CSV_COLUMNS]);
    // Six measures are red in 2024-25 Q3 on the sample data, as the scorecard shows them.
    expect(rows).toHaveLength(6);
    expect(shown).toBe(6);
    expect(rows.every((row) => row.rag === 'red')).toBe(true);
    const csc04 = rows.find((row) => row.id === 'CSC04');
    // Unrounded as the export is: 23.4 written in social-care.csv, 57 of 244.
    expect(csc04).toMatchObject({ rag: 'red', value: '23.4', numerator: '57', denominator: '244', period: '2024-12', dot: 'declining' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps a suppressed value as [c]', async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=scorecard&area=lac-sufficiency'), { width: 1280, height: 900 });
    await page.locator('[data-measure-id="LAC06"]').first().waitFor();
    const { rows } = csvRecords((await download(page, /Download CSV/)).bytes);
    // lac-sufficiency.csv: LAC06,2024-12,[c]
    expect(rows.find((row) => row.id === 'LAC06')).toMatchObject({ value: '[c]', period: '2024-12', rag: 'none' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

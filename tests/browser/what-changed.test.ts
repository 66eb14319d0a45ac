import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { useBuiltApp } from './served-app';

// "What changed" on the bundled sample data, the published data (no preview): the chosen quarter against the one
// before. Expected values worked out by hand from data/*.csv (2024-25 targets from targets.csv) in the comments.

const app = useBuiltApp();

async function openChanges(search: string, heading: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await app.open(app.url('sample', search), viewport);
  await page.getByRole('heading', { level: 2, name: heading }).waitFor();
  return { page, errors };
}

const idsIn = (page: Page, section: RegExp) =>
  page
    .getByRole('region', { name: section })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.querySelector('.what-changed__ref')?.textContent));

describe('what changed, on the published sample data', () => {
  // 2024-25 Q3 against Q2: the six measures red in December 2024 were red in September 2024 too (EH03 7.5 > 7,
  // CSC04 21.3 > 20, CSC11 21.9 > 20, SEND05 58.3 < 70, LAC08 the same 2023-24 figure 13 > 12, LAC14 49.7 < 50),
  // so none is newly red. Ratings that moved: EH01 91.7 green -> 85.1 amber (90/84), EH04 20.5 red -> 24.2 amber
  // (25/22), and 8 to green (EH02, EH10, CSC09, CSC12, SEND03, SEND06, LAC04, LAC10).
  it('opens on the newest quarter: no new reds (the list says "None"), 10 rating changes, axe clean, no console errors', async () => {
    const { page, errors } = await openChanges('?view=changes', 'What changed since the quarter before, 2024-25 Q3');
    await page.getByRole('heading', { level: 3, name: 'Newly red (0)' }).waitFor();
    expect(await page.getByRole('region', { name: /^Newly red/ }).innerText()).toContain('None.');
    expect(await page.getByText('10 measures changed rating since July to September 2024 (2024-25 Q2): 2 became amber and 8 became green.').count()).toBe(1);
    expect(await idsIn(page, /^Ratings that changed \(10\)/)).toEqual(['EH01', 'EH02', 'EH04', 'EH10', 'CSC09', 'CSC12', 'SEND03', 'SEND06', 'LAC04', 'LAC10']);
    // Members are told where restated figures are found.
    expect(await page.getByRole('main').getByRole('link', { name: 'Preview new data files' }).getAttribute('href')).toBe('?view=preview&quarter=2024-25-Q3');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  // 2024-25 Q2 (September 2024) against Q1 (June 2024): EH02 85.0 amber (= tolerance 85) -> 83.3 red; EH03 (low 5/7)
  // 6.6 amber -> 7.5 red; EH10 (academic year: June is 2023-24, 5.8/6.8; September is 2024-25, 5.5/6.5, low) 5.4
  // green -> 10.6 red; CSC04 (low 18/20) 18.9 amber -> 21.3 red; LAC14 (quarterly, 55/50) 51.8 amber -> 49.7 red.
  it('lists the new reds for 2024-25 Q2, and a measure link opens its page in that quarter', async () => {
    const { page, errors } = await openChanges('?view=changes&quarter=2024-25-Q2', 'What changed since the quarter before, 2024-25 Q2');
    expect(await idsIn(page, /^Newly red \(5\)/)).toEqual(['EH02', 'EH03', 'EH10', 'CSC04', 'LAC14']);
    const lac14 = page.getByRole('region', { name: /^Newly red/ }).getByRole('listitem').filter({ hasText: 'LAC14' });
    expect(await lac14.innerText()).toMatch(/Was\s+Amber\s+51\.8% in 2024-25 Q1;\s+now\s+Red\s+49\.7% in 2024-25 Q2\./);
    await lac14.getByRole('link', { name: 'Care leavers aged 19-21 in education, employment or training' }).click();
    await page.getByRole('heading', { level: 2, name: 'LAC14: Care leavers aged 19-21 in education, employment or training' }).waitFor();
    expect(new URL(page.url()).search).toBe('?view=measure&quarter=2024-25-Q2&measure=LAC14');
    // The measure page is the one place the measure carries its hooks: red in 2024-25 Q2.
    expect(await page.locator('[data-measure-id="LAC14"]').getAttribute('data-rag')).toBe('red');
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'What changed since the quarter before, 2024-25 Q2' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a 375px phone without sideways scrolling, axe clean', async () => {
    const { page, errors } = await openChanges('?view=changes&quarter=2024-25-Q2', 'What changed since the quarter before, 2024-25 Q2', { width: 375, height: 800 });
    await page.getByRole('heading', { level: 3, name: 'Newly red (5)' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

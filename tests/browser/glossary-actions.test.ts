import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { useBuiltApp } from './served-app';

const app = useBuiltApp();

async function openPage(search: string, heading: string): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await app.open(app.url('sample', search));
  await page.getByRole('heading', { level: 2, name: heading }).waitFor();
  return { page, errors };
}

describe('the glossary in the built app', () => {
  it('defines the scorecard’s terms and the council’s, with anchors, axe-clean and with no console errors', async () => {
    const { page, errors } = await openPage('?view=glossary', 'Glossary');
    const terms = await page.locator('dl dt').allInnerTexts();
    // The built-in terms and EHCP, which only data/glossary.csv defines.
    for (const term of ['RAG', 'DOT', 'YTD', 'Tolerance', 'Statistical neighbours', 'Quartile', 'Polarity', 'Suppressed value', 'EHCP']) {
      expect(terms).toContain(term);
    }
    expect(await page.locator('#term-ehcp + dd').innerText()).toContain('Education, health and care plan');
    expect(await page.locator('#term-ehcp + dd').innerText()).toContain('From the council’s glossary');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('jumps to a letter from the A to Z list and opens at a linked term', async () => {
    const { page } = await openPage('?view=glossary', 'Glossary');
    await page.getByRole('navigation', { name: 'Glossary, A to Z' }).getByRole('link', { name: 'S', exact: true }).click();
    expect(new URL(page.url()).hash).toBe('#glossary-s');
    expect(await page.getByRole('heading', { level: 2, name: 'Glossary' }).isVisible()).toBe(true);
    await page.close();

    const linked = await app.browser.newPage();
    await linked.setViewportSize({ width: 800, height: 500 });
    await linked.goto(app.url('sample', '?view=glossary#term-ytd'));
    const ytd = linked.locator('#term-ytd');
    await ytd.waitFor();
    // The page scrolled down to the term, which sits far below the first screen.
    await expect.poll(() => ytd.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(500);
    expect(await linked.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await linked.close();
  });
});

describe('the action plan tracker in the built app', () => {
  it('appears in the navigation and counts each status as worked out from data/actions.csv, axe-clean, no console errors', async () => {
    const { page, errors } = await openPage('', 'Performance on a page, 2024-25 Q3');
    const nav = page.getByRole('navigation', { name: 'Scorecard views' });
    await nav.getByRole('link', { name: 'Action plans' }).click();
    await page.getByRole('heading', { level: 2, name: 'Action plans' }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('actions');

    // data/actions.csv, by hand: Blue 1.1.3, 2.5.1, 4.1.1 = 3; Green 2.4.1, 3.3.3, 4.2.1 = 3; Amber 1.3.2, 3.2.2, EH-1.1 = 3;
    // Red 1.4.2, EH-1.3 = 2; Grey 2.6.2, EH-1.2 = 2; 13 in all. Overdue (due before data_date 2025-01-10, not Blue):
    // 1.3.2, 3.2.2 and EH-1.3, all due 2024-12-31 = 3.
    const total = page.getByRole('table', { name: 'Actions by priority and status' }).locator('tfoot tr');
    expect(await total.locator('th, td').allInnerTexts()).toEqual(['All priorities', '3', '3', '3', '2', '2', '13', '3']);
    expect(await page.locator('[data-action-ref]').count()).toBe(13);
    expect(await page.locator('[data-brag="blue"]').count()).toBe(3);
    expect(await page.locator('[data-brag="red"]').count()).toBe(2);
    expect(await page.locator('[data-overdue="true"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action-ref')))).toEqual([
      '1.3.2',
      '3.2.2',
      'EH-1.3',
    ]);
    const early = page.getByRole('region', { name: 'Early Help Strategy priority 1: the right help at the right time' });
    expect(await early.getByText('3 actions: 1 Amber (at risk), 1 Red (significant risk), 1 Grey (not started). 1 overdue.').isVisible()).toBe(true);

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a desktop and a phone-sized screen without scrolling sideways, axe-clean on the phone too', async () => {
    const page = await app.browser.newPage();
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(app.url('sample', '?view=actions'));
      await page.getByRole('heading', { level: 2, name: 'Action plans' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

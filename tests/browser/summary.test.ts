import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { useBuiltApp } from './served-app';

const app = useBuiltApp();

async function openLanding(): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await app.open(app.url('sample'));
  await page.getByRole('heading', { level: 2, name: 'Performance on a page, 2024-25 Q3' }).waitFor();
  return { page, errors };
}

/** The four counts and the total of an area's row, as read on screen: [red, amber, green, not rated, all]. */
async function countsOf(page: Page, area: string): Promise<string[]> {
  const row = page.locator('tr', { has: page.getByRole('rowheader', { name: area, exact: true }) });
  // Each figure is followed by words for screen readers ("2 red measures in ..."): keep the figure.
  const texts = await row.locator('.summary-tally__figure').allInnerTexts();
  return texts.map((text) => text.trim().split(/\s/)[0]!);
}

// Expected counts worked out by hand from data/measures.csv, targets.csv and each area's value file, taking
// each measure's latest row ending in October-December 2024 and its 2024-25 target and tolerance.
describe('performance on a page, the landing view on the sample data', () => {
  it('opens on 2024-25 Q3 and counts each area by hand-checked ratings, with no console errors', async () => {
    const { page, errors } = await openLanding();
    // Early help (early-help.csv): EH08, EH09 polarity none: 2 not rated. EH01 85.1 between tolerance 84 and
    // target 90: amber; EH04 24.2 between 22 and 25: amber; EH03 8.4 days > tolerance 7 (low is good): red;
    // green: EH02 92.9 >= 90, EH05 100.0 >= 95, EH06 82.1 >= 80, EH07 12.1 <= 15, EH10 5.2 <= 5.5,
    // EH11 86.2 >= 85, EH12 (annual, 2023-24) 100.0 >= 100. So 1 red, 2 amber, 7 green, 2 not rated, 12 in all.
    expect(await countsOf(page, 'Early help')).toEqual(['1', '2', '7', '2', '12']);
    // Children's social care (social-care.csv): CSC01, 02, 03, 06 polarity none: 4 not rated. Red: CSC04 23.4 > 20,
    // CSC11 21.4 > 20 (both low is good). Amber: CSC07 78.6 between 75 and 85. Green: CSC05 91.3, CSC08 100.0,
    // CSC09 19.4 <= 20, CSC10 3.1 <= 4, CSC12 11.6 <= 12. So 2 red, 1 amber, 5 green, 4 not rated, 12 in all.
    expect(await countsOf(page, "Children's social care")).toEqual(['2', '1', '5', '4', '12']);
    // The whole sample: 6 red, 8 amber, 23 green, 14 not rated, 51 measures.
    expect(await countsOf(page, 'All areas')).toEqual(['6', '8', '23', '14', '51']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says how social care moved since 2024-25 Q2 in words', async () => {
    const { page } = await openLanding();
    // September 2024: CSC09 21.2 and CSC12 13.0 were amber (above target, within tolerance) and are green now.
    const row = page.locator('tr', { has: page.getByRole('rowheader', { name: "Children's social care", exact: true }) });
    expect(await row.locator('.summary-tally__move').allInnerTexts()).toEqual([
      'no change since 2024-25 Q2',
      'down 2 since 2024-25 Q2',
      'up 2 since 2024-25 Q2',
      'no change since 2024-25 Q2',
    ]);
    await page.close();
  });

  it('lands on the scorecard filtered to the measures behind a red count', async () => {
    const { page } = await openLanding();
    await page.getByRole('link', { name: "2 red measures in Children's social care" }).click();
    await page.getByRole('heading', { level: 2, name: 'Scorecard, 2024-25 Q3' }).waitFor();
    expect(new URL(page.url()).search).toBe('?view=scorecard&quarter=2024-25-Q3&area=social-care&rag=red');
    await page.close();
  });

  it('lists re-referrals (CSC04) as red and getting worse, with its December figure', async () => {
    const { page } = await openLanding();
    const item = page.locator('.summary-exception[data-measure-id="CSC04"]');
    expect(await page.locator('[data-measure-id="CSC04"]').count()).toBe(1);
    expect(await item.getAttribute('data-rag')).toBe('red');
    expect(await item.getAttribute('data-dot')).toBe('declining');
    // 23.4% in December 2024 against a low-is-good tolerance of 20; 17.2% in December 2023.
    const text = await item.innerText();
    expect(text).toContain('23.4% in 2024-12');
    expect(text).toContain('Up from 17.2% in December 2023 - declining');
    const group = page.getByRole('region', { name: /^Red and getting worse/ });
    expect(await group.locator('[data-measure-id="CSC04"]').count()).toBe(1);
    await page.close();
  });

  it('reaches an exception by keyboard and opens its measure with Enter', async () => {
    const { page } = await openLanding();
    const link = page.locator('[data-measure-id="CSC04"] a');
    let reached = false;
    for (let presses = 0; presses < 120 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await link.evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((address) => address.search.includes('view=measure'));
    expect(new URL(page.url()).search).toBe('?view=measure&quarter=2024-25-Q3&measure=CSC04');
    await page.close();
  });

  it('has no axe-core accessibility violations', async () => {
    const { page, errors } = await openLanding();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { useBuiltApp } from './served-app';

// The "done when", as one member would do it, by keyboard only: land on performance on a page for the
// latest quarter, drill into a red measure, see why it is red and how it compares, switch quarter, share the
// link, and come back. Expected figures are worked out by hand from data/*.csv in the comments.

const app = useBuiltApp();

const focused = (page: Page) =>
  page.evaluate(() => ({
    tag: document.activeElement?.tagName ?? '',
    text: (document.activeElement?.textContent ?? '').trim(),
    id: document.activeElement?.id ?? '',
  }));

/** Presses Tab until the focused element's text matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, text: RegExp, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (text.test((await focused(page)).text)) return;
  }
  throw new Error(`No element matching ${text} within ${limit} presses of Tab`);
}

describe('a councillor, by keyboard only', () => {
  it('finds a red measure on the landing page, learns why it is red and how it compares, switches quarter and shares the link', async () => {
    const { page, errors } = await app.open(app.url('sample'), { width: 1280, height: 900 });
    await page.getByRole('heading', { level: 2, name: 'Performance on a page, 2024-25 Q3' }).waitFor();

    // Re-referrals are red (23.4% in December 2024 against a low-is-good tolerance of 20) and worse than December
    // 2023 (17.2%), so they are among the exceptions: reach the link to them with Tab alone.
    await tabTo(page, /^Re-referrals within 12 months of a previous referral$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'CSC04: Re-referrals within 12 months of a previous referral' }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('measure');
    expect(new URL(page.url()).searchParams.get('measure')).toBe('CSC04');
    // Focus moved to the new view's heading, so a screen reader starts reading there.
    expect(await focused(page)).toMatchObject({ tag: 'H2', id: 'view-heading' });

    // Why it is red: 23.4% is above the tolerance of 20.0% (target 18.0%), and low is good.
    const measure = page.locator('[data-measure-id="CSC04"]');
    expect(await measure.getAttribute('data-rag')).toBe('red');
    const text = await measure.innerText();
    expect(text).toContain('23.4%');
    expect(text).toMatch(/above tolerance of 20\.0%/);
    // How it compares (benchmarks.csv, 2023-24): neighbours 21.2, region 21.7, England 22.4 - all lower, so worse.
    const comparison = page.getByRole('table', { name: /benchmarks for 2023-24/ });
    for (const figure of ['21.2%', '21.7%', '22.4%']) expect(await comparison.innerText()).toContain(figure);
    expect((await comparison.innerText()).match(/Worse/g)?.length).toBe(3);

    // Back from the heading to the quarter picker, and one quarter earlier.
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).tag).toBe('SELECT');
    await page.keyboard.press('ArrowDown');
    await page.getByText('21.3% in September 2024').first().waitFor();
    // September 2024: 54 of 254 = 21.3%, above the tolerance of 20: still red.
    expect(await measure.getAttribute('data-rag')).toBe('red');
    const shared = page.url();
    expect(new URL(shared).searchParams.get('quarter')).toBe('2024-25-Q2');

    // The link opens the same view for anyone it is sent to.
    const { page: recipient, errors: recipientErrors } = await app.open(shared);
    await recipient.getByRole('heading', { level: 2, name: /^CSC04:/ }).waitFor();
    expect(await recipient.locator('[data-measure-id="CSC04"]').innerText()).toContain('21.3%');
    expect(await axeViolations(recipient)).toEqual([]);

    // And the back button retraces the steps: the quarter, then the landing page.
    await page.goBack();
    await page.getByText('23.4% in December 2024').first().waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Performance on a page, 2024-25 Q3' }).waitFor();

    expect(errors).toEqual([]);
    expect(recipientErrors).toEqual([]);
    await recipient.close();
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { useBuiltApp } from './served-app';

// The measure page on the bundled sample data (default quarter 2024-25 Q3). Expected values are worked out by
// hand from data/*.csv in the comments, not read from the code under test.

const app = useBuiltApp();

async function openMeasure(id: string, viewport = { width: 1200, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await app.open(app.url('sample', `?view=measure&measure=${id}`), viewport);
  await page.locator(`[data-measure-id="${id}"]`).waitFor();
  return { page, errors };
}

function decodedMailto(href: string): { to: string; subject: string; body: string } {
  const [to = '', query = ''] = href.replace(/^mailto:/, '').split('?');
  const fields = Object.fromEntries(query.split('&').map((pair) => pair.split('=') as [string, string]));
  return { to: decodeURIComponent(to), subject: decodeURIComponent(fields.subject ?? ''), body: decodeURIComponent(fields.body ?? '') };
}

describe('the measure page for CSC04, re-referrals', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openMeasure('CSC04'));
  });

  afterAll(async () => {
    await page?.close();
  });

  it('is one red, declining measure under its own heading', async () => {
    await page.getByRole('heading', { level: 2, name: 'CSC04: Re-referrals within 12 months of a previous referral' }).waitFor();
    const measure = page.locator('[data-measure-id]');
    expect(await measure.count()).toBe(1);
    // December 2024: 23.4% (57 of 244) against a low-is-good target of 18 and tolerance of 20 (targets.csv, 2024-25): red.
    expect(await measure.getAttribute('data-rag')).toBe('red');
    // December 2023 was 17.2%: up, which is worse when low is good.
    expect(await measure.getAttribute('data-dot')).toBe('declining');
  });

  it('says why it is red against the target and tolerance, with the tally', async () => {
    const headline = await page.getByRole('region', { name: 'Latest figure' }).innerText();
    expect(headline).toContain('23.4% in December 2024 (57 of 244)');
    expect(headline).toContain('above tolerance of 20.0% (target 18.0%)');
    expect(headline).toContain('Up from 17.2% in December 2023 - declining');
    // Apr-Dec 2024 numerators 38+39+43+47+39+54+53+58+57 = 428, denominators 209+207+228+231+195+254+246+266+244 = 2080: 20.58%.
    expect(headline).toContain('Year to date (April 2024 to December 2024): 20.6%');
  });

  it('compares with the 2023-24 benchmarks: worse than statistical neighbours, region and England', async () => {
    const table = page.getByRole('table', { name: /benchmarks for 2023-24/ });
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText.trim())));
    // benchmarks.csv: CSC04,2023-24,21.2,21.7,22.4,A; 23.4 is higher than each, and low is good.
    expect(rows).toEqual([
      ['Statistical neighbours', '21.2%', '2023-24', 'Worse'],
      ['Regional average', '21.7%', '2023-24', 'Worse'],
      ['England', '22.4%', '2023-24', 'Worse'],
    ]);
  });

  it('draws the year-to-date chart at a real size, with its caption', async () => {
    const figure = page.locator('figure.trend-chart');
    expect(await figure.locator('figcaption').innerText()).toContain("Each month's own figure (not cumulative), 2024-25 so far against 2023-24");
    const svg = figure.locator('svg.recharts-surface');
    await svg.waitFor();
    const box = await svg.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(200);
    // Two lines (this year and last), each a drawn path.
    expect(await figure.locator('.recharts-line-curve').count()).toBe(2);
    // The target (18) as a line and the three benchmarks as marks, each labelled with its year.
    expect(await figure.locator('.recharts-reference-line').count()).toBe(4);
    expect(await figure.locator('.recharts-reference-area').count()).toBe(1);
    const texts = await svg.locator('text').allTextContents();
    expect(texts).toEqual(
      expect.arrayContaining(['Target 18.0%', 'Statistical neighbours 2023-24: 21.2%', 'Regional average 2023-24: 21.7%', 'England 2023-24: 22.4%']),
    );
    // Peaks and troughs: 2024-25 ran from 18.2% (April) to 23.4% (December); 2023-24 from 15.0% (October) to 18.1% (June).
    expect(texts).toEqual(expect.arrayContaining(['2024-25 high: 23.4%', '2024-25 low: 18.2%', '2023-24 high: 18.1%', '2023-24 low: 15.0%']));
  });

  it('lists the full history, including December 2024 and December 2023', async () => {
    const history = page.getByRole('table', { name: /every period to the quarter shown/ });
    const row = (period: string) => history.locator('tr', { has: page.getByRole('rowheader', { name: period, exact: true }) });
    expect(await row('December 2024').innerText()).toMatch(/23\.4%\s+57 of 244\s+18\.0%\s+20\.0%\s+Red/);
    // 17.2% in 2023-24 against a target of 18 (low is good): green.
    expect(await row('December 2023').innerText()).toMatch(/17\.2%\s+34 of 198\s+18\.0%\s+20\.0%\s+Green/);
  });

  it('pre-fills a query e-mail to the Governance Advisor named in settings.csv', async () => {
    const href = (await page.getByRole('link', { name: /^E-mail a query about CSC04/ }).getAttribute('href')) ?? '';
    expect(href).not.toContain('+');
    const mail = decodedMailto(href);
    expect(mail.to).toBe('governance.advisor@example.gov.uk');
    expect(mail.subject).toBe('Scorecard query: CSC04 Re-referrals within 12 months of a previous referral (2024-25 Q3)');
    expect(mail.body).toContain('Value: 23.4% (December 2024)\r\nTally: 57 of 244\r\nRating: Red - above tolerance of 20.0% (target 18.0%)\r\n');
  });

  it('has no axe-core violations and no console errors', async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the measure page for a suppressed value and for an annual measure', () => {
  it('shows LAC06 as [c], and its query e-mail carries no figure', async () => {
    const { page, errors } = await openMeasure('LAC06');
    const measure = page.locator('[data-measure-id="LAC06"]');
    expect(await measure.getAttribute('data-rag')).toBe('none');
    expect(await measure.getAttribute('data-dot')).toBe('none');
    // lac-sufficiency.csv: LAC06,2024-12,[c]
    expect(await page.getByRole('region', { name: 'Latest figure' }).innerText()).toContain('[c] for December 2024');
    const href = (await page.getByRole('link', { name: /^E-mail a query about LAC06/ }).getAttribute('href')) ?? '';
    expect(decodedMailto(href).body).toBe(
      [
        'Measure: LAC06 New placements more than 20 miles from home',
        'Quarter: 2024-25 Q3',
        'Value: [c] (December 2024)',
        'Rating: Not rated: value suppressed',
        'Direction of travel: No comparison available',
        '',
        'My question:',
        '',
        '',
      ].join('\r\n'),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows LAC07, an annual measure, as a history of its years', async () => {
    const { page, errors } = await openMeasure('LAC07');
    // lac-sufficiency.csv: 2023-24 is 28 (126 of 448); targets.csv 2023-24: 30, tolerance 27, high is good: amber.
    expect(await page.locator('[data-measure-id="LAC07"]').getAttribute('data-rag')).toBe('amber');
    expect(await page.getByRole('region', { name: 'Latest figure' }).innerText()).toContain('28% in 2023-24 (126 of 448)');
    expect(await page.locator('figure.trend-chart figcaption').innerText()).toContain("Each year's figure, 2021-22 to 2023-24");
    const box = await page.locator('figure.trend-chart svg.recharts-surface').boundingBox();
    expect(box?.height).toBeGreaterThan(200);
    const periods = await page.getByRole('table', { name: /every year to the quarter shown/ }).getByRole('rowheader').allInnerTexts();
    expect(periods).toEqual(['2023-24', '2022-23', '2021-22']);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('goes back to the scorecard at the measure’s area', async () => {
    const { page } = await openMeasure('CSC04');
    await page.getByRole('link', { name: 'Back to the scorecard' }).click();
    await page.getByRole('heading', { level: 2, name: /^Scorecard/ }).waitFor();
    const search = new URL(page.url()).searchParams;
    expect([search.get('view'), search.get('area'), search.get('measure')]).toEqual(['scorecard', 'social-care', 'CSC04']);
    await page.close();
  });
});

describe('statistical process control on the measure page for CSC04', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openMeasure('CSC04', { width: 1280, height: 900 }));
  });

  afterAll(async () => {
    await page?.close();
  });

  it('carries the variation and assurance verdicts: special cause concern, hit and miss', async () => {
    // data/social-care.csv: 33 monthly figures April 2022 to December 2024, sum 594.1, mean 594.1 / 33 = 18.003;
    // 32 moving ranges summing to 31.4, mean 0.98125; limits 18.003 -/+ 2.66 x 0.98125 = 15.39 to 20.61.
    // December 2024 (23.4) is above 20.61 and low is good: concern. The target 18 is inside the limits: hit and miss.
    const measure = page.locator('[data-measure-id="CSC04"]');
    expect(await measure.getAttribute('data-variation')).toBe('concern');
    expect(await measure.getAttribute('data-assurance')).toBe('hit-and-miss');
    const headline = await page.getByRole('region', { name: 'Latest figure' }).innerText();
    expect(headline).toContain('Special cause concern (high)');
    expect(headline).toContain('Hit and miss - the target of 18.0% is within the process limits');
  });

  it('draws the XmR chart at a real size, with its mean and limits in words and a table', async () => {
    const section = page.getByRole('region', { name: 'Is it a real change? Statistical process control' });
    const figure = section.locator('figure.spc-chart');
    const svg = figure.locator('svg.recharts-surface');
    await svg.waitFor();
    const box = await svg.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(200);
    expect(await figure.locator('figcaption').innerText()).toContain(
      'Over the 33 figures from April 2022 to December 2024, the average is 18.00% and the process limits are 15.39% to 20.61%.',
    );
    // December 2024 is drawn as a concern mark (orange square).
    expect(await figure.locator('.spc-chart__mark--concern').count()).toBeGreaterThan(0);
    const table = section.getByRole('table', { name: /every figure to December 2024/ });
    expect(await table.getByRole('rowheader').count()).toBe(33);
    const dec = table.locator('tr', { has: page.getByRole('rowheader', { name: 'December 2024', exact: true }) });
    expect(await dec.innerText()).toMatch(/23\.4%\s+18\.00%\s+15\.39%\s+20\.61%\s+Special cause concern \(high\): above the upper process limit/);
  });

  it('switches the trend chart to the same month each year from the keyboard', async () => {
    const toggle = page.getByRole('button', { name: 'Compare the same month each year' });
    const figure = page.locator('figure.trend-chart').first();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await figure.getAttribute('data-chart')).toBe('seasonal');
    // April 2022 to December 2024 spans three financial years: one line each.
    await figure.locator('.recharts-line-curve').nth(2).waitFor();
    expect(await figure.locator('.recharts-line-curve').count()).toBe(3);
    expect(await figure.locator('figcaption').innerText()).toContain('one line per year');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await figure.getAttribute('data-chart')).toBe('year-on-year');
  });

  it('has no axe-core violations at 1280px and no console errors', async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the measure page at 320px wide (WCAG 1.4.10 reflow)', () => {
  for (const id of ['CSC04', 'LAC08']) {
    it(`${id} does not scroll sideways, has no axe-core violations and no console errors`, async () => {
      const { page, errors } = await openMeasure(id, { width: 320, height: 720 });
      await page.locator('figure.trend-chart svg.recharts-surface').waitFor();
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('leaves the benchmark names to the key on a phone-width chart', async () => {
    const { page } = await openMeasure('CSC04', { width: 375, height: 720 });
    const figure = page.locator('figure.trend-chart');
    await figure.locator('svg.recharts-surface').waitFor();
    const texts = await figure.locator('svg text').allTextContents();
    expect(texts.some((t) => t.includes('Statistical neighbours'))).toBe(false);
    expect(await figure.locator('figcaption').innerText()).toContain('Statistical neighbours 21.2%');
    // Fewer month ticks than the 12 months of the year.
    expect(await figure.locator('.recharts-xAxis .recharts-cartesian-axis-tick').count()).toBeLessThan(12);
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { watchPageErrors } from './chromium';
import { everyRowDrawn, textOnScreen, useBuiltApp } from './served-app';

const app = useBuiltApp();

const measure = (page: Page, id: string) => page.locator(`[data-measure-id="${id}"]`);

describe('the built app on the sample data, served from a sub-path', () => {
  it('loads every measure of the default quarter, parsed in a Web Worker, with no console errors', async () => {
    const page = await app.browser.newPage();
    const errors = watchPageErrors(page);
    const workers: string[] = [];
    const requests: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(app.url('sample', '?view=scorecard'));
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    await everyRowDrawn(page);
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
    const { page } = await app.open(app.url('sample', '?view=scorecard'));
    const row = measure(page, 'CSC04');
    await row.waitFor();
    expect(await row.getAttribute('data-rag')).toBe('red');
    // Dec 2023 was 17.2%: the number went up, and for a low-is-good measure that is worse.
    expect(await row.getAttribute('data-dot')).toBe('declining');
    expect(await textOnScreen(row)).toContain('23.4%');
    expect(await textOnScreen(row)).toContain('Up from 17.2% in December 2023 - declining');
    await page.close();
  });

  it('rates families contacted amber and declining, keeping the provisional flag beside 85.1%', async () => {
    const { page } = await app.open(app.url('sample', '?view=scorecard'));
    const row = measure(page, 'EH01');
    await row.waitFor();
    // 85.1 sits between the tolerance 84 and the target 90; Dec 2023 was 90.6%.
    expect(await row.getAttribute('data-rag')).toBe('amber');
    expect(await row.getAttribute('data-dot')).toBe('declining');
    expect(await textOnScreen(row)).toContain('85.1% [p]');
    await page.close();
  });

  it('compares partner assessments with the previous month, as its measure asks: up from 22.3% is improving', async () => {
    const { page } = await app.open(app.url('sample', '?view=scorecard'));
    const row = measure(page, 'EH04');
    await row.waitFor();
    expect(await row.getAttribute('data-dot')).toBe('improving');
    expect(await textOnScreen(row)).toContain('Up from 22.3% in November 2024 - improving');
    await page.close();
  });

  it('shows a suppressed value as [c], never rated and never compared', async () => {
    const { page } = await app.open(app.url('sample', '?view=scorecard'));
    const row = measure(page, 'LAC06');
    await row.waitFor();
    expect(await row.getAttribute('data-rag')).toBe('none');
    expect(await row.getAttribute('data-dot')).toBe('none');
    expect(await textOnScreen(row)).toContain('[c]');
    await page.close();
  });

  it('has no axe-core accessibility violations', async () => {
    const { page } = await app.open(app.url('sample', '?view=scorecard'));
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('switches quarter by keyboard, keeps it in the link, and the back button returns', async () => {
    const { page } = await app.open(app.url('sample', '?view=scorecard'));
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the scorecard');
    // Past the view links (as many as the data offers: "Action plans" only with an actions.csv) to the quarter picker.
    const viewLinks = await page.getByRole('navigation', { name: /views/i }).getByRole('link').allInnerTexts();
    expect(viewLinks).toEqual(expect.arrayContaining(['Performance on a page', 'Scorecard', 'Glossary']));
    for (const name of viewLinks) {
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
    const { page } = await app.open(app.url('sample', '?view=scorecard&quarter=2023-24-Q3'));
    await page.getByRole('heading', { name: 'Scorecard, 2023-24 Q3' }).waitFor();
    expect(await textOnScreen(measure(page, 'CSC04'))).toContain('17.2%');
    await page.close();
  });
});

describe('the full scorecard on the sample data, 2024-25 Q3', () => {
  it('shows re-referrals\' year to date from the tallies and judges it against its benchmarks', async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=scorecard'));
    const row = measure(page, 'CSC04');
    await row.waitFor();
    const text = await textOnScreen(row);
    // Year to date (ratio): data/social-care.csv, CSC04 April to December 2024, numerator / denominator:
    // 38/209, 39/207, 43/228, 47/231, 39/195, 54/254, 53/246, 58/266, 57/244.
    // Numerators 38+39+43+47+39+54+53+58+57 = 428; denominators 209+207+228+231+195+254+246+266+244 = 2080.
    // 428 / 2080 x 100 = 20.577 -> 20.6% (not the average of the nine monthly percentages, 184.2 / 9 = 20.5%).
    expect(text).toContain('Year to date (April 2024 to December 2024): 20.6%');
    // The three months with their tallies: Oct 53 of 246, Nov 58 of 266, Dec 57 of 244.
    expect(text).toMatch(/October 2024\s+21\.5%\s+\(53 of 246\)/);
    expect(text).toMatch(/December 2024\s+23\.4%\s+\(57 of 244\)/);
    // data/benchmarks.csv CSC04 2023-24 (the latest year ending by December 2024): neighbours 21.2, region 21.7,
    // England 22.4. Low is good, and 23.4 is above all three: worse.
    expect(text).toMatch(/Statistical neighbours: 21\.2% \(2023-24\)\s*-\s*worse/);
    expect(text).toMatch(/England: 22\.4% \(2023-24\)\s*-\s*worse/);
    // data/targets.csv CSC04 2024-25: 18, tolerance 20; measures.csv: Council Plan CP 2.6, linked from settings.csv.
    expect(text).toContain('Target 2024-25: 18.0%, tolerance 20.0%');
    expect(await row.getByRole('link', { name: 'CP 2.6' }).getAttribute('href')).toBe('https://www.example.gov.uk/council-plan');
    expect(text).toContain('Same month last year (December 2023): 17.2%');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the tally behind families contacted: 57 of 67 in December', async () => {
    const { page } = await app.open(app.url('sample', '?view=scorecard'));
    const row = measure(page, 'EH01');
    await row.waitFor();
    // data/early-help.csv EH01 2024-12: 85.1 [p], numerator 57, denominator 67.
    expect(await textOnScreen(row)).toMatch(/85\.1% \[p\]\s*\(57 of 67\)/);
    // LAC06 December is [c]: no tally may be shown beside a suppressed figure.
    expect(await textOnScreen(measure(page, 'LAC06'))).not.toMatch(/\d+ of \d+/);
    await page.close();
  });

  it('shows exactly the six red measures for a shared link with rag=red', async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=scorecard&rag=red'));
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    // By hand from data/*.csv and data/targets.csv: EH03 8.4 > 7 (low is good); CSC04 23.4 > 20; CSC11 21.4 > 20;
    // SEND05 61.2 < 70; LAC08 13 (2023-24) > 12; LAC14 47.6 (2024-25 Q3) < 50. The summary counts 6 red too.
    const shown = page.locator('[data-measure-id]');
    expect(await shown.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-measure-id')))).toEqual([
      'EH03',
      'CSC04',
      'CSC11',
      'SEND05',
      'LAC08',
      'LAC14',
    ]);
    expect(new Set(await shown.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-rag'))))).toEqual(new Set(['red']));
    expect(await page.getByRole('status').filter({ hasText: 'Showing' }).innerText()).toBe('Showing 6 of 51 measures');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a measure from its title and the back button returns to the filtered list with the measure highlighted', async () => {
    const { page } = await app.open(app.url('sample', '?view=scorecard&rag=red&sort=title'));
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    await measure(page, 'LAC14').getByRole('link', { name: /Care leavers aged 19-21 in education/ }).click();
    await page.getByRole('heading', { name: /^LAC14: / }).waitFor();
    expect(new URL(page.url()).search).toBe('?view=measure&quarter=2024-25-Q3&measure=LAC14&rag=red&sort=title');
    await page.goBack();
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    expect(new URL(page.url()).search).toBe('?view=scorecard&measure=LAC14&rag=red&sort=title');
    expect(await page.locator('[data-measure-id]').count()).toBe(6);
    const row = measure(page, 'LAC14');
    expect(await row.getAttribute('class')).toContain('measure-row--highlighted');
    await page.waitForFunction(() => {
      const box = document.querySelector('[data-measure-id="LAC14"]')!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    await page.close();
  });

  it('keeps the scorecard, hidden, behind a measure opened from it: back shows the same rows, not remade', async () => {
    const { page } = await app.open(app.url('sample', '?view=scorecard'));
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    await everyRowDrawn(page);
    // A mark on the row's element itself, which React neither sets nor clears: only the same element still has it.
    await page.evaluate(() => Object.assign(document.querySelector('[data-measure-id="LAC14"]')!, { keptForTest: true }));
    const areaTables = page.getByRole('table', { name: /measures for .*, sorted by / });
    expect(await areaTables.count()).toBe(4);
    const wasKept = () => page.evaluate(() => (document.querySelector('[data-measure-id="LAC14"]') as (Element & { keptForTest?: boolean }) | null)?.keptForTest === true);

    await measure(page, 'LAC14').getByRole('link', { name: /Care leavers aged 19-21 in education/ }).click();
    await page.getByRole('heading', { name: /^LAC14: / }).waitFor();
    await page.locator('.measure-detail').waitFor();
    // Out of sight and out of the accessibility tree: the measure page is all a reader or screen reader meets.
    expect(await page.locator('.scorecard').isHidden()).toBe(true);
    // Its rows keep their data attributes, out of sight: the measure page's own element is the one shown, and first.
    expect(await page.locator('[data-measure-id]:visible').count()).toBe(1);
    expect(await page.locator('[data-measure-id="LAC14"]').first().isVisible()).toBe(true);
    expect(await areaTables.count()).toBe(0);
    expect(await page.getByRole('searchbox').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.goBack();
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    expect(await page.locator('.scorecard').isVisible()).toBe(true);
    expect(await wasKept()).toBe(true);
    expect(await measure(page, 'LAC14').getAttribute('class')).toContain('measure-row--highlighted');

    // Another view lets it go: the scorecard reached from there is drawn afresh.
    const views = page.getByRole('navigation', { name: 'Scorecard views' });
    await views.getByRole('link', { name: 'Performance on a page' }).click();
    await views.getByRole('link', { name: 'Scorecard', exact: true }).click();
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    await everyRowDrawn(page);
    expect(await wasKept()).toBe(false);
    await page.close();
  });

  it('searches as you type without filling the history, and says so when nothing matches', async () => {
    const { page } = await app.open(app.url('sample', '?view=scorecard'));
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    const before = await page.evaluate(() => history.length);
    await page.getByLabel('Search measures').pressSequentially('caseload');
    expect(new URL(page.url()).search).toBe('?view=scorecard&q=caseload');
    expect(await page.evaluate(() => history.length)).toBe(before);
    // Only CSC11 "Average caseload per social worker" mentions caseloads (measures.csv).
    expect(await page.locator('[data-measure-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-measure-id')))).toEqual(['CSC11']);
    await page.getByLabel('Search measures').pressSequentially('zz');
    await page.getByText('No measures match these filters.').waitFor();
    await page.getByRole('button', { name: 'Clear filters and show every measure' }).click();
    expect(await page.locator('[data-measure-id]').count()).toBe(51);
    await page.close();
  });
});

describe('statistical process control on every scorecard row, 2024-25 Q3', () => {
  const VARIATIONS = ['common', 'improvement', 'concern', 'neutral', 'none'];
  const ASSURANCES = ['pass', 'fail', 'hit-and-miss', 'none'];

  it('marks re-referrals (CSC04) as a special cause concern, with its target hit and miss', async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=scorecard'), { width: 1280, height: 900 });
    const row = measure(page, 'CSC04');
    await row.waitFor();
    // data/social-care.csv, CSC04: 33 monthly figures, April 2022 to December 2024, summing to 594.1: mean
    // 594.1 / 33 = 18.003. The 32 moving ranges sum to 31.4: mean moving range 0.98125. Limits 18.003 +/-
    // 2.66 x 0.98125 = 15.39 to 20.61. December 2024's 23.4 is above the upper limit and low is good: a concern,
    // unusually high. The 2024-25 target 18 (targets.csv) is inside the limits: hit and miss.
    expect(await row.getAttribute('data-variation')).toBe('concern');
    expect(await row.getAttribute('data-assurance')).toBe('hit-and-miss');
    const rating = await textOnScreen(row.locator('td[data-label="Rating, SPC and target"]'));
    // The rating reads in order: Red, then the two verdicts in words.
    expect(rating).toMatch(/^Red[\s\S]*Special cause concern \(high\)[\s\S]*Hit and miss/);
    expect(await textOnScreen(row)).toContain('Special cause concern (high)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives no variation verdict to a measure with fewer than 15 figures, and every row both attributes', async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=scorecard'));
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    await everyRowDrawn(page);
    // LAC08 is annual (measures.csv) with 3 figures in data/lac-sufficiency.csv (2021-22, 2022-23, 2023-24):
    // fewer than the 12 for even trial limits, so no verdict either way.
    const lac08 = measure(page, 'LAC08');
    expect(await lac08.getAttribute('data-variation')).toBe('none');
    expect(await lac08.getAttribute('data-assurance')).toBe('none');
    expect(await textOnScreen(lac08)).toContain('Not enough data for SPC');
    const attributes = await page.locator('[data-measure-id]').evaluateAll((rows) =>
      rows.map((row) => [row.getAttribute('data-variation'), row.getAttribute('data-assurance')]),
    );
    expect(attributes).toHaveLength(51);
    for (const [variation, assurance] of attributes) {
      expect(VARIATIONS).toContain(variation);
      expect(ASSURANCES).toContain(assurance);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('explains the symbols in a legend that opens by keyboard and links to the glossary, with no axe violations', async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 375, height: 812 },
    ]) {
      const { page, errors } = await app.open(app.url('sample', '?view=scorecard'), viewport);
      await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
      const summary = page.getByText('What do the SPC symbols mean?');
      await summary.focus();
      await page.keyboard.press('Enter');
      const legend = page.locator('details.spc-legend');
      expect(await legend.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
      expect(await legend.getByRole('link', { name: /glossary/ }).getAttribute('href')).toBe('?view=glossary&quarter=2024-25-Q3');
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe('the full scorecard on a phone (375px wide)', () => {
  async function openPhone(search: string) {
    const page = await app.browser.newPage({ viewport: { width: 375, height: 812 } });
    const errors = watchPageErrors(page);
    await page.goto(app.url('sample', search));
    await page.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }).waitFor();
    await everyRowDrawn(page);
    return { page, errors };
  }

  it('shows each measure once, as a card, with no sideways scrolling of the page', async () => {
    const { page, errors } = await openPhone('?view=scorecard');
    const ids = await page.locator('[data-measure-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-measure-id')));
    expect(ids).toHaveLength(51);
    expect(new Set(ids).size).toBe(51);
    const card = measure(page, 'CSC04');
    expect(await card.evaluate((row) => getComputedStyle(row).display)).toBe('block');
    // The card fits the screen and labels its figures itself (the column headings are hidden on a phone).
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await page.locator('thead').first().isVisible()).toBe(true);
    expect(await page.locator('thead').first().evaluate((head) => head.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    expect(await card.locator('td[data-label="Year to date"]').evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Year to date"');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no axe-core accessibility violations at phone width, filtered or not', async () => {
    for (const search of ['?view=scorecard', '?view=scorecard&rag=red&dot=declining&sort=rating']) {
      const { page } = await openPhone(search);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });
});

describe('the built app on bad data', () => {
  it('lists each problem with file, line and column and still shows every good row', async () => {
    const { page, errors } = await app.open(app.url('malformed', '?view=scorecard'));
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
    const { page } = await app.open(app.url('empty'));
    await page.getByRole('heading', { name: 'The scorecard cannot be shown' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('measures.csv');
    await page.close();
  });
});

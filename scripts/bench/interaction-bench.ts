// How fast a big scorecard answers: switching quarter or filter on a 1,000-measure scorecard, and opening a
// measure page with ten years of monthly history. Each figure is the Event Timing API's duration for the
// interaction (from the input event to the next paint after its handlers, the browser's own "interaction to
// next paint"), or, for the measure page, from the click to the frame after its chart and table are in the page, and
// back from it, from history.back() to the frame after the scorecard shows the measure's row again.
import type { Browser, Page } from 'playwright-core';

export interface InteractionFigures {
  /** Keyboard quarter switches (ArrowDown/ArrowUp on the quarter picker) on the scorecard view. */
  quarterSwitchMs: number[];
  /** Ticking and unticking a rating filter. */
  filterMs: number[];
  /** Clicking a measure's link until its headline and trend chart are drawn; the first is cold (its code not yet loaded). */
  measureOpenMs: number[];
  /** ... and until the whole page (SPC chart, history table) is drawn. */
  measureCompleteMs: number[];
  /** The browser's back button from that measure until the scorecard is painted with the measure's row marked. */
  backMs: number[];
  /** Longest main-thread task seen during the interactions. */
  longestTaskMs: number;
  measures: number;
  errors: string[];
}

const OBSERVE = `(() => {
  const bench = (window.__interactions = { events: [], longTasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.events.push({ name: e.name, duration: e.duration, id: e.interactionId });
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push(e.duration);
  }).observe({ type: 'longtask' });
})()`;

// Resolves [headline and trend chart drawn, whole page drawn (SPC chart and history table too)] in ms after the click.
const OPEN_FIRST_MEASURE = `new Promise((resolve) => {
  const started = performance.now();
  let first = null;
  const frame = () => new Promise((next) => requestAnimationFrame(() => next(performance.now() - started)));
  const observer = new MutationObserver(async () => {
    if (first === null && document.querySelector('.measure-detail h3') && document.querySelector('figure.trend-chart svg.recharts-surface')) {
      first = frame();
    }
    if (first !== null && document.getElementById('measure-history-caption') && document.querySelector('.spc-chart svg.recharts-surface, [aria-labelledby="measure-spc"] svg.recharts-surface')) {
      observer.disconnect();
      resolve([await first, await frame()]);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  document.querySelector('tr[data-measure-id] a.sc-measure-link').click();
})`;

// Resolves the ms from history.back() to the frame after the scorecard shows the measure's row, marked, again.
const BACK_TO_SCORECARD = `new Promise((resolve) => {
  const started = performance.now();
  const back = () => {
    const row = document.querySelector('tr.measure-row--highlighted');
    return row !== null && row.getClientRects().length > 0 && document.querySelector('.measure-detail') === null;
  };
  const observer = new MutationObserver(() => {
    if (!back()) return;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - started));
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  history.back();
})`;

interface Observed {
  events: { name: string; duration: number; id: number }[];
  longTasks: number[];
}

async function settled(page: Page): Promise<void> {
  // Every row drawn (the scorecard draws long lists in steps) and a quiet moment for the next measurement.
  await page.waitForFunction(() => document.querySelectorAll('table[aria-busy="true"]').length === 0, null, { timeout: 120_000 });
  await page.waitForTimeout(300);
}

/** The slowest event of the interaction just made: below the 16 ms threshold it is not reported, so 16 is an upper bound. */
async function lastInteraction(page: Page, since: number): Promise<number> {
  await page.waitForTimeout(200);
  const observed = (await page.evaluate('window.__interactions')) as Observed;
  const fresh = observed.events.slice(since);
  return fresh.length === 0 ? 16 : Math.max(...fresh.map((e) => e.duration));
}

async function eventCount(page: Page): Promise<number> {
  return ((await page.evaluate('window.__interactions')) as Observed).events.length;
}

export async function measureInteractions(browser: Browser, origin: string, prefix: string, runs: number): Promise<InteractionFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const figures: InteractionFigures = { quarterSwitchMs: [], filterMs: [], measureOpenMs: [], measureCompleteMs: [], backMs: [], longestTaskMs: 0, measures: 0, errors };
  try {
    await page.goto(`${origin}${prefix}?view=scorecard`);
    await page.waitForSelector('[data-measure-id]', { timeout: 300_000 });
    await settled(page);
    figures.measures = await page.locator('tr[data-measure-id]').count();
    await page.evaluate(OBSERVE);

    const picker = page.getByLabel('Quarter', { exact: true });
    for (let i = 0; i < runs; i++) {
      for (const key of ['ArrowDown', 'ArrowUp']) {
        await picker.focus();
        const before = await eventCount(page);
        await page.keyboard.press(key);
        figures.quarterSwitchMs.push(await lastInteraction(page, before));
        await settled(page);
      }
    }

    const red = page.getByRole('checkbox', { name: 'Red', exact: true });
    for (let i = 0; i < runs; i++) {
      for (let tick = 0; tick < 2; tick++) {
        const before = await eventCount(page);
        await red.click();
        figures.filterMs.push(await lastInteraction(page, before));
        await settled(page);
      }
    }

    // A measure with monthly history: the generator's first measure is monthly. The first opening (its code
    // fetched ahead while the page was idle, its components run for the first time), then the others.
    for (let i = 0; i < runs + 1; i++) {
      // A string, not a function: the bench runs through tsx, whose helpers do not exist in the page.
      const [open, complete] = (await page.evaluate(OPEN_FIRST_MEASURE)) as [number, number];
      figures.measureOpenMs.push(open);
      figures.measureCompleteMs.push(complete);
      figures.backMs.push((await page.evaluate(BACK_TO_SCORECARD)) as number);
      await settled(page);
    }
    const observed = (await page.evaluate('window.__interactions')) as Observed;
    figures.longestTaskMs = Math.max(0, ...observed.longTasks);
  } finally {
    await page.close();
  }
  return figures;
}

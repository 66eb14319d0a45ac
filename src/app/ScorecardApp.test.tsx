// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dataFolderHandlers } from '../../mocks/handlers/data-folder';
import { useMswServer } from '../../tests/msw-server';
import { renderApp } from '../../tests/render-app';

const server = useMswServer();
afterEach(cleanup);

// The sample data is parsed in jsdom: on a busy machine the first paint can take longer than findBy's default 1s.
const LOADING = { timeout: 10_000 };
/** The scorecard heading is on screen and every row drawn (the view draws its first rows, then the rest). */
async function loaded(): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name: 'Scorecard, 2024-25 Q3' }, LOADING);
  await waitFor(() => expect(document.querySelector('table[aria-busy="true"]')).toBeNull(), LOADING);
  return heading;
}

// Whole-app renders parse the sample data in jsdom: allow for a busy machine.
describe('the scorecard app', { timeout: 30_000 }, () => {
  it('shows a loading state, then every measure of the default quarter with its rating and direction', async () => {
    const { container } = renderApp('?view=scorecard');
    expect(screen.getByRole('status')).toHaveProperty('textContent', expect.stringContaining('Downloading'));
    expect(await loaded()).toBeTruthy();
    const rows = container.querySelectorAll('[data-measure-id]');
    expect(rows.length).toBe(51);
    for (const row of rows) {
      expect(row.getAttribute('data-rag')).toMatch(/^(green|amber|red|none)$/);
      expect(row.getAttribute('data-dot')).toMatch(/^(improving|declining|no-change|neutral|none)$/);
    }
  });

  it('keeps the loading panel until the scorecard is drawn: the main area is never left empty', async () => {
    const { container } = renderApp('?view=scorecard');
    const main = container.querySelector('main')!;
    let emptySeen = false;
    // The data arrives, then the view is drawn as a transition: nothing may be on screen in between.
    const observer = new MutationObserver(() => {
      if (!main.querySelector('[role="status"], h2')) emptySeen = true;
    });
    observer.observe(main, { childList: true, subtree: true });
    expect(await screen.findByRole('heading', { name: 'Scorecard, 2024-25 Q3' })).toBeTruthy();
    observer.disconnect();
    expect(emptySeen).toBe(false);
  });

  it('switches quarter from the picker and keeps it in the link', async () => {
    renderApp('?view=scorecard');
    const picker = await screen.findByLabelText('Quarter', {}, LOADING);
    await userEvent.selectOptions(picker, '2024-25-Q1');
    expect(await screen.findByRole('heading', { name: 'Scorecard, 2024-25 Q1' })).toBeTruthy();
    expect(window.location.search).toBe('?view=scorecard&quarter=2024-25-Q1');
  });

  it('falls back to the default quarter, with a notice, for a quarter the data does not have', async () => {
    renderApp('?view=scorecard&quarter=2030-31-Q1');
    expect(await screen.findByRole('heading', { name: 'Scorecard, 2024-25 Q3' })).toBeTruthy();
    expect(screen.getByText(/There is no data for the quarter "2030-31-Q1"/)).toBeTruthy();
  });

  it('keeps the other areas on screen when one file fails to download, and lists the failure', async () => {
    server.use(...dataFolderHandlers('failing'));
    const { container } = renderApp('?view=scorecard');
    await loaded();
    expect(screen.getByRole('heading', { name: 'Early help' })).toBeTruthy();
    const problems = screen.getByRole('region', { name: /Data problems/ });
    expect(within(problems).getByText(/^social-care\.csv:0:-: error: could not be fetched: the server answered 500/)).toBeTruthy();
    // Social care measures are defined, but their values never arrived: shown as having no data.
    const socialCare = container.querySelector('[data-measure-id^="CSC"]');
    expect(socialCare?.textContent).toContain('No data for this quarter');
  });

  it('reports each bad row with its file, line and column and still shows the good rows', async () => {
    server.use(...dataFolderHandlers('malformed'));
    const { container } = renderApp('?view=scorecard');
    await screen.findByRole('heading', { name: 'Scorecard, 2024-25 Q3' });
    const ids = [...container.querySelectorAll('[data-measure-id]')].map((row) => row.getAttribute('data-measure-id'));
    expect(ids).toEqual(['EH01', 'EH02', 'CSC01']);
    const problems = screen.getByRole('region', { name: /Data problems/ });
    expect(within(problems).getByText(/^measures\.csv:5:unit: error:/)).toBeTruthy();
    expect(within(problems).getByText(/^early-help\.csv:4:period: error: "2024-13" is not a month/)).toBeTruthy();
    // Line 5 is blank and still counts, so the unknown measure is reported at line 8.
    expect(within(problems).getByText(/^early-help\.csv:8:measure_id: error:.*NOPE9/)).toBeTruthy();
    expect(within(problems).getByText(/^social-care\.csv:4:-: error:/)).toBeTruthy();
    expect(container.querySelector('[data-measure-id="EH01"]')?.textContent).toContain('78.0%');
  });

  it('explains what to supply when measures.csv is missing', async () => {
    server.use(...dataFolderHandlers('no-measures'));
    renderApp('?view=scorecard');
    expect(await screen.findByRole('heading', { name: 'The scorecard cannot be shown' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('measures.csv');
  });
});

const RED_Q3 = ['EH03', 'CSC04', 'CSC11', 'SEND05', 'LAC08', 'LAC14'];
const shownIds = (container: HTMLElement) => [...container.querySelectorAll('[data-measure-id]')].map((row) => row.getAttribute('data-measure-id'));

describe('filtering and sorting the full scorecard', { timeout: 30_000 }, () => {
  // Worked by hand from data/*.csv for 2024-25 Q3 (targets.csv 2024-25 unless noted):
  // EH03 8.4 days (Dec 2024) > tolerance 7, low is good; CSC04 23.4% > 20; CSC11 21.4 > 20;
  // SEND05 61.2% < tolerance 70, high is good; LAC08 13% (2023-24, the latest year) > 12 (2023-24 target);
  // LAC14 47.6% (2024-25 Q3) < 50. Every other measure is amber, green or not rated.
  it('shows exactly the red measures for a link with rag=red, and says how many of all', async () => {
    const { container } = renderApp('?view=scorecard&rag=red');
    await loaded();
    expect(shownIds(container)).toEqual(RED_Q3);
    expect(screen.getByText('Showing 6 of 51 measures')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Red' }) as HTMLInputElement).checked).toBe(true);
    // Early help, social care, SEND and LAC all have a red measure; no section is empty.
    const areaHeadings = [...container.querySelectorAll('section[aria-labelledby^="area-"] > h3')].map((h) => h.textContent);
    expect(areaHeadings).toEqual([
      'Early help',
      "Children's social care",
      'Special educational needs and disabilities (SEND)',
      'Looked-after children placement sufficiency',
    ]);
  });

  it('narrows the rows and writes the link as the filters change, and clears them again', async () => {
    const { container } = renderApp('?view=scorecard');
    await loaded();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Red' }));
    expect(window.location.search).toBe('?view=scorecard&rag=red');
    await userEvent.click(screen.getByRole('checkbox', { name: 'declining' }));
    expect(window.location.search).toBe('?view=scorecard&rag=red&dot=declining');
    // Red and up (or down) the wrong way on a year ago: EH03 5.6 -> 8.4, CSC04 17.2 -> 23.4, LAC08 12 -> 13 (all
    // low is good), LAC14 52.3 -> 47.6 (high is good). CSC11 fell 22.0 -> 21.4 and SEND05 rose 54.0 -> 61.2: improving.
    expect(shownIds(container)).toEqual(['EH03', 'CSC04', 'LAC08', 'LAC14']);
    await userEvent.selectOptions(screen.getByLabelText('Service area'), 'social-care');
    expect(window.location.search).toBe('?view=scorecard&area=social-care&rag=red&dot=declining');
    expect(shownIds(container)).toEqual(['CSC04']);
    expect(screen.getByText('Showing 1 of 51 measures')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Early help' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(window.location.search).toBe('?view=scorecard');
    expect(shownIds(container)).toHaveLength(51);
  });

  it('searches reference, title, group and description, replacing the history entry while typing', async () => {
    const { container } = renderApp('?view=scorecard');
    await loaded();
    const before = window.history.length;
    await userEvent.type(screen.getByLabelText('Search measures'), 're-referral');
    expect(window.location.search).toBe('?view=scorecard&q=re-referral');
    expect(window.history.length).toBe(before);
    // Only CSC04's title mentions re-referrals (measures.csv).
    expect(shownIds(container)).toEqual(['CSC04']);
    await userEvent.clear(screen.getByLabelText('Search measures'));
    // "Placement stability" is the group of LAC03 and LAC04, and no other reference, title or description says "stability".
    await userEvent.type(screen.getByLabelText('Search measures'), 'STABILITY');
    expect(shownIds(container)).toEqual(['LAC03', 'LAC04']);
    await userEvent.clear(screen.getByLabelText('Search measures'));
    await userEvent.type(screen.getByLabelText('Search measures'), 'send1');
    expect(shownIds(container)).toEqual(['SEND10', 'SEND11', 'SEND12']);
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    const { container } = renderApp('?view=scorecard&q=zebra');
    await loaded();
    expect(shownIds(container)).toEqual([]);
    expect(screen.getByText('No measures match these filters.')).toBeTruthy();
    expect(screen.getByText('Showing 0 of 51 measures')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters and show every measure' }));
    expect(shownIds(container)).toHaveLength(51);
    expect(document.activeElement).toBe(screen.getByLabelText('Search measures'));
  });

  it('sorts each area red first from the sort control, keeping the link', async () => {
    const { container } = renderApp('?view=scorecard&area=early-help');
    await loaded();
    await userEvent.selectOptions(screen.getByLabelText('Sort by'), 'rating');
    expect(window.location.search).toBe('?view=scorecard&area=early-help&sort=rating');
    // Early help in 2024-25 Q3, from early-help.csv against targets.csv: EH03 8.4 > 7 red; EH01 85.1 (84-90) and
    // EH04 24.2 (22-25) amber; EH02 92.9 >= 90, EH05 100 >= 95, EH06 82.1 >= 80, EH07 12.1 <= 15 (low), EH10 5.2 <= 5.5
    // (low), EH11 86.2 >= 85, EH12 100 >= 100 (2023-24) green; EH08, EH09 demand, not rated. Ties keep reference order.
    expect(shownIds(container)).toEqual(['EH03', 'EH01', 'EH04', 'EH02', 'EH05', 'EH06', 'EH07', 'EH10', 'EH11', 'EH12', 'EH08', 'EH09']);
  });

  it('falls back to reference order, with a notice, for a sort it does not know', async () => {
    const { container } = renderApp('?view=scorecard&area=early-help&sort=colour');
    await loaded();
    expect(screen.getByText(/sort “colour” is not recognised, so the measures are in reference order/)).toBeTruthy();
    expect(shownIds(container)).toEqual(['EH01', 'EH02', 'EH03', 'EH04', 'EH05', 'EH06', 'EH07', 'EH08', 'EH09', 'EH10', 'EH11', 'EH12']);
    expect((screen.getByLabelText('Sort by') as HTMLSelectElement).value).toBe('reference');
  });

  it('has one element per measure (the row is the card), with a labelled cell for each column', async () => {
    const { container } = renderApp('?view=scorecard');
    await loaded();
    const ids = shownIds(container);
    expect(ids).toHaveLength(51);
    expect(new Set(ids).size).toBe(51);
    const row = container.querySelector('[data-measure-id="CSC04"]')!;
    expect(row.tagName).toBe('TR');
    expect(within(row as HTMLElement).getByRole('rowheader').textContent).toContain('Re-referrals within 12 months');
    expect([...row.querySelectorAll('td')].map((td) => td.getAttribute('data-label'))).toEqual([
      'This quarter',
      'Year to date',
      'Rating, SPC and target',
      'Direction of travel',
      'Benchmarks',
      'Council Plan and notes',
    ]);
  });

  it('links each title to the measure, carrying the filters so the way back restores them', async () => {
    const { container } = renderApp('?view=scorecard&rag=red&sort=title');
    await loaded();
    const link = within(container.querySelector<HTMLElement>('[data-measure-id="CSC04"]')!).getByRole('link', {
      name: 'Re-referrals within 12 months of a previous referral',
    });
    expect(link.getAttribute('href')).toBe('?view=measure&quarter=2024-25-Q3&measure=CSC04&rag=red&sort=title');
  });

  it('highlights the measure named in the link', async () => {
    const { container } = renderApp('?view=scorecard&measure=EH04');
    await loaded();
    expect([...container.querySelectorAll('.measure-row--highlighted')].map((row) => row.getAttribute('data-measure-id'))).toEqual(['EH04']);
  });
});

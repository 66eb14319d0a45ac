// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dataFolderHandlers } from '../../mocks/handlers/data-folder';
import { useMswServer } from '../../tests/msw-server';
import { renderApp } from '../../tests/render-app';

const server = useMswServer();
afterEach(cleanup);

describe('the scorecard app', () => {
  it('shows a loading state, then every measure of the default quarter with its rating and direction', async () => {
    const { container } = renderApp('?view=scorecard');
    expect(screen.getByRole('status')).toHaveProperty('textContent', expect.stringContaining('Downloading'));
    expect(await screen.findByRole('heading', { name: 'Scorecard, 2024-25 Q3' })).toBeTruthy();
    const rows = container.querySelectorAll('[data-measure-id]');
    expect(rows.length).toBeGreaterThanOrEqual(40);
    for (const row of rows) {
      expect(row.getAttribute('data-rag')).toMatch(/^(green|amber|red|none)$/);
      expect(row.getAttribute('data-dot')).toMatch(/^(improving|declining|no-change|neutral|none)$/);
    }
  });

  it('switches quarter from the picker and keeps it in the link', async () => {
    renderApp('?view=scorecard');
    const picker = await screen.findByLabelText('Quarter');
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
    await screen.findByRole('heading', { name: 'Scorecard, 2024-25 Q3' });
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

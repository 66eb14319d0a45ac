// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dataFolderHandlers } from '../../../mocks/handlers/data-folder';
import { useMswServer } from '../../../tests/msw-server';
import { renderApp } from '../../../tests/render-app';

const server = useMswServer();
afterEach(cleanup);

const LOADING = { timeout: 10_000 };

// A whole-app render parses the data in jsdom: allow for a busy machine.
describe('the data problems panel', { timeout: 30_000 }, () => {
  it('links to the data check, which lists the same problems with the offending cells', async () => {
    server.use(...dataFolderHandlers('malformed'));
    const user = userEvent.setup();
    renderApp('?view=scorecard');
    await screen.findByRole('heading', { name: 'Scorecard, 2024-25 Q3' }, LOADING);
    const panel = screen.getByRole('region', { name: /Data problems/ });
    const link = within(panel).getByRole('link', { name: 'Open the data check' });
    expect(link.getAttribute('href')).toMatch(/view=data-check/);

    await user.click(link);
    expect(await screen.findByRole('heading', { level: 2, name: 'Data check' })).toBeTruthy();
    const table = await screen.findByRole('table', {}, LOADING);
    // mocks/fixtures/malformed: measures.csv:5 unit, early-help.csv:4 period, :8 measure_id, social-care.csv:4 duplicate.
    expect(within(table).getByText(/^4 problems, sorted by file/)).toBeTruthy();
    const cells = [...table.querySelectorAll('tbody td code')].map((code) => code.textContent);
    // measures.csv line 5 unit "percentage"; early-help.csv line 4 "2024-13"; line 8 "NOPE9" (the duplicate has no cell).
    expect(cells).toEqual(['percentage', '2024-13', 'NOPE9']);
    // The panel stays at the foot of the data check, without a link to the page it is on.
    const panelThere = screen.getByRole('region', { name: /Data problems/ });
    expect(within(panelThere).queryByRole('link', { name: 'Open the data check' })).toBeNull();
  });
});

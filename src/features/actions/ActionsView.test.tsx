// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { Action } from '../../domain/actions';
import { aDataset } from '../../domain/test-factories';
import { useMswServer } from '../../../tests/msw-server';
import { renderApp } from '../../../tests/render-app';
import { ActionsView } from './ActionsView';

const server = useMswServer();
afterEach(cleanup);

/** The cells of each body and footer row of the status table, as text. */
function statusTableRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Actions by priority and status' });
  return [...table.querySelectorAll('tbody tr, tfoot tr')].map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

describe('the action plan tracker on the sample data', () => {
  it('is in the navigation and counts each BRAG status per priority and overall', async () => {
    renderApp('?view=actions');
    expect(await screen.findByRole('heading', { level: 2, name: 'Action plans' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Scorecard views' });
    expect(within(nav).getByRole('link', { name: 'Action plans' }).getAttribute('aria-current')).toBe('page');
    // Worked by hand from data/actions.csv (columns: blue, green, amber, red, grey, all, overdue before 2025-01-10):
    // P1 1.1.3 blue, 1.3.2 amber (due 2024-12-31: overdue), 1.4.2 red;  P2 2.4.1 green, 2.5.1 blue, 2.6.2 grey;
    // P3 3.2.2 amber (2024-12-31: overdue), 3.3.3 green;  P4 4.1.1 blue, 4.2.1 green;
    // EH P1 EH-1.1 amber, EH-1.2 grey, EH-1.3 red (2024-12-31: overdue). Blue 1.1.3/2.5.1/4.1.1 are due earlier but complete.
    expect(statusTableRows()).toEqual([
      ['WSoA priority 1: the quality of EHC plans', '1', '0', '1', '1', '0', '3', '1'],
      ['WSoA priority 2: the graduated response', '1', '1', '0', '0', '1', '3', '0'],
      ['WSoA priority 3: preparing for adulthood', '0', '1', '1', '0', '0', '2', '1'],
      ['WSoA priority 4: communicating the Local Offer', '1', '1', '0', '0', '0', '2', '0'],
      ['Early Help Strategy priority 1: the right help at the right time', '0', '0', '1', '1', '1', '3', '1'],
      ['All priorities', '3', '3', '3', '2', '2', '13', '3'],
    ]);
    const headers = [...screen.getByRole('table', { name: 'Actions by priority and status' }).querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['Priority', 'Blue (complete)', 'Green (on track)', 'Amber (at risk)', 'Red (significant risk)', 'Grey (not started)', 'All actions', 'Overdue']);
  });

  it('lists each priority’s actions with reference, lead, due date, status and update, flagging the overdue ones', async () => {
    const { container } = renderApp('?view=actions');
    const section = await screen.findByRole('region', { name: 'WSoA priority 1: the quality of EHC plans' });
    expect(within(section).getByText('3 actions: 1 Blue (complete), 1 Amber (at risk), 1 Red (significant risk). 1 overdue.')).toBeTruthy();
    const row = container.querySelector('[data-action-ref="1.3.2"]')!;
    expect(row.getAttribute('data-brag')).toBe('amber');
    expect(row.getAttribute('data-overdue')).toBe('true');
    expect(row.textContent).toContain('EHCP Team Manager');
    expect(row.textContent).toContain('31 December 2024Overdue');
    expect(row.textContent).toContain('Amber (at risk)');
    expect(row.textContent).toContain('Plans drafted by two external providers');
    // Complete long ago is not overdue.
    expect(container.querySelector('[data-action-ref="1.1.3"]')!.getAttribute('data-overdue')).toBe('false');
    expect(container.querySelectorAll('[data-overdue="true"]')).toHaveLength(3);
    expect(screen.getByText(/before 10 January 2025, the date this data was extracted, and it is not yet complete/)).toBeTruthy();
    // An action plan is not a measure: no measure hooks here.
    expect(container.querySelector('.actions-view [data-measure-id], .actions-view [data-rag]')).toBeNull();
  });

  it('is not offered when the folder has no actions.csv: the link falls back to the summary with a notice', async () => {
    server.use(http.get('*/data/actions.csv', () => new HttpResponse('Not found', { status: 404 })));
    renderApp('?view=actions');
    expect(await screen.findByText(/This data folder has no action plans \(actions\.csv\)/)).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Scorecard views' });
    expect(within(nav).queryByRole('link', { name: 'Action plans' })).toBeNull();
  });
});

describe('ActionsView', () => {
  const action = (ref: string, status: Action['status'], due: string): Action => ({ ref, priority: 'Priority A', action: `Do ${ref}`, lead: null, due, status, update: null });

  it('measures overdue against the approval date when there is no data date, and says so', () => {
    const dataset = {
      ...aDataset(),
      actions: [action('1', 'red', '2025-01-15'), action('2', 'grey', '2025-01-30')],
      settings: { ...aDataset().settings, published: '2025-01-21' },
    };
    const { container } = render(<ActionsView dataset={dataset} />);
    expect(screen.getByText(/before 21 January 2025, the date this scorecard was approved/)).toBeTruthy();
    // 2025-01-15 is before 2025-01-21; 2025-01-30 is not.
    expect([...container.querySelectorAll('[data-overdue="true"]')].map((row) => row.getAttribute('data-action-ref'))).toEqual(['1']);
    expect(screen.getByText('2 actions: 1 Red (significant risk), 1 Grey (not started). 1 overdue.')).toBeTruthy();
    expect(screen.getAllByText('Not given')).toHaveLength(2);
    expect(screen.getAllByText('No update given')).toHaveLength(2);
  });

  it('flags nothing as overdue without a usable date, and says why', () => {
    const dataset = { ...aDataset(), actions: [action('1', 'red', '2000-01-01')], settings: { ...aDataset().settings, dataDate: '10 Jan 2025' } };
    const { container } = render(<ActionsView dataset={dataset} />);
    expect(screen.getByText(/Overdue actions are not flagged, because settings\.csv gives no data date/)).toBeTruthy();
    expect(container.querySelectorAll('[data-overdue="true"]')).toHaveLength(0);
  });

  it('points at the data problems when actions.csv gave no usable action', () => {
    render(<ActionsView dataset={aDataset()} />);
    expect(screen.getByText(/actions\.csv has no action that could be read/)).toBeTruthy();
  });
});

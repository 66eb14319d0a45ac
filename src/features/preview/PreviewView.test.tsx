// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMswServer } from '../../../tests/msw-server';
import { renderApp } from '../../../tests/render-app';

useMswServer();
afterEach(cleanup);

const LOADING = { timeout: 10_000 };
const sample = (name: string) => readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'data', name), 'utf8');
const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const rag = (container: HTMLElement, id: string) => container.querySelector(`[data-measure-id="${id}"]`)?.getAttribute('data-rag');

// data/early-help.csv has EH01 2024-12 "85.1 [p],57,67": amber, between tolerance 84 and target 90 (targets.csv 2024-25,
// high is good). The officer's new file says 61 of 67 = 91.04%, written 91.0: at least the target, so green.
const changedEarlyHelp = () => sample('early-help.csv').replace(/^EH01,2024-12,.*$/m, 'EH01,2024-12,91.0,61,67,');

describe('previewing files from this computer', { timeout: 30_000 }, () => {
  it('shows the chosen files with a banner on every view, and goes back to the published scorecard', async () => {
    const { container } = renderApp('?view=preview');
    await screen.findByRole('heading', { name: 'Preview new data files', level: 2 }, LOADING);
    expect(screen.getByText(/Nothing leaves this computer/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Preview - not published' })).toBeNull();

    await userEvent.upload(screen.getByLabelText('Choose CSV files'), csv('early-help.csv', changedEarlyHelp()));

    const banner = await screen.findByRole('region', { name: 'Preview - not published' }, LOADING);
    // No errors, so performance on a page opens, in a fresh view.
    // Performance on a page is the default view, so the address has no query string.
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(screen.getByRole('heading', { level: 2, name: /^Performance on a page/ })).toBeTruthy();
    expect(banner.textContent).toContain('You are looking at files from your computer: early-help.csv. Nothing has been uploaded.');
    // The sample folder has all 11 contract files: measures.csv and the 9 others not chosen are the published ones.
    expect(banner.textContent).toContain('measures.csv and 9 other files are the published ones, because measures.csv was not among your files.');
    expect(within(banner).getByRole('link', { name: 'Data check: 0 errors, 0 warnings' }).getAttribute('href')).toBe('?view=data-check');
    expect(within(banner).getByRole('link', { name: 'What changed' }).getAttribute('href')).toBe('?view=changes');
    expect(document.activeElement?.id).toBe('view-heading');

    await userEvent.click(within(screen.getByRole('navigation', { name: 'Scorecard views' })).getByRole('link', { name: 'Scorecard' }));
    await screen.findByRole('heading', { name: 'Scorecard, 2024-25 Q3' });
    expect(screen.getByRole('region', { name: 'Preview - not published' })).toBeTruthy();
    expect(rag(container, 'EH01')).toBe('green');

    await userEvent.click(screen.getByRole('button', { name: 'Back to the published scorecard' }));
    expect(screen.queryByRole('region', { name: 'Preview - not published' })).toBeNull();
    expect(rag(container, 'EH01')).toBe('amber');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Scorecard, 2024-25 Q3' }));
    expect(window.location.search).toBe('?view=scorecard&quarter=2024-25-Q3');
  });

  it('opens the data check when the files have errors', async () => {
    renderApp('?view=preview');
    await screen.findByRole('heading', { name: 'Preview new data files', level: 2 }, LOADING);
    // measures.csv alone is taken as the whole folder: no value file at all is an error (the contract needs one).
    await userEvent.upload(screen.getByLabelText('Choose CSV files'), csv('measures.csv', sample('measures.csv')));
    const banner = await screen.findByRole('region', { name: 'Preview - not published' }, LOADING);
    await waitFor(() => expect(window.location.search).toBe('?view=data-check'));
    expect(within(banner).getByRole('link', { name: /^Data check: 1 error, / })).toBeTruthy();
    expect(banner.textContent).not.toContain('published ones');
  });

  it('says so when none of the files is a scorecard file, and keeps the published data', async () => {
    renderApp('?view=preview');
    await screen.findByRole('heading', { name: 'Preview new data files', level: 2 }, LOADING);
    const picker = screen.getByLabelText('Choose CSV files');
    await userEvent.upload(picker, csv('figures.csv', 'a,b\n1,2\n'));
    const status = await screen.findByText(/None of these files is one of the scorecard’s files/, {}, LOADING);
    expect(status.closest('[role="status"]')?.textContent).toContain("figures.csv:0:-: notice: figures.csv is not one of the scorecard's files");
    expect(screen.queryByRole('region', { name: 'Preview - not published' })).toBeNull();
    expect(window.location.search).toBe('?view=preview');
  });

  it('links to the preview page from the footer of every view', async () => {
    renderApp('?view=glossary');
    await screen.findByRole('heading', { name: 'Glossary', level: 2 }, LOADING);
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Preview new data files' }).getAttribute('href')).toBe('?view=preview');
  });
});

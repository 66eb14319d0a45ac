// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildScorecard, indexDataset } from '../../domain/scorecard';
import { aDataset, aMeasure, aMonth, aTarget, anObservation } from '../../domain/test-factories';
import { NavigationProvider } from '../../ui/navigation/ViewLink';
import { DEFAULT_URL_STATE } from '../../ui/navigation/url-state';
import { useMswServer } from '../../../tests/msw-server';
import { renderApp } from '../../../tests/render-app';
import { SummaryView } from './SummaryView';

useMswServer();
afterEach(cleanup);

const rowOf = (name: string) => screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;

describe('performance on a page, on the sample data', () => {
  // Children's social care, 2024-25 Q3, by hand from data/measures.csv, targets.csv and social-care.csv:
  // CSC01, 02, 03, 06 have polarity none: 4 not rated. December 2024 against the 2024-25 targets:
  // CSC04 23.4 > tolerance 20 (low is good) red; CSC05 91.3 >= 90 green; CSC07 78.6 between 75 and 85 amber;
  // CSC08 100.0 >= 95 green; CSC09 19.4 <= 20 green; CSC10 3.1 <= 4 green; CSC11 21.4 > 20 red; CSC12 11.6 <= 12 green.
  // So 2 red, 1 amber, 5 green, 4 not rated. September 2024 (Q2): CSC04 21.3 red, CSC05 90.9 green, CSC07 75.0 amber,
  // CSC08 97.0 green, CSC09 21.2 amber, CSC10 3.4 green, CSC11 21.9 red, CSC12 13.0 amber: 2 red, 3 amber, 3 green.
  it('is the landing view and counts social care by rating, each count a link to those measures', async () => {
    renderApp('');
    expect(await screen.findByRole('heading', { level: 2, name: 'Performance on a page, 2024-25 Q3' })).toBeTruthy();
    const row = rowOf("Children's social care");
    const link = within(row).getByRole('link', { name: "2 red measures in Children's social care" });
    expect(link.getAttribute('href')).toBe('?view=scorecard&quarter=2024-25-Q3&area=social-care&rag=red');
    expect(within(row).getByRole('link', { name: "1 amber measure in Children's social care" })).toBeTruthy();
    expect(within(row).getByRole('link', { name: "5 green measures in Children's social care" })).toBeTruthy();
    expect(within(row).getByRole('link', { name: "4 not rated measures in Children's social care" }).getAttribute('href')).toBe(
      '?view=scorecard&quarter=2024-25-Q3&area=social-care&rag=none',
    );
    expect(within(row).getByRole('link', { name: "12 measures in Children's social care" }).getAttribute('href')).toBe('?view=scorecard&quarter=2024-25-Q3&area=social-care');
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells.slice(0, 4)).toEqual([
      "2 red measures in Children's social careno change since 2024-25 Q2 (2024-25 Q2: 2 red measures in Children's social care)",
      "1 amber measure in Children's social caredown 2 since 2024-25 Q2 (2024-25 Q2: 3 amber measures in Children's social care)",
      "5 green measures in Children's social careup 2 since 2024-25 Q2 (2024-25 Q2: 3 green measures in Children's social care)",
      "4 not rated measures in Children's social careno change since 2024-25 Q2 (2024-25 Q2: 4 not rated measures in Children's social care)",
    ]);
    // Each movement links to the measures it is counted from: September 2024's 3 amber (CSC07, CSC09, CSC12).
    const move = within(row).getByRole('link', { name: "down 2 since 2024-25 Q2 (2024-25 Q2: 3 amber measures in Children's social care)" });
    expect(move.getAttribute('href')).toBe('?view=scorecard&quarter=2024-25-Q2&area=social-care&rag=amber');
  });

  it('says in words how many are red across the whole sample, and lists re-referrals as red and getting worse', async () => {
    const { container } = renderApp('');
    await screen.findByRole('heading', { name: 'Performance on a page, 2024-25 Q3' });
    // Whole sample 2024-25 Q3 (counted by hand area by area from the CSVs): 6 red, 8 amber, 23 green, 14 not rated.
    const brief = screen.getByRole('region', { name: 'The quarter in brief' });
    expect(within(brief).getByRole('link', { name: '6 red' }).getAttribute('href')).toBe('?view=scorecard&quarter=2024-25-Q3&rag=red');
    expect(within(brief).getByRole('link', { name: '51 measures' })).toBeTruthy();
    // Every exception carries the two SPC verdicts as data attributes.
    for (const item of container.querySelectorAll('[data-measure-id]')) {
      expect(['common', 'improvement', 'concern', 'neutral', 'none']).toContain(item.getAttribute('data-variation'));
      expect(['pass', 'fail', 'hit-and-miss', 'none']).toContain(item.getAttribute('data-assurance'));
    }

    const redAndWorse = screen.getByRole('region', { name: /^Red and getting worse/ });
    const csc04 = container.querySelector('[data-measure-id="CSC04"]')!;
    expect(redAndWorse.contains(csc04)).toBe(true);
    expect(csc04.getAttribute('data-rag')).toBe('red');
    expect(csc04.getAttribute('data-dot')).toBe('declining');
    expect(csc04.textContent).toContain('23.4% in December 2024');
    expect(csc04.textContent).toContain('Up from 17.2% in December 2023 - declining');
    expect(csc04.textContent).toContain('Above tolerance of 20.0% (target 18.0%).');
    // Red: Dec 2024 23.4 and Sep 2024 21.3 are over 20, Jun 2024 18.9 is not. Worse than a year before:
    // Dec 23.4 > 17.2, Sep 21.3 > 17.5, Jun 18.9 > 18.1, but Mar 2024 16.4 < 18.1.
    expect(csc04.textContent).toContain('Red for 2 quarters in a row; worse than a year earlier for 3 quarters in a row.');
    // SPC on 33 monthly figures, April 2022 to December 2024 (data/social-care.csv): mean 594.1 / 33 = 18.003,
    // mean moving range 31.4 / 32 = 0.98125, limits 18.003 +/- 2.66 x 0.98125 = 15.39 to 20.61. December's 23.4
    // is above the upper limit and low is good: concern (high). The target 18 is inside the limits: hit and miss.
    expect(csc04.getAttribute('data-variation')).toBe('concern');
    expect(csc04.getAttribute('data-assurance')).toBe('hit-and-miss');
    expect(csc04.querySelector('.summary-exception__spc')?.textContent).toMatch(/^HSpecial cause concern \(high\).*\?Hit and miss/);
    expect(within(csc04 as HTMLElement).getByRole('link').getAttribute('href')).toBe('?view=measure&quarter=2024-25-Q3&measure=CSC04');
    // Caseloads (compared with the month before): 21.4 in Dec is down from 22.0 in Nov, so red but improving.
    const csc11 = container.querySelector('[data-measure-id="CSC11"]')!;
    expect(screen.getByRole('region', { name: /^Red, not getting worse/ }).contains(csc11)).toBe(true);
    expect(container.querySelectorAll('[data-measure-id="CSC04"]')).toHaveLength(1);
  });

  it('opens the scorecard filtered to the measures behind a count', async () => {
    renderApp('');
    await screen.findByRole('heading', { name: 'Performance on a page, 2024-25 Q3' });
    await userEvent.click(within(rowOf("Children's social care")).getByRole('link', { name: /^2 red/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Scorecard, 2024-25 Q3' })).toBeTruthy();
    expect(window.location.search).toBe('?view=scorecard&quarter=2024-25-Q3&area=social-care&rag=red');
  });
});

describe('performance on a page, for a first quarter of data', () => {
  it('says there is nothing to compare with, and does not link a count of none', () => {
    const measures = [aMeasure({ id: 'A1', area: 'send' }), aMeasure({ id: 'A2', area: 'send', polarity: 'none' })];
    // A1: 95 against a target of 90 is green; A2 is not rated. No earlier rows at all.
    const observations = [anObservation(aMonth(2024, 12), '95', { measureId: 'A1' }), anObservation(aMonth(2024, 12), '3', { measureId: 'A2' })];
    const index = indexDataset(aDataset({ measures, observations, targets: [aTarget('2024-25', '90', '85', 'A1')] }));
    const quarter = { startYear: 2024, quarter: 3 } as const;
    render(
      <NavigationProvider value={{ state: DEFAULT_URL_STATE, navigate: vi.fn() }}>
        <SummaryView index={index} quarter={quarter} rows={buildScorecard(index, quarter)} glossary={[]} />
      </NavigationProvider>,
    );
    const row = rowOf('Special educational needs');
    expect(row.textContent).toContain('No data for 2024-25 Q2 to compare with');
    expect(row.textContent).not.toMatch(/since/);
    expect(within(row).getAllByRole('link').map((link) => link.textContent)).toEqual([
      '1 green measure in Special educational needs and disabilities (SEND)',
      '1 not rated measure in Special educational needs and disabilities (SEND)',
      '2 measures in Special educational needs and disabilities (SEND)',
    ]);
    expect(screen.getByText('No measure is red or getting worse this quarter.')).toBeTruthy();
    expect(screen.getAllByRole('heading').map((h) => h.tagName)).not.toContain('H2');
  });
});

describe('performance on a page, with hundreds of exceptions', () => {
  it('shows the first 12 of each kind, and all of them on request, in scorecard order', async () => {
    // 30 measures, all red in December 2024 (50 against a target of 90) with no year-ago row: red, not getting worse.
    const measures = Array.from({ length: 30 }, (_, i) => aMeasure({ id: `R${String(i + 1).padStart(2, '0')}`, area: 'send' }));
    const observations = measures.map((m) => anObservation(aMonth(2024, 12), '50', { measureId: m.id }));
    const targets = measures.map((m) => aTarget('2024-25', '90', null, m.id));
    const index = indexDataset(aDataset({ measures, observations, targets }));
    const quarter = { startYear: 2024, quarter: 3 } as const;
    const { container } = render(
      <NavigationProvider value={{ state: DEFAULT_URL_STATE, navigate: vi.fn() }}>
        <SummaryView index={index} quarter={quarter} rows={buildScorecard(index, quarter)} glossary={[]} />
      </NavigationProvider>,
    );
    const group = screen.getByRole('region', { name: 'Red, not getting worse (30)' });
    const shown = () => [...group.querySelectorAll('[data-measure-id]')].map((item) => item.getAttribute('data-measure-id'));
    expect(shown()).toEqual(measures.slice(0, 12).map((m) => m.id));
    expect(group.textContent).toContain('The first 12 of 30 are shown, in scorecard order.');

    const more = within(group).getByRole('button', { name: 'Show all 30' });
    expect(container.querySelector(`#${more.getAttribute('aria-controls')}`)?.tagName).toBe('UL');
    await userEvent.click(more);
    await vi.waitFor(() => expect(shown()).toEqual(measures.map((m) => m.id)));
    expect(group.textContent).toContain('All 30 are shown');

    await userEvent.click(within(group).getByRole('button', { name: 'Show the first 12 only' }));
    expect(shown()).toHaveLength(12);
    expect(document.activeElement).toBe(within(group).getByRole('button', { name: 'Show all 30' }));
  });
});

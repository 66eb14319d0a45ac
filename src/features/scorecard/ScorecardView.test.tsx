// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { buildScorecard, indexDataset } from '../../domain/scorecard';
import { aBenchmark, aDataset, aMeasure, aMonth, aQuarterEnding, aTally, aTarget, aYearEnding, anObservation, month, num, special } from '../../domain/test-factories';
import type { Dataset, Settings } from '../../domain/types';
import { NavigationProvider } from '../../ui/navigation/ViewLink';
import { useUrlState } from '../../ui/navigation/use-url-state';
import { ScorecardView } from './ScorecardView';

const Q3 = { startYear: 2024, quarter: 3 } as const;

function Screen({ dataset, settings }: { dataset: Dataset; settings?: Pick<Settings, 'councilPlanUrl'> }) {
  const { state, navigate } = useUrlState();
  const rows = buildScorecard(indexDataset(dataset), Q3);
  return (
    <NavigationProvider value={{ state, navigate }}>
      <ScorecardView rows={rows} quarter={Q3} glossary={[{ term: 'MASH', definition: 'Multi-Agency Safeguarding Hub: the front door.' }]} settings={settings} />
    </NavigationProvider>
  );
}

const row = (id: string) => document.querySelector<HTMLElement>(`[data-measure-id="${id}"]`)!;

beforeEach(() => window.history.replaceState(null, '', '/scorecard/?view=scorecard'));
afterEach(cleanup);

describe('a scorecard row', () => {
  it('shows the three months of a monthly measure, a month with no row as "no data", and no tally for [c]', () => {
    const dataset = aDataset({
      measures: [aMeasure({ id: 'M1', ytd: 'ratio' })],
      observations: [
        aTally(aMonth(2024, 10), 12, 50),
        // November has no row at all; December is suppressed, its numerator with it.
        anObservation(aMonth(2024, 12), special('c'), { numerator: special('c'), denominator: num('48') }),
      ],
    });
    render(<Screen dataset={dataset} />);
    const items = within(row('M1')).getAllByRole('listitem').map((li) => li.textContent);
    // 12 of 50 = 24.0%.
    expect(items).toEqual(['October 2024 24.0% (12 of 50)', 'November 2024 no data', 'December 2024 [c]']);
    expect(within(row('M1')).getByText('[c]').getAttribute('title')).toMatch(/suppressed/);
    // The year to date needs April to December; only October and December have rows, December suppressed.
    expect(row('M1').textContent).toContain('Year to date incomplete: no figure for April 2024, May 2024, June 2024, July 2024, August 2024, September 2024, November 2024, December 2024');
  });

  it('labels the period of a quarterly and an annual value, and the year of the target', () => {
    const dataset = aDataset({
      measures: [aMeasure({ id: 'Q1', frequency: 'quarterly' }), aMeasure({ id: 'A1', frequency: 'annual', polarity: 'low' })],
      observations: [anObservation(aQuarterEnding(2024, 12), '81.5', { measureId: 'Q1' }), anObservation(aYearEnding(2024, 3), '12', { measureId: 'A1' })],
      targets: [aTarget('2024-25', '80', '75', 'Q1'), aTarget('2023-24', '10', null, 'A1')],
    });
    render(<Screen dataset={dataset} />);
    expect(row('Q1').textContent).toContain('2024-25 Q3 81.5%');
    expect(row('Q1').textContent).toContain('Target 2024-25: 80.0%, tolerance 75.0%');
    expect(row('A1').textContent).toContain('Financial year 2023-24 12.0%');
    // 12 against a low-is-good target of 10 with no tolerance: red.
    expect(row('A1').getAttribute('data-rag')).toBe('red');
    expect(row('A1').textContent).toContain('Target 2023-24: 10.0% (no tolerance: green or red only)');
  });

  it('names the comparison honestly: the previous month for a measure that compares with it', () => {
    const dataset = aDataset({
      measures: [aMeasure({ id: 'P1', dot: 'previous', polarity: 'none', unit: 'number', decimals: 0 })],
      observations: [anObservation(aMonth(2024, 11), '469', { measureId: 'P1' }), anObservation(aMonth(2024, 12), '462', { measureId: 'P1' })],
    });
    render(<Screen dataset={dataset} />);
    expect(row('P1').textContent).toContain('Down from 469 in November 2024 - decreased');
    expect(row('P1').textContent).toContain('Previous month (2024-11): 469');
    expect(row('P1').textContent).toContain('No judgement (context or demand)');
    expect(row('P1').getAttribute('data-dot')).toBe('neutral');
  });

  it('gives each benchmark its value, year and judgement, and the quartile', () => {
    const dataset = aDataset({
      measures: [aMeasure({ id: 'M1', polarity: 'low' })],
      observations: [anObservation(aMonth(2024, 12), '23.4')],
      benchmarks: [aBenchmark('2023-24', month(2024, 3), { statistical_neighbours: num('21.2'), national: num('23.4') }, { quartile: 'D' })],
    });
    render(<Screen dataset={dataset} />);
    const items = within(row('M1')).getAllByRole('listitem').map((li) => li.textContent);
    // Low is good: 23.4 above 21.2 is worse; equal to England's 23.4 is similar; the region is not supplied.
    expect(items.slice(-3)).toEqual(['Statistical neighbours: 21.2% (2023-24) - worse', 'Region: - (2023-24)', 'England: 23.4% (2023-24) - similar']);
    expect(row('M1').textContent).toContain('National quartile D (A = best)');
  });

  it('links the Council Plan reference when the council publishes its plan, and explains abbreviations in the title', () => {
    const dataset = aDataset({
      measures: [aMeasure({ id: 'M1', title: 'Contacts to the MASH', councilPlan: 'CP 2.6', dataNote: 'Local figures.' })],
    });
    const { unmount } = render(<Screen dataset={dataset} settings={{ councilPlanUrl: 'https://example.gov.uk/plan' }} />);
    expect(within(row('M1')).getByRole('link', { name: 'CP 2.6' }).getAttribute('href')).toBe('https://example.gov.uk/plan');
    expect(within(row('M1')).getByText('MASH').getAttribute('title')).toBe('Multi-Agency Safeguarding Hub');
    expect(row('M1').textContent).toContain('Local figures.');
    unmount();
    render(<Screen dataset={dataset} />);
    expect(within(row('M1')).queryByRole('link', { name: 'CP 2.6' })).toBeNull();
    expect(row('M1').textContent).toContain('Council Plan: CP 2.6');
  });

  it('says there is no data for the quarter when a monthly measure has no row in it', () => {
    render(<Screen dataset={aDataset({ measures: [aMeasure({ id: 'M1' })] })} />);
    expect(row('M1').textContent).toContain('No data for this quarter');
    expect(screen.getByText('Showing 1 of 1 measures')).toBeTruthy();
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { indexDataset } from '../../domain/dataset-index';
import { BUILT_IN_GLOSSARY, mergeGlossary } from '../../domain/glossary';
import { scorecardRow } from '../../domain/scorecard-row';
import { aBenchmark, aComment, aDataset, aMeasure, aMonth, aTally, aTarget, aYearEnding, anObservation, month, num, special } from '../../domain/test-factories';
import type { Dataset, Measure, Settings } from '../../domain/types';
import { NavigationProvider } from '../../ui/navigation/ViewLink';
import { DEFAULT_URL_STATE } from '../../ui/navigation/url-state';
import { MeasureDetailView } from './MeasureDetailView';

afterEach(cleanup);

const Q3_2024 = { startYear: 2024, quarter: 3 } as const;
const SETTINGS: Settings = {
  authorityName: null,
  queryEmail: 'governance.advisor@example.gov.uk',
  dataDate: null,
  published: null,
  councilPlanUrl: 'https://www.example.gov.uk/council-plan',
};
const GLOSSARY = mergeGlossary(BUILT_IN_GLOSSARY, [{ term: 'DfE', definition: 'Department for Education. It publishes the national statistics.' }]);

const reReferrals = aMeasure({
  id: 'CSC04',
  area: 'social-care',
  title: 'Re-referrals within 12 months of a previous referral',
  description: 'Of referrals in the month, the percentage about a child who had a previous referral within the 12 months before.',
  polarity: 'low',
  ytd: 'ratio',
  councilPlan: 'CP 2.6',
  dataNote: 'Local management information; the DfE published figure differs.',
  source: 'Liquidlogic LCS',
  owner: 'Head of Service, MASH',
});

function renderDetail(measure: Measure, parts: Partial<Dataset>, settings: Settings = SETTINGS) {
  const index = indexDataset(aDataset({ measures: [measure], ...parts }));
  const row = scorecardRow(index, measure, Q3_2024);
  const navigate = vi.fn();
  const view = render(
    <NavigationProvider value={{ state: { ...DEFAULT_URL_STATE, view: 'measure', quarter: '2024-25-Q3', measure: measure.id }, navigate }}>
      <h2>{measure.title}</h2>
      <MeasureDetailView row={row} index={index} settings={settings} glossary={GLOSSARY} />
    </NavigationProvider>,
  );
  return { ...view, navigate };
}

// A slice of data/social-care.csv: Oct-Dec of 2023 and 2024, with targets 18 and tolerance 20 (low is good).
const csc04Parts: Partial<Dataset> = {
  observations: [
    aTally(aMonth(2023, 10), 37, 246, 'CSC04'),
    aTally(aMonth(2023, 11), 40, 240, 'CSC04'),
    aTally(aMonth(2023, 12), 34, 198, 'CSC04'),
    aTally(aMonth(2024, 10), 53, 246, 'CSC04'),
    aTally(aMonth(2024, 11), 58, 266, 'CSC04'),
    aTally(aMonth(2024, 12), 57, 244, 'CSC04'),
  ],
  targets: [aTarget('2023-24', '18', '20', 'CSC04'), aTarget('2024-25', '18', '20', 'CSC04')],
  benchmarks: [
    aBenchmark('2023-24', month(2024, 3), { statistical_neighbours: num('21.2'), regional: num('21.7'), national: num('22.4') }, { measureId: 'CSC04', quartile: 'A' }),
  ],
  commentary: [aComment(aMonth(2024, 9), 'Rose above tolerance in September.', 'CSC04'), aComment(aMonth(2024, 12), 'Red for a second quarter.', 'CSC04')],
};

describe('MeasureDetailView', () => {
  it('carries the measure’s hooks on its outermost element and starts its headings at h3', () => {
    const { container } = renderDetail(reReferrals, csc04Parts);
    const outer = container.querySelector('[data-measure-id]');
    expect(outer?.parentElement).toBe(container);
    expect(container.querySelectorAll('[data-measure-id]')).toHaveLength(1);
    // 23.4 is above the tolerance of 20; it was 17.2 a year ago, and up is worse for a low-is-good measure.
    expect(outer?.getAttribute('data-measure-id')).toBe('CSC04');
    expect(outer?.getAttribute('data-rag')).toBe('red');
    expect(outer?.getAttribute('data-dot')).toBe('declining');
    const levels = [...container.querySelectorAll('h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(2);
    for (let i = 1; i < levels.length; i += 1) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it('says what the figure is and why it is red, with direction, year to date and thresholds', () => {
    renderDetail(reReferrals, csc04Parts);
    const headline = screen.getByRole('region', { name: 'Latest figure' });
    expect(headline.textContent).toContain('23.4% in December 2024 (57 of 244)');
    expect(headline.textContent).toContain('above tolerance of 20.0% (target 18.0%)');
    expect(headline.textContent).toContain('Up from 17.2% in December 2023 - declining');
    // Only Oct-Dec 2024 exist, so April to September are missing from the year to date.
    expect(headline.textContent).toContain('Year to date incomplete: no figure for April 2024, May 2024');
    expect(headline.textContent).toContain('Green at 18.0% or lower; amber above 18.0% up to 20.0%; red above 20.0%.');
  });

  it('compares with each benchmark, its year and a judgement, and gives the local-versus-published caveat', () => {
    renderDetail(reReferrals, csc04Parts);
    const table = screen.getByRole('table', { name: /against benchmarks for 2023-24/ });
    const rows = within(table).getAllByRole('row').slice(1).map((tr) => tr.textContent);
    expect(rows).toEqual(['Statistical neighbours21.2%2023-24worse', 'Regional average21.7%2023-24worse', 'England22.4%2023-24worse']);
    const section = screen.getByRole('region', { name: 'How it compares' });
    expect(section.textContent).toContain('Quartile A in 2023-24: among the best quarter');
    expect(section.textContent).toContain('Local and published figures');
  });

  it('draws the trend as a figure with a caption, and lists every period newest first in the history table', () => {
    const { container } = renderDetail(reReferrals, csc04Parts);
    const figure = container.querySelector('figure');
    expect(figure?.querySelector('figcaption')?.textContent).toContain("Each month's own figure (not cumulative), 2024-25 so far against 2023-24");
    const history = screen.getByRole('table', { name: /every period to the quarter shown/ });
    const firstCells = within(history).getAllByRole('rowheader').map((th) => th.textContent);
    // October 2023 to December 2024 is 15 months; the months with no row are listed too.
    expect(firstCells).toHaveLength(15);
    expect(firstCells[0]).toBe('December 2024');
    expect(firstCells.at(-1)).toBe('October 2023');
    const dec2023 = within(history).getByRole('rowheader', { name: 'December 2023' }).closest('tr');
    // 17.2% against a target of 18.0 (low is good) is green.
    expect(dec2023?.textContent).toContain('17.2%34 of 19818.0%20.0%Green');
    const jan2024 = within(history).getByRole('rowheader', { name: 'January 2024' }).closest('tr');
    expect(jan2024?.textContent).toContain('No figure supplied');
  });

  it('shows commentary newest first with its period and quarter', () => {
    renderDetail(reReferrals, csc04Parts);
    const section = screen.getByRole('region', { name: 'Officer commentary' });
    expect(within(section).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['December 2024 (2024-25 Q3)', 'September 2024 (2024-25 Q2)']);
  });

  it('explains the measure, links the Council Plan, and expands the abbreviations it uses', () => {
    renderDetail(reReferrals, csc04Parts);
    const about = screen.getByRole('region', { name: 'About this measure' });
    expect(within(about).getByRole('link', { name: 'Council Plan CP 2.6' }).getAttribute('href')).toBe('https://www.example.gov.uk/council-plan');
    expect(about.textContent).toContain('Lower is better');
    expect(about.textContent).toContain('never an average of the monthly percentages');
    expect(about.textContent).toContain('DfEDepartment for Education');
    expect(within(about).getByRole('link', { name: 'Every term in the glossary' }).getAttribute('href')).toBe('?view=glossary&quarter=2024-25-Q3');
  });

  it('links back to the scorecard at this measure’s row and changes view in place', async () => {
    const { navigate } = renderDetail(reReferrals, csc04Parts);
    const back = screen.getByRole('link', { name: 'Back to the scorecard' });
    expect(back.getAttribute('href')).toBe('?view=scorecard&quarter=2024-25-Q3&area=social-care&measure=CSC04');
    await userEvent.click(back);
    expect(navigate).toHaveBeenCalledWith(expect.objectContaining({ view: 'scorecard', area: 'social-care', measure: 'CSC04' }));
  });

  it('offers a pre-filled e-mail to the Governance Advisor', () => {
    renderDetail(reReferrals, csc04Parts);
    const link = screen.getByRole('link', { name: 'E-mail a query about CSC04 to governance.advisor@example.gov.uk' });
    const href = link.getAttribute('href') ?? '';
    expect(href.startsWith('mailto:governance.advisor@example.gov.uk?subject=Scorecard%20query%3A%20CSC04%20')).toBe(true);
    expect(decodeURIComponent(href)).toContain('Value: 23.4% (December 2024)\r\nTally: 57 of 244\r\n');
  });

  it('keeps a suppressed value as [c] everywhere and says when no one is set up to take queries', () => {
    const placements = aMeasure({ id: 'LAC06', title: 'New placements more than 20 miles from home', unit: 'number', decimals: 0, polarity: 'low', ytd: 'sum' });
    const { container } = renderDetail(
      placements,
      { observations: [anObservation(aMonth(2024, 11), '9', { measureId: 'LAC06' }), anObservation(aMonth(2024, 12), special('c'), { measureId: 'LAC06' })] },
      { ...SETTINGS, queryEmail: null },
    );
    expect(container.querySelector('[data-measure-id="LAC06"]')?.getAttribute('data-rag')).toBe('none');
    const headline = screen.getByRole('region', { name: 'Latest figure' });
    expect(headline.textContent).toContain('[c] for December 2024. The figure is confidential');
    expect(headline.textContent).toContain('Year to date incomplete');
    expect(container.querySelector('figcaption')?.textContent).toContain('December 2024 ([c] confidential');
    const query = screen.getByRole('region', { name: 'Raise a query about this measure' });
    expect(query.textContent).toContain('has not been set up');
    expect(container.querySelector('a[href^="mailto:"]')).toBeNull();
  });

  it('says plainly when the quarter has no data', () => {
    renderDetail(reReferrals, { observations: [aTally(aMonth(2024, 6), 40, 200, 'CSC04')], targets: [aTarget('2024-25', '18', '20', 'CSC04')] });
    const headline = screen.getByRole('region', { name: 'Latest figure' });
    expect(headline.textContent).toContain('No data for this quarter. No figure for December 2024 has been supplied.');
    // The target of the year due is still shown.
    expect(headline.textContent).toContain('Target for 2024-25');
    expect(screen.getByRole('region', { name: 'How it compares' }).textContent).toContain('No benchmark has been published');
  });

  it('shows an annual measure as a history of its years', () => {
    const annual = aMeasure({ id: 'LAC07', title: 'Children placed with in-house foster carers', frequency: 'annual', decimals: 0 });
    renderDetail(annual, {
      observations: [anObservation(aYearEnding(2023, 3), '27', { measureId: 'LAC07' }), anObservation(aYearEnding(2024, 3), '28', { measureId: 'LAC07' })],
      targets: [aTarget('2023-24', '30', '27', 'LAC07')],
    });
    expect(screen.getByRole('heading', { level: 3, name: 'History' })).toBeTruthy();
    // 28 sits between the tolerance 27 and the target 30 (high is good): amber.
    expect(screen.getByRole('region', { name: 'Latest figure' }).textContent).toContain('28% in 2023-24');
    expect(screen.getByRole('region', { name: 'Latest figure' }).textContent).toContain('below target of 30%, within tolerance of 27%');
    expect(screen.getByRole('table', { name: /every year to the quarter shown/ })).toBeTruthy();
  });
});

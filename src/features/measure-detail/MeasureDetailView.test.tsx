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
    const table = screen.getByRole('table', { name: 'Published benchmarks for 2023-24, compared with our figure of 23.4% (December 2024)' });
    const rows = within(table).getAllByRole('row').slice(1).map((tr) => tr.textContent);
    expect(rows).toEqual(['Statistical neighbours21.2%2023-24worse', 'Regional average21.7%2023-24worse', 'England22.4%2023-24worse']);
    const section = screen.getByRole('region', { name: 'How it compares' });
    expect(section.textContent).toContain('Quartile A (2023-24): among the best 25% of councils in England. Quartile A is the best 25% of councils and D the lowest 25%.');
    expect(section.textContent).not.toContain('quarter of councils');
    // The table scrolls inside its own keyboard-reachable region rather than widening the page.
    const scroller = table.closest('[role="region"]');
    expect(scroller?.getAttribute('tabindex')).toBe('0');
    expect(scroller?.getAttribute('aria-labelledby')).toBe(table.querySelector('caption')?.id);
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

  // 16 monthly figures of CSC04 from data/social-care.csv, September 2023 to December 2024:
  // 17.5 15.0 16.7 17.2 17.5 16.7 16.4 18.2 18.8 18.9 20.3 20.0 21.3 21.5 21.8 23.4
  // sum 17.5+15.0+16.7+17.2+17.5+16.7+16.4 = 117.0 plus 18.2+18.8+18.9+20.3+20.0+21.3+21.5+21.8+23.4 = 184.2: 301.2,
  // mean 301.2 / 16 = 18.825. Moving ranges 2.5 1.7 0.5 0.3 0.8 0.3 1.8 0.6 0.1 1.4 0.3 1.3 0.2 0.3 1.6 = 13.7, / 15 = 0.91333;
  // limits 18.825 -/+ 2.66 x 0.91333 = 18.825 -/+ 2.42947 = 16.3955 to 21.2545. September to December 2024 (21.3, 21.5, 21.8,
  // 23.4) are above the upper limit and low is good: special cause concern (high); October 2023 15.0 is below the lower limit. The target 18 lies within the limits: hit and miss.
  const sixteenMonths = ['17.5', '15.0', '16.7', '17.2', '17.5', '16.7', '16.4', '18.2', '18.8', '18.9', '20.3', '20.0', '21.3', '21.5', '21.8', '23.4'];
  const spcParts: Partial<Dataset> = {
    observations: sixteenMonths.map((v, i) => anObservation(aMonth(2023 + Math.floor((8 + i) / 12), ((8 + i) % 12) + 1), v, { measureId: 'CSC04' })),
    targets: [aTarget('2023-24', '18', '20', 'CSC04'), aTarget('2024-25', '18', '20', 'CSC04')],
  };

  it('shows the SPC verdicts as badges with their sentences, and carries them as data attributes', () => {
    const { container } = renderDetail(reReferrals, spcParts);
    const outer = container.querySelector('[data-measure-id="CSC04"]');
    expect(outer?.getAttribute('data-variation')).toBe('concern');
    expect(outer?.getAttribute('data-assurance')).toBe('hit-and-miss');
    const headline = screen.getByRole('region', { name: 'Latest figure' });
    expect(headline.querySelector('.spc-badge--concern')?.textContent).toContain('Special cause concern (high)');
    expect(headline.querySelector('.spc-badge--common')?.textContent).toContain('Hit and miss');
    expect(headline.textContent).toContain('Special cause concern (high) - the latest figure is above the upper process limit');
    expect(headline.textContent).toContain('Hit and miss - the target of 18.0% is within the process limits');
  });

  it('draws the XmR chart with its limits in words and a table of every figure and verdict', () => {
    renderDetail(reReferrals, spcParts);
    const section = screen.getByRole('region', { name: 'Is it a real change? Statistical process control' });
    expect(section.querySelector('figcaption')?.textContent).toContain(
      'Over the 16 figures from September 2023 to December 2024, the average is 18.83% and the process limits are 16.40% to 21.25%.',
    );
    const caption = section.querySelector('figcaption')?.textContent;
    expect(caption).toContain('Special cause concern (high) - above the upper process limit: September 2024, October 2024, November 2024, December 2024.');
    expect(caption).toContain('Special cause improvement (low) - below the lower process limit: October 2023.');
    const table = within(section).getByRole('table', { name: /every figure to December 2024/ });
    const dec = within(table).getByRole('rowheader', { name: 'December 2024' }).closest('tr');
    expect(dec?.textContent).toBe('December 202423.4%18.83%16.40%21.25%Special cause concern (high): above the upper process limit');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(16);
  });

  it('says SPC needs 15 figures when there are fewer, and draws no limits', () => {
    renderDetail(reReferrals, csc04Parts);
    const section = screen.getByRole('region', { name: 'Is it a real change? Statistical process control' });
    // csc04Parts has 6 figures (Oct-Dec 2023 and 2024).
    expect(section.textContent).toContain('SPC needs at least 15 figures; this measure has 6.');
    expect(section.textContent).not.toContain('the average is');
    expect(within(section).getAllByRole('cell', { name: 'Not judged: too few figures' })).toHaveLength(6);
  });

  it('switches the trend chart to the same month each year with a toggle button', async () => {
    const { container } = renderDetail(reReferrals, csc04Parts);
    const toggle = screen.getByRole('button', { name: 'Compare the same month each year' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const figure = container.querySelector('figure.trend-chart');
    expect(figure?.getAttribute('data-chart')).toBe('seasonal');
    // 2023-24: Oct 15.0 (37/246 = 15.04), Nov 16.7, Dec 17.2; 2024-25: Oct 21.5, Nov 21.8, Dec 23.4.
    expect(figure?.querySelector('figcaption')?.textContent).toContain('2023-24: lowest October (15.0%), highest December (17.2%); 2024-25: lowest October (21.5%), highest December (23.4%).');
    await userEvent.keyboard(' ');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(container.querySelector('figure.trend-chart')?.getAttribute('data-chart')).toBe('year-on-year');
  });
});

// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
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
    expect(row('P1').textContent).toContain('Previous month (November 2024): 469');
    expect(row('P1').textContent).toContain('Neither high nor low is better');
    expect(row('P1').textContent).not.toMatch(/judgement/i);
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

describe('statistical process control on a scorecard row', () => {
  // 15 monthly figures, October 2023 to December 2024: 10, 12, 10, 12 ... (14 figures, ending 12 in November
  // 2024), then 20 in December 2024. Mean (7 x 10 + 7 x 12 + 20) / 15 = 174 / 15 = 11.6. Moving ranges: 13 of 2,
  // then |20 - 12| = 8: 34 / 14 = 2.4286. Limits 11.6 +/- 2.66 x 2.4286 = 11.6 +/- 6.46: 5.14 to 18.06.
  // December's 20 is above the upper limit: special cause, and for a low-is-good measure a concern (high).
  const months = Array.from({ length: 14 }, (_, i) => aMonth(2023 + Math.floor((9 + i) / 12), ((9 + i) % 12) + 1));
  const history = (id: string) => [
    ...months.map((period, i) => anObservation(period, i % 2 === 0 ? '10' : '12', { measureId: id })),
    anObservation(aMonth(2024, 12), '20', { measureId: id }),
  ];

  it('carries both verdicts as data attributes and as badges beside the rating, in words', () => {
    const dataset = aDataset({
      measures: [aMeasure({ id: 'S1', polarity: 'low', unit: 'number', decimals: 0 }), aMeasure({ id: 'S2', polarity: 'low', unit: 'number', decimals: 0 })],
      observations: [...history('S1'), ...history('S2')],
      // S1's target 11 is inside the limits (5.14 to 18.06): hit and miss. S2's 30 is above the upper limit and
      // low is good, so every figure the process gives meets it: consistently passing.
      targets: [aTarget('2024-25', '11', '15', 'S1'), aTarget('2024-25', '30', null, 'S2')],
    });
    render(<Screen dataset={dataset} />);
    expect(row('S1').getAttribute('data-variation')).toBe('concern');
    expect(row('S1').getAttribute('data-assurance')).toBe('hit-and-miss');
    expect(row('S2').getAttribute('data-assurance')).toBe('pass');
    const rating = row('S1').querySelector('td[data-label="Rating, SPC and target"]')!;
    // 20 against a low-is-good target of 11 and tolerance of 15: red. The badges follow the rating, in words.
    expect(rating.textContent).toMatch(/^Red.*Special cause concern \(high\).*Hit and miss/);
    expect(row('S2').textContent).toContain('Consistently passing');
    // Each badge's full sentence is there for screen readers, once; the short label and the icon are hidden from them.
    const sentences = [...rating.querySelectorAll('.spc-badge .visually-hidden')].map((node) => node.textContent);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toMatch(/^Special cause concern \(high\) - /);
    expect(sentences[1]).toMatch(/^Hit and miss - /);
    expect(rating.querySelectorAll('svg[aria-hidden="true"]').length).toBe(3);
  });

  it('gives no verdict with fewer than 15 figures, and no assurance without a target', () => {
    // Only the last three figures (Oct-Dec 2024): too few for limits.
    const dataset = aDataset({ measures: [aMeasure({ id: 'F1' })], observations: history('F1').slice(-3) });
    render(<Screen dataset={dataset} />);
    expect(row('F1').getAttribute('data-variation')).toBe('none');
    expect(row('F1').getAttribute('data-assurance')).toBe('none');
    expect(row('F1').textContent).toContain('Not enough data for SPC');
    expect(row('F1').textContent).toContain('No assurance');
  });

  it('explains the symbols in a legend that links to the glossary', () => {
    render(<Screen dataset={aDataset({ measures: [aMeasure()] })} />);
    const legend = screen.getByText('What do the SPC symbols mean?').closest('details')!;
    expect(within(legend).getByRole('link', { name: /glossary/ }).getAttribute('href')).toBe('?view=glossary');
    const concern = within(legend).getAllByRole('listitem').find((li) => li.textContent?.includes('Special cause concern (low)'));
    expect(concern?.textContent).toContain('Special cause concern (low): a sign of real change for the worse');
    // The symbol is drawn for the eye only; screen readers hear its name once, then its meaning.
    expect(concern?.querySelector('.spc-badge')?.closest('[aria-hidden="true"]')).toBeTruthy();
  });
});

describe('a long scorecard', () => {
  // 200 quarterly measures, each with a figure in Q2 and Q3 and a target of 50 (high is good, tolerance 40):
  // 60 in Q2 is green; 45 in Q3 is amber. So every row turns from green to amber when the quarter changes.
  const Q2 = { startYear: 2024, quarter: 2 } as const;
  const ids = Array.from({ length: 200 }, (_, i) => `L${String(i).padStart(3, '0')}`);
  const dataset = aDataset({
    measures: ids.map((id) => aMeasure({ id, frequency: 'quarterly' })),
    observations: ids.flatMap((id) => [
      anObservation(aQuarterEnding(2024, 9), '60', { measureId: id }),
      anObservation(aQuarterEnding(2024, 12), '45', { measureId: id }),
    ]),
    targets: ids.map((id) => aTarget('2024-25', '50', '40', id)),
  });
  const index = indexDataset(dataset);

  function Long({ quarter }: { quarter: typeof Q2 | typeof Q3 }) {
    const { state, navigate } = useUrlState();
    return (
      <NavigationProvider value={{ state, navigate }}>
        <ScorecardView rows={buildScorecard(index, quarter)} quarter={quarter} glossary={[]} />
      </NavigationProvider>
    );
  }
  const rags = () => [...document.querySelectorAll<HTMLElement>('tr[data-measure-id]')].map((tr) => tr.dataset.rag);

  it('draws the first rows of a new quarter at once, the rest just after, and ends with every row of the new quarter', async () => {
    const { rerender } = render(<Long quarter={Q2} />);
    await waitFor(() => expect(rags()).toHaveLength(200), { timeout: 20_000 });
    expect(new Set(rags())).toEqual(new Set(['green']));
    expect(document.querySelector('table[aria-busy="true"]')).toBeNull();

    rerender(<Long quarter={Q3} />);
    // The first 24 are the new quarter's at once; the other 176 still show Q2 (off screen, the table busy).
    expect(rags().slice(0, 24)).toEqual(Array(24).fill('amber'));
    expect(rags().slice(24)).toEqual(Array(176).fill('green'));
    expect(document.querySelector('table[aria-busy="true"]')).not.toBeNull();

    await waitFor(() => expect(rags()).toEqual(Array(200).fill('amber')), { timeout: 20_000 });
    expect(document.querySelector('table[aria-busy="true"]')).toBeNull();
  }, 30_000);
});

describe('ticking a rating filter on a long scorecard', () => {
  // 200 quarterly measures with a target of 50 (high is good, tolerance 40): the even ones have 60 in Q3 (at or
  // above target: green), the odd ones 30 (below the tolerance of 40: red). So 100 are red.
  const ids = Array.from({ length: 200 }, (_, i) => `R${String(i).padStart(3, '0')}`);
  const dataset = aDataset({
    measures: ids.map((id) => aMeasure({ id, frequency: 'quarterly' })),
    observations: ids.map((id, i) => anObservation(aQuarterEnding(2024, 12), i % 2 === 0 ? '60' : '30', { measureId: id })),
    targets: ids.map((id) => aTarget('2024-25', '50', '40', id)),
  });
  const marked = () => [...document.querySelectorAll<HTMLElement>('[data-measure-id]')];
  const oddIds = ids.filter((_, i) => i % 2 === 1);

  it('marks only the matching rows at once, hides the others without their data attributes, then removes them', async () => {
    render(<Screen dataset={dataset} />);
    await waitFor(() => expect(marked()).toHaveLength(200), { timeout: 20_000 });
    await waitFor(() => expect(document.querySelector('table[aria-busy="true"]')).toBeNull(), { timeout: 20_000 });

    fireEvent.click(screen.getByLabelText('Red', { selector: 'input' }));
    // In the answer to the click: exactly one element per shown (red) measure; the 100 green rows still in the
    // page are hidden, carry none of the contract's attributes, and are marked busy until they are removed.
    expect(marked().map((el) => el.dataset.measureId)).toEqual(oddIds);
    expect(new Set(marked().map((el) => el.dataset.rag))).toEqual(new Set(['red']));
    const hidden = [...document.querySelectorAll<HTMLElement>('tr[hidden]')];
    expect(hidden.length).toBe(100);
    expect(hidden.filter((tr) => [...tr.attributes].some((a) => a.name.startsWith('data-') && a.name !== 'data-label'))).toEqual([]);
    expect(document.querySelector('table[aria-busy="true"]')).not.toBeNull();

    await waitFor(() => expect(document.querySelectorAll('tr[hidden]')).toHaveLength(0), { timeout: 20_000 });
    expect(document.querySelectorAll('tbody tr')).toHaveLength(100);
    expect(document.querySelector('table[aria-busy="true"]')).toBeNull();

    // Unticking brings every row back, each with its attributes.
    fireEvent.click(screen.getByLabelText('Red', { selector: 'input' }));
    await waitFor(() => expect(marked()).toHaveLength(200), { timeout: 20_000 });
    expect(document.querySelectorAll('tr[hidden]')).toHaveLength(0);
  }, 30_000);
});

describe("a council-sized scorecard's first drawing", () => {
  // 45 quarterly measures: fewer than a long scorecard, so its first drawing continues a screenful at a time.
  const ids = Array.from({ length: 45 }, (_, i) => `S${String(i).padStart(2, '0')}`);
  const dataset = aDataset({
    measures: ids.map((id) => aMeasure({ id, frequency: 'quarterly' })),
    observations: ids.map((id) => anObservation(aQuarterEnding(2024, 12), '60', { measureId: id })),
  });

  it('draws a screenful of rows, then the rest a screenful at a time, in scorecard order', async () => {
    const counts: number[] = [];
    const observer = new MutationObserver(() => {
      const count = document.querySelectorAll('[data-measure-id]').length;
      if (counts.at(-1) !== count) counts.push(count);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    render(<Screen dataset={dataset} />);
    expect(document.querySelectorAll('[data-measure-id]')).toHaveLength(10);
    expect(document.querySelector('table[aria-busy="true"]')).not.toBeNull();
    await waitFor(() => expect(document.querySelector('table[aria-busy="true"]')).toBeNull(), { timeout: 20_000 });
    observer.disconnect();
    expect(counts).toEqual([10, 20, 30, 40, 45]);
    expect([...document.querySelectorAll<HTMLElement>('[data-measure-id]')].map((el) => el.dataset.measureId)).toEqual(ids);
  }, 30_000);
});

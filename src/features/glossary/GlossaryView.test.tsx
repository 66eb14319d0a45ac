// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { useMswServer } from '../../../tests/msw-server';
import { renderApp } from '../../../tests/render-app';
import { GlossaryView } from './GlossaryView';

useMswServer();
afterEach(cleanup);

describe('the glossary', () => {
  it('lists the scorecard’s own terms and those of data/glossary.csv as a definition list, each with an anchor', async () => {
    const { container } = renderApp('?view=glossary');
    expect(await screen.findByRole('heading', { level: 2, name: 'Glossary' })).toBeTruthy();
    const terms = [...container.querySelectorAll('dl dt')].map((dt) => dt.textContent);
    // 12 scorecard terms + 5 SPC terms (src/domain/glossary.ts, spc.ts) + 21 rows of data/glossary.csv, none with
    // the same name = 38.
    expect(terms).toHaveLength(38);
    for (const term of ['RAG', 'DOT', 'YTD', 'Tolerance', 'Statistical neighbours', 'Quartile', 'Polarity', 'Suppressed value', 'EHCP', 'WSoA', 'BRAG']) {
      expect(terms).toContain(term);
    }
    expect(container.querySelector('#term-ehcp')?.textContent).toBe('EHCP');
    expect(container.querySelector('#term-statistical-neighbours')?.textContent).toBe('Statistical neighbours');
    // Sorted A to Z, ignoring capitals: Assurance, then Benchmark before BRAG.
    expect(terms.slice(0, 3)).toEqual(['Assurance', 'Benchmark', 'BRAG']);
  });

  it('says which definitions come from the council’s glossary.csv', async () => {
    const { container } = renderApp('?view=glossary');
    await screen.findByRole('heading', { level: 2, name: 'Glossary' });
    const definitionOf = (id: string) => container.querySelector(`#${id}`)!.nextElementSibling!.textContent;
    expect(definitionOf('term-ehcp')).toContain('Education, health and care plan');
    expect(definitionOf('term-ehcp')).toContain('From the council’s glossary');
    expect(definitionOf('term-rag')).not.toContain('From the council’s glossary');
    expect(screen.getByText(/38 terms, of which 21 come from the council’s own glossary/)).toBeTruthy();
  });

  it('has an A to Z jump list linking each letter that has terms to its section heading', async () => {
    renderApp('?view=glossary');
    await screen.findByRole('heading', { level: 2, name: 'Glossary' });
    const jump = screen.getByRole('navigation', { name: 'Glossary, A to Z' });
    // Initials of the 38 terms: A (Assurance) B C D E I L M N P Q R S T W Y = 16 letters.
    const links = within(jump).getAllByRole('link');
    expect(links.map((link) => link.textContent).join('')).toBe('ABCDEILMNPQRSTWY');
    expect(links[1]!.getAttribute('href')).toBe('#glossary-b');
    expect(screen.getByRole('heading', { level: 3, name: 'B' }).id).toBe('glossary-b');
    // Letters with no terms are shown but are not links.
    expect(within(jump).getByText('F').tagName).toBe('SPAN');
  });

  it('explains an abbreviation used inside another definition', () => {
    const glossary = [
      { term: 'DfE', definition: 'Department for Education.' },
      { term: 'SN', definition: 'Statistical neighbours, chosen by the DfE.' },
    ];
    const { container } = render(<GlossaryView glossary={glossary} />);
    const abbr = container.querySelector('#term-sn + dd abbr');
    expect(abbr?.textContent).toBe('DfE');
    expect(abbr?.getAttribute('title')).toBe('Department for Education');
    // No council list given: nothing is marked as the council's.
    expect(screen.getByText(/2 terms, of which 0 come from the council’s own glossary/)).toBeTruthy();
  });
});

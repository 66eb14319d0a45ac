import { describe, expect, it } from 'vitest';
import { glossarySections, termAnchor } from './glossary-sections';

const entry = (term: string) => ({ term, definition: `About ${term}` });

describe('termAnchor', () => {
  it('makes a stable lower-case anchor that other screens can link to', () => {
    expect(termAnchor('EHCP')).toBe('term-ehcp');
    expect(termAnchor('Statistical neighbours')).toBe('term-statistical-neighbours');
    expect(termAnchor('  Year-to-date (YTD) ')).toBe('term-year-to-date-ytd');
    expect(termAnchor('Café')).toBe('term-cafe');
    expect(termAnchor('[c]')).toBe('term-c');
    expect(termAnchor('£')).toBe('term-x');
  });
});

describe('glossarySections', () => {
  it('groups terms by initial letter in alphabetical order, "#" for anything else, and marks the council’s terms', () => {
    const sections = glossarySections([entry('16-19 bursary'), entry('BRAG'), entry('benchmark'), entry('EHCP')], [entry('ehcp'), entry('16-19 bursary')]);
    expect(sections.map((section) => [section.letter, section.id, section.items.map((item) => [item.id, item.fromCouncil])])).toEqual([
      ['#', 'glossary-other', [['term-16-19-bursary', true]]],
      ['B', 'glossary-b', [['term-benchmark', false], ['term-brag', false]]],
      ['E', 'glossary-e', [['term-ehcp', true]]],
    ]);
  });

  it('keeps anchors unique when two terms would share one, the same whatever order the terms come in', () => {
    const anchors = (terms: string[]) => glossarySections(terms.map(entry), [])[0]!.items.map((item) => [item.entry.term, item.id]);
    const expected = [['C P', 'term-c-p'], ['C.P.', 'term-c-p-2'], ['CP', 'term-cp']];
    expect(anchors(['C.P.', 'CP', 'C P'])).toEqual(expected);
    expect(anchors(['CP', 'C P', 'C.P.'])).toEqual(expected);
    // Café and Cafe are the same word to the alphabetical order: their code points decide, whichever comes first.
    expect(anchors(['Café', 'Cafe'])).toEqual([['Cafe', 'term-cafe'], ['Café', 'term-cafe-2']]);
    expect(anchors(['Cafe', 'Café'])).toEqual([['Cafe', 'term-cafe'], ['Café', 'term-cafe-2']]);
  });
});

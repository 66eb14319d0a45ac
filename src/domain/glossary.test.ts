import { describe, expect, it } from 'vitest';
import { BUILT_IN_GLOSSARY, abbreviationsIn, expansionOf, mergeGlossary } from './glossary';

const council = [
  { term: 'EHCP', definition: 'Education, health and care plan: a legal document.' },
  { term: 'EHC', definition: 'Education, health and care.' },
  { term: 'DfE', definition: 'Department for Education. It publishes statistics.' },
  { term: 'Tolerance', definition: 'Our own wording.' },
];

describe('mergeGlossary', () => {
  it('adds the council terms to the built-in ones and lets the council override a built-in term', () => {
    const merged = mergeGlossary(BUILT_IN_GLOSSARY, council);
    expect(merged.filter((e) => e.term === 'Tolerance')).toEqual([{ term: 'Tolerance', definition: 'Our own wording.' }]);
    expect(merged.map((e) => e.term)).toContain('EHCP');
    expect(merged.map((e) => e.term)).toContain('RAG');
    expect(merged.length).toBe(BUILT_IN_GLOSSARY.length + 3);
  });

  it('covers every term the issue names for the scorecard itself', () => {
    const terms = BUILT_IN_GLOSSARY.map((e) => e.term);
    for (const term of ['RAG', 'Tolerance', 'DOT', 'YTD', 'Statistical neighbours', 'Quartile', 'Polarity', 'Suppressed value']) {
      expect(terms).toContain(term);
    }
  });
});

describe('expansionOf', () => {
  it('takes the definition up to the first colon or full stop', () => {
    expect(expansionOf(council[0]!)).toBe('Education, health and care plan');
    expect(expansionOf(council[1]!)).toBe('Education, health and care');
    expect(expansionOf(council[2]!)).toBe('Department for Education');
  });
});

describe('abbreviationsIn', () => {
  it('finds abbreviations, plurals included, and keeps the text around them', () => {
    const parts = abbreviationsIn('New EHCPs and EHC plans checked by DfE', council);
    expect(parts.map((p) => (p.kind === 'abbreviation' ? `<${p.text}=${p.entry.term}>` : p.text)).join('')).toBe(
      'New <EHCPs=EHCP> and <EHC=EHC> plans checked by <DfE=DfE>',
    );
  });

  it('leaves ordinary words alone even when a glossary term shares their letters', () => {
    const parts = abbreviationsIn('Tolerance of the ehcp team', council);
    expect(parts).toEqual([{ kind: 'text', text: 'Tolerance of the ehcp team' }]);
  });

  it('returns the text whole when there is nothing to explain', () => {
    expect(abbreviationsIn('Children looked after', council)).toEqual([{ kind: 'text', text: 'Children looked after' }]);
  });
});

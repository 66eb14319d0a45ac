// How the glossary page is laid out: terms under their initial letter, each with a stable anchor.
import { compareText } from '../../domain/text-order';
import type { GlossaryEntry } from '../../domain/types';

export interface GlossaryItem {
  entry: GlossaryEntry;
  /** `term-ehcp`, `term-statistical-neighbours`: other screens and members' links point here. */
  id: string;
  /** True when the term comes from the council's glossary.csv (including one that replaces a built-in term). */
  fromCouncil: boolean;
}

export interface LetterSection {
  /** "A" to "Z", or "#" for terms that start with anything else. */
  letter: string;
  id: string;
  items: GlossaryItem[];
}

/** The anchor for a term: lower case, runs of anything but letters and digits made single hyphens. */
export function termAnchor(term: string): string {
  const slug = term
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `term-${slug || 'x'}`;
}

function letterOf(term: string): string {
  const first = term.trim().charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** The glossary in alphabetical order (ignoring case and accents), grouped by initial letter; anchors are unique. */
export function glossarySections(glossary: readonly GlossaryEntry[], council: readonly GlossaryEntry[]): LetterSection[] {
  const councilTerms = new Set(council.map((entry) => entry.term.toLowerCase()));
  const used = new Set<string>();
  const sections = new Map<string, LetterSection>();
  // In alphabetical order before anchors are given, so which of two look-alike terms gets a suffix never changes;
  // terms the order counts as equal (Café and Cafe) go by their code points.
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const entry of [...glossary].sort((a, b) => compareText(a.term, b.term) || byCodePoint(a.term, b.term))) {
    let id = termAnchor(entry.term);
    // "C.P." and "CP" would share an anchor; the second gets a suffix so every id stays unique.
    for (let n = 2; used.has(id); n++) id = `${termAnchor(entry.term)}-${n}`;
    used.add(id);
    const letter = letterOf(entry.term);
    let section = sections.get(letter);
    if (!section) {
      section = { letter, id: letter === '#' ? 'glossary-other' : `glossary-${letter.toLowerCase()}`, items: [] };
      sections.set(letter, section);
    }
    section.items.push({ entry, id, fromCouncil: councilTerms.has(entry.term.toLowerCase()) });
  }
  return [...sections.values()];
}

export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

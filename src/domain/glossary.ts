// The scorecard's own vocabulary, merged with the council's glossary.csv, and the abbreviations a title uses.
import { SPC_GLOSSARY } from './spc';
import type { GlossaryEntry } from './types';

// The scorecard's own vocabulary (the contract: glossary.csv adds to or overrides it).
const SCORECARD_TERMS: readonly GlossaryEntry[] = [
  {
    term: 'RAG',
    definition:
      'Red, amber, green: how a measure is doing against its target. Green meets the target; amber misses it but is within the tolerance; red is outside the tolerance. "Not rated" means there is no target, no published value, or good is neither high nor low.',
  },
  {
    term: 'Target',
    definition: 'The level the council aims for in the year, agreed by the Performance Board. A measure meets its target when its figure, rounded as shown, is at least as good as the target.',
  },
  {
    term: 'Tolerance',
    definition:
      'How far a figure may miss its target before it turns red. Between the target and the tolerance a measure is amber. Without a tolerance a measure is green or red only.',
  },
  {
    term: 'DOT',
    definition:
      'Direction of travel: the arrow compares this figure with the same period last year (or, for some measures, the previous period). The arrow points the way the number moved; its colour and words say whether that is an improvement or a decline.',
  },
  {
    term: 'YTD',
    definition:
      'Year to date: the measure over the year so far. Counts are added up; percentages are worked out from the year’s totals (never an average of monthly percentages). If a month is missing or suppressed, the year to date is shown as incomplete.',
  },
  {
    term: 'Polarity',
    definition: 'Whether good performance is a high number (for example, visits on time) or a low number (for example, re-referrals). Some measures, such as demand, have no polarity and are not rated.',
  },
  {
    term: 'Statistical neighbours',
    definition:
      'The ten councils most like this one, chosen by the Department for Education from their populations and needs. Their average is the fairest comparison.',
  },
  {
    term: 'Benchmark',
    definition:
      'A published figure to compare with: statistical neighbours, the region and England. Benchmarks are annual and published a year or more later, so their year is always shown.',
  },
  {
    term: 'Quartile',
    definition: 'Where the council sits among all English councils on a benchmarked measure, from A (the best quarter) to D (the worst quarter).',
  },
  {
    term: 'Suppressed value',
    definition:
      'A figure hidden to protect children’s privacy, shown as [c], because the number is so small that a child could be identified. It is never counted as zero. [x] means not available, [z] not applicable, [low] a figure that rounds to zero, [u] low reliability.',
  },
  {
    term: 'Provisional',
    definition: 'A figure marked [p] may change when the data is finalised. [r] marks a revised figure, [e] an estimate and [b] a break in the series (the definition or source changed).',
  },
  {
    term: 'BRAG',
    definition:
      'The status of an action in an improvement plan: Blue = complete, Green = on track, Amber = at risk, Red = significant risk, Grey = not started. It is separate from the red, amber, green rating of measures.',
  },
];

/** Terms every scorecard uses, statistical process control's among them; glossary.csv adds to these or overrides them. */
export const BUILT_IN_GLOSSARY: readonly GlossaryEntry[] = [...SCORECARD_TERMS, ...SPC_GLOSSARY];

/**
 * The built-in terms with the council's own; a council entry replaces a built-in one of the same name. Not sorted:
 * every screen looks terms up, and only the glossary page lists them (it sorts them, see glossarySections), so the
 * page's start does not pay for alphabetical order (18 ms on the sample, most of it making the collator).
 */
export function mergeGlossary(builtIn: readonly GlossaryEntry[], council: readonly GlossaryEntry[]): GlossaryEntry[] {
  const byKey = new Map<string, GlossaryEntry>();
  for (const entry of [...builtIn, ...council]) byKey.set(entry.term.toLowerCase(), entry);
  return [...byKey.values()];
}

/** The short expansion of a term: its definition up to the first colon or full stop ("Education, health and care plan"). */
export function expansionOf(entry: GlossaryEntry): string {
  const match = /^(.*?)(?::|\.\s|\.$)/.exec(entry.definition);
  return (match?.[1] ?? entry.definition).trim();
}

export type TextPart = { kind: 'text'; text: string } | { kind: 'abbreviation'; text: string; entry: GlossaryEntry };

// An abbreviation is written in capitals (EHCP, SEN2, DfE); a plural "s" still finds it (EHCPs).
const ABBREVIATION = /^(?=.*[A-Z].*[A-Z])[A-Za-z0-9]{2,10}$/;
const WORD = /\b([A-Za-z][A-Za-z0-9]*[A-Za-z0-9])\b/g;

// Each measure title on a scorecard is split against the same glossary: its abbreviations are looked up once.
const abbreviationMaps = new WeakMap<readonly GlossaryEntry[], ReadonlyMap<string, GlossaryEntry>>();

function abbreviationsOf(glossary: readonly GlossaryEntry[]): ReadonlyMap<string, GlossaryEntry> {
  let byTerm = abbreviationMaps.get(glossary);
  if (!byTerm) {
    byTerm = new Map(glossary.filter((entry) => ABBREVIATION.test(entry.term)).map((entry) => [entry.term, entry]));
    abbreviationMaps.set(glossary, byTerm);
  }
  return byTerm;
}

/** Splits text so that each abbreviation the glossary defines can be explained where it appears. */
export function abbreviationsIn(text: string, glossary: readonly GlossaryEntry[]): TextPart[] {
  const byTerm = abbreviationsOf(glossary);
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[1]!;
    const entry = byTerm.get(word) ?? (word.endsWith('s') ? byTerm.get(word.slice(0, -1)) : undefined);
    if (!entry) continue;
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push({ kind: 'abbreviation', text: word, entry });
    last = match.index + word.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

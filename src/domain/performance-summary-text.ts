// The summary in plain English, as parts: text, counts that carry the scorecard filter they stand for, and
// measure names that name the measure they stand for, so the page can make every number a link.
import { capitalise } from './format-value';
import type { DotJudgement } from './direction-of-travel';
import type { SummaryException } from './performance-summary-exceptions';
import { RAG_STATUSES } from './performance-summary-tally';
import type { AreaTally, RagTally, TallyMovement } from './performance-summary-tally';
import type { Rag } from './rag-for';
import type { AreaSlug, Measure } from './types';

/** The scorecard's filters (as in the page address): every listed status of a kind matches, and each kind narrows. */
export interface ScorecardFilter {
  /** Another quarter than the one shown, as in the address ("2024-25-Q2"): for counts of the quarter before. */
  quarter?: string;
  area?: AreaSlug;
  rag?: Rag[];
  dot?: DotJudgement[];
}

export type SummaryPart =
  | { kind: 'text'; text: string }
  /** `description`, when given, is read after the text by screen readers, so the link says what it opens. */
  | { kind: 'count'; count: number; text: string; filter: ScorecardFilter; description?: string }
  | { kind: 'measure'; measureId: string; text: string };

/** The words that explain the ratings, shown with the summary so no colour word goes unexplained. */
export const RATING_KEY =
  'Red means outside the tolerance: further from the target than the council accepts. ' +
  'Amber means short of the target but within the tolerance. Green means the target is met. ' +
  'Not rated means there is no target or no figure, or neither a high nor a low figure is better. ' +
  'Getting worse compares the figure with the same period a year before (for a few measures, the period just before).';

const STATUS_WORDS: Record<Rag, string> = { red: 'red', amber: 'amber', green: 'green', none: 'not rated' };

const text = (value: string): SummaryPart => ({ kind: 'text', text: value });
const count = (n: number, words: string, filter: ScorecardFilter): SummaryPart => ({ kind: 'count', count: n, text: words, filter });
const measures = (n: number, adjective = '') => `${n} ${adjective}measure${n === 1 ? '' : 's'}`;
const isAre = (n: number) => (n === 1 ? 'is' : 'are');

/** "a", "a and b", "a, b and c" - as parts, so each item may be a link. */
function listOf(items: SummaryPart[][]): SummaryPart[] {
  return items.flatMap((item, i) => [...(i === 0 ? [] : [text(i === items.length - 1 ? ' and ' : ', ')]), ...item]);
}

/**
 * A title as it reads inside a sentence: "Re-referrals ..." becomes "re-referrals ...", but a first word
 * that is an abbreviation or a name ("EHC plan ...", "SEND Tribunal ...") keeps its capitals.
 */
export function inSentence(title: string): string {
  const firstWord = /^[A-Za-z'-]+/.exec(title)?.[0] ?? '';
  if (!/^[A-Z][a-z'-]*$/.test(firstWord)) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

/** A tally's movement in words, for one status: "up 1 since 2024-25 Q2". */
export function movementWords(change: number, previousLabel: string): string {
  if (change === 0) return `no change since ${previousLabel}`;
  return `${change > 0 ? 'up' : 'down'} ${Math.abs(change)} since ${previousLabel}`;
}

/** What the link behind a movement opens, said in full: "2024-25 Q2: 3 red measures in Early help". */
export function previousCountWords(previousLabel: string, previousCount: number, status: Rag, where: string): string {
  return `${previousLabel}: ${measures(previousCount, `${STATUS_WORDS[status]} `)}${where ? ` in ${where}` : ''}`;
}

/** What a streak needs to know: how long, in what unit, and what "worse" was compared with. */
export type StreakFacts = Pick<SummaryException, 'redStreak' | 'decliningStreak' | 'streakUnit'> & {
  row: { measure: Pick<Measure, 'dot' | 'frequency'> };
};

const PERIOD_WORD: Record<Measure['frequency'], string> = { monthly: 'month', quarterly: 'quarter', annual: 'year' };

/**
 * What "getting worse" compared the figure with, said honestly: most measures compare with the same period a
 * year earlier (for an annual measure, the year before); a few with the period just before.
 */
export function worseThan(measure: Pick<Measure, 'dot' | 'frequency'>): string {
  if (measure.frequency === 'annual') return 'worse than the year before';
  return measure.dot === 'year-ago' ? 'worse than a year earlier' : `worse than the ${PERIOD_WORD[measure.frequency]} before`;
}

/**
 * How long an exception has lasted, when it is more than this period, as one or two phrases:
 * ["red for 2 quarters in a row", "worse than a year earlier for 4 quarters in a row"]; empty when new.
 */
export function streakPhrases(e: StreakFacts): string[] {
  const inARow = (n: number) => `for ${n} ${e.streakUnit}s in a row`;
  const worse = worseThan(e.row.measure);
  if (e.redStreak >= 2 && e.redStreak === e.decliningStreak) return [`red and ${worse} ${inARow(e.redStreak)}`];
  return [...(e.redStreak >= 2 ? [`red ${inARow(e.redStreak)}`] : []), ...(e.decliningStreak >= 2 ? [`${worse} ${inARow(e.decliningStreak)}`] : [])];
}

/** The same, as a sentence of its own for an exception's entry: "Red for 2 quarters in a row." (empty when new). */
export function streakSentence(e: StreakFacts): string {
  const phrases = streakPhrases(e);
  return phrases.length > 0 ? `${capitalise(phrases.join('; '))}.` : '';
}

/** Headings for the exceptions, in the order they are listed. */
export const EXCEPTION_GROUP_TITLES: Record<SummaryException['kind'], string> = {
  'red-and-declining': 'Red and getting worse',
  red: 'Red, not getting worse',
  declining: 'Getting worse, not red',
};

function tallySentence(subject: string, t: RagTally, base: ScorecardFilter): SummaryPart[] {
  if (t.total === 0) return [text(`${subject} has no measures.`)];
  const all = count(t.total, measures(t.total), base);
  const rated = t.total - t.none;
  const ofStatus = (status: Rag) => [count(t[status], `${t[status]} ${STATUS_WORDS[status]}`, { ...base, rag: [status] })];
  const nonZero = (statuses: Rag[]) => statuses.filter((status) => t[status] > 0).map(ofStatus);

  if (rated === 0) return [text(`${subject} has `), all, text(t.total === 1 ? ', and it is not rated this quarter.' : ', and none is rated this quarter.')];
  if (t.green === rated && rated >= 2) {
    const green = count(rated, t.none > 0 ? `all ${rated} rated are green` : `all ${rated} are green`, { ...base, rag: ['green'] });
    const unrated = t.none > 0 ? [text('; '), count(t.none, `${t.none} ${isAre(t.none)} not rated`, { ...base, rag: ['none'] })] : [];
    return [text(`${subject} has `), all, text(': '), green, ...unrated, text('.')];
  }
  if (t.red === 0) return [text(`${subject} has `), all, text(' and none is red: '), ...listOf(nonZero(['amber', 'green', 'none'])), text('.')];
  return [text(`${subject} has `), all, text(': '), ...listOf(nonZero([...RAG_STATUSES])), text('.')];
}

/** The quarter before, for links to its scorecard: `label` as read ("2024-25 Q2"), `key` as in the address ("2024-25-Q2"). */
export interface PreviousQuarter {
  label: string;
  key: string;
}

/**
 * "Since 2024-25 Q2: 1 more red and 2 fewer amber." Each change is a link to the quarter before's measures of
 * that rating (what the change is counted from), saying so to screen readers; a count of none there is no link.
 */
function movementSentence(movement: TallyMovement | null, previous: PreviousQuarter, base: ScorecardFilter, where: string): SummaryPart[] {
  if (!movement) return [text(`There is no data for ${previous.label} to compare with.`)];
  const changes = RAG_STATUSES.filter((status) => movement.change[status] !== 0).map((status) => {
    const change = movement.change[status];
    const before = movement.previous[status];
    return [
      {
        kind: 'count',
        count: before,
        text: `${Math.abs(change)} ${change > 0 ? 'more' : 'fewer'} ${STATUS_WORDS[status]}`,
        filter: { ...base, quarter: previous.key, rag: [status] },
        description: previousCountWords(previous.label, before, status, where),
      } satisfies SummaryPart,
    ];
  });
  if (changes.length === 0) return [text(`The counts are the same as in ${previous.label}.`)];
  return [text(`Since ${previous.label}: `), ...listOf(changes), text('.')];
}

/** Measure names separated by semicolons, since a title may hold commas and "and" ("..., employment or training"). */
function namedList(exceptions: readonly SummaryException[]): SummaryPart[] {
  return exceptions.flatMap((e, i) => {
    const phrase = streakPhrases(e).join(', ');
    const name: SummaryPart = { kind: 'measure', measureId: e.row.measure.id, text: inSentence(e.row.measure.title) };
    return [...(i === 0 ? [] : [text('; ')]), name, ...(phrase ? [text(` (${phrase})`)] : [])];
  });
}

function exceptionSentences(area: AreaSlug, exceptions: readonly SummaryException[]): SummaryPart[][] {
  const of = (kind: SummaryException['kind']) => exceptions.filter((e) => e.kind === kind);
  const [redDeclining, red, declining] = [of('red-and-declining'), of('red'), of('declining')];
  const sentences: SummaryPart[][] = [];
  if (redDeclining.length > 0) sentences.push([text('Red and getting worse: '), ...namedList(redDeclining), text('.')]);
  if (red.length > 0) sentences.push([text(redDeclining.length > 0 ? 'Also red: ' : 'Red: '), ...namedList(red), text('.')]);
  if (declining.length > 0) {
    const other = redDeclining.length + red.length > 0 ? 'other ' : '';
    const n = declining.length;
    const filter: ScorecardFilter = { area, rag: ['amber', 'green', 'none'], dot: ['declining'] };
    sentences.push([count(n, measures(n, other), filter), text(` ${isAre(n)} getting worse, though not red.`)]);
  }
  return sentences;
}

function paragraph(sentences: SummaryPart[][]): SummaryPart[] {
  return sentences.filter((s) => s.length > 0).flatMap((s, i) => (i === 0 ? s : [text(' '), ...s]));
}

/** One area in a paragraph: its tally, how it moved, and what is red or getting worse. */
export function areaParagraph(tally: AreaTally & { area: AreaSlug }, previous: PreviousQuarter, exceptions: readonly SummaryException[]): SummaryPart[] {
  return paragraph([
    tallySentence(tally.name, tally.current, { area: tally.area }),
    movementSentence(tally.movement, previous, { area: tally.area }, tally.name),
    ...exceptionSentences(tally.area, exceptions),
  ]);
}

/** The whole scorecard in a paragraph: the tally, how it moved, and how many measures are red and getting worse. */
export function overallParagraph(total: AreaTally, quarterLabel: string, previous: PreviousQuarter, exceptions: readonly SummaryException[]): SummaryPart[] {
  const worse = exceptions.filter((e) => e.kind === 'red-and-declining').length;
  const worseSentence =
    worse === 0
      ? [text('No measure is both red and getting worse.')]
      : [count(worse, measures(worse), { rag: ['red'], dot: ['declining'] }), text(` ${isAre(worse)} red and getting worse.`)];
  return paragraph([tallySentence(`The scorecard for ${quarterLabel}`, total.current, {}), movementSentence(total.movement, previous, {}, ''), worseSentence]);
}

// Which measures the full scorecard shows, and in what order: the filters and sort a member sets (all held in
// the link), applied to the quarter's rows. Sections stay per service area; within an area the sort decides.
import { groupByArea } from './areas';
import type { DotJudgement } from './direction-of-travel';
import type { Rag } from './rag-for';
import type { ScorecardRow } from './scorecard-row';
import type { AreaSlug } from './types';
import { compareText } from './text-order';

export const SCORECARD_SORTS = ['reference', 'rating', 'direction', 'title'] as const;
export type ScorecardSort = (typeof SCORECARD_SORTS)[number];
export const DEFAULT_SORT: ScorecardSort = 'reference';

export interface ScorecardFilters {
  /** One service area, or null for all. */
  area: AreaSlug | null;
  /** Empty = any rating. */
  rag: readonly Rag[];
  /** Empty = any direction of travel. */
  dot: readonly DotJudgement[];
  /** Free text over reference, title, group and description. */
  q: string;
  /** As the link has it: any slug; an unknown one falls back to the default order. */
  sort: string | null;
}

export interface FilteredScorecard {
  /** Areas with at least one matching measure, in the fixed area order, each sorted. */
  sections: [AreaSlug, ScorecardRow[]][];
  /** Every area the quarter has measures in, for the area picker. */
  areas: AreaSlug[];
  shown: number;
  total: number;
  sort: ScorecardSort;
  /** The link asked for a sort this module does not know (the view says so). */
  unknownSort: string | null;
  /** The link asked for an area the data does not have: all areas are shown instead. */
  unknownArea: string | null;
}

// Worst first: what a member most needs to see is at the top.
const RAG_ORDER: Record<Rag, number> = { red: 0, amber: 1, green: 2, none: 3 };
const DOT_ORDER: Record<DotJudgement, number> = { declining: 0, 'no-change': 1, improving: 2, neutral: 3, none: 4 };

export function resolveSort(sort: string | null): { sort: ScorecardSort; unknown: string | null } {
  if (sort === null || sort === '') return { sort: DEFAULT_SORT, unknown: null };
  const known = SCORECARD_SORTS.find((s) => s === sort.toLowerCase());
  return known ? { sort: known, unknown: null } : { sort: DEFAULT_SORT, unknown: sort };
}

/** Every word of the search must appear (case-insensitively) in the reference, title, group or description. */
export function matchesSearch(row: ScorecardRow, q: string): boolean {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const { id, title, group, description } = row.measure;
  const haystack = [id, title, group ?? '', description ?? ''].join('\n').toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export function matchesFilters(row: ScorecardRow, filters: Pick<ScorecardFilters, 'area' | 'rag' | 'dot' | 'q'>): boolean {
  if (filters.area !== null && row.measure.area !== filters.area) return false;
  if (filters.rag.length > 0 && !filters.rag.includes(row.rag.rag)) return false;
  if (filters.dot.length > 0 && !filters.dot.includes(row.dot.judgement)) return false;
  return matchesSearch(row, filters.q);
}

/**
 * Reference order is measures.csv order with each group kept together where it first appears (the contract:
 * "grouped by it, in first-seen order"); the other sorts fall back to reference order for ties.
 */
export function sortRows(rows: readonly ScorecardRow[], sort: ScorecardSort): ScorecardRow[] {
  const firstSeen = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = row.measure.group ?? '';
    if (!firstSeen.has(key)) firstSeen.set(key, i);
  });
  const reference = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => firstSeen.get(a.row.measure.group ?? '')! - firstSeen.get(b.row.measure.group ?? '')! || a.i - b.i)
    .map(({ row }) => row);
  const by = (key: (row: ScorecardRow) => number) => [...reference].sort((a, b) => key(a) - key(b));
  switch (sort) {
    case 'reference':
      return reference;
    case 'rating':
      return by((row) => RAG_ORDER[row.rag.rag]);
    case 'direction':
      return by((row) => DOT_ORDER[row.dot.judgement]);
    case 'title':
      return [...reference].sort((a, b) => compareText(a.measure.title, b.measure.title));
  }
}

// The scorecard, its CSV download and its briefing pack each ask for the same filtered list on every tick of a
// filter: the last answer is kept, so a 1,000-measure scorecard is filtered and sorted once per change.
let last: { rows: readonly ScorecardRow[]; key: string; result: FilteredScorecard } | null = null;

/** The quarter's rows (measures.csv order) filtered and sorted into per-area sections (shared: do not modify). */
export function filterScorecard(rows: readonly ScorecardRow[], filters: ScorecardFilters): FilteredScorecard {
  const key = JSON.stringify([filters.area, filters.rag, filters.dot, filters.q, filters.sort]);
  if (last && last.rows === rows && last.key === key) return last.result;
  const result = filterAndSort(rows, filters);
  last = { rows, key, result };
  return result;
}

function filterAndSort(rows: readonly ScorecardRow[], filters: ScorecardFilters): FilteredScorecard {
  const byArea = groupByArea(rows, (row) => row.measure.area);
  const areas = byArea.map(([area]) => area);
  const unknownArea = filters.area !== null && !areas.includes(filters.area) ? filters.area : null;
  const { sort, unknown } = resolveSort(filters.sort);
  const effective = { ...filters, area: unknownArea === null ? filters.area : null };
  const sections = byArea
    .map(([area, areaRows]): [AreaSlug, ScorecardRow[]] => [area, sortRows(areaRows.filter((row) => matchesFilters(row, effective)), sort)])
    .filter(([, areaRows]) => areaRows.length > 0);
  return {
    sections,
    areas,
    shown: sections.reduce((n, [, areaRows]) => n + areaRows.length, 0),
    total: rows.length,
    sort,
    unknownSort: unknown,
    unknownArea,
  };
}

/** True when any filter (not the sort) narrows the list. */
export function hasActiveFilters(filters: Pick<ScorecardFilters, 'area' | 'rag' | 'dot' | 'q'>): boolean {
  return filters.area !== null || filters.rag.length > 0 || filters.dot.length > 0 || filters.q.trim() !== '';
}

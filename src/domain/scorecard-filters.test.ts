import { describe, expect, it } from 'vitest';
import type { DotJudgement } from './direction-of-travel';
import type { Rag } from './rag-for';
import { indexDataset, scorecardRow } from './scorecard';
import type { ScorecardRow } from './scorecard';
import { filterScorecard, hasActiveFilters, matchesSearch, resolveSort, sortRows } from './scorecard-filters';
import type { ScorecardFilters } from './scorecard-filters';
import { aDataset, aMeasure } from './test-factories';
import type { Measure } from './types';

const Q3: ScorecardRow['quarter'] = { startYear: 2024, quarter: 3 };

/** A row with the rating and direction set directly: these rules only read them, never work them out. */
function aRow(overrides: Partial<Measure>, rag: Rag = 'none', dot: DotJudgement = 'none'): ScorecardRow {
  const measure = aMeasure(overrides);
  const row = scorecardRow(indexDataset(aDataset({ measures: [measure] })), measure, Q3);
  return { ...row, rag: { ...row.rag, rag }, dot: { ...row.dot, judgement: dot } };
}

const NO_FILTERS: ScorecardFilters = { area: null, rag: [], dot: [], q: '', sort: null };

// measures.csv order: two early help groups interleaved, then social care, then an officer's own area.
const ROWS = [
  aRow({ id: 'EH01', group: 'Timeliness', title: 'Families contacted' }, 'amber', 'declining'),
  aRow({ id: 'EH02', group: 'Demand', title: 'Requests received', polarity: 'none' }, 'none', 'neutral'),
  aRow({ id: 'EH03', group: 'Timeliness', title: 'Assessments on time' }, 'green', 'improving'),
  aRow({ id: 'CSC04', area: 'social-care', group: 'Front door', title: 'Re-referrals', description: 'Previous referral within 12 months' }, 'red', 'declining'),
  aRow({ id: 'CSC05', area: 'social-care', group: 'Front door', title: 'Assessments within 45 days' }, 'red', 'no-change'),
  aRow({ id: 'YJ01', area: 'youth-justice', title: 'First-time entrants' }, 'green', 'none'),
];

const ids = (rows: readonly ScorecardRow[]) => rows.map((row) => row.measure.id);
const sectionIds = (filters: Partial<ScorecardFilters>) =>
  filterScorecard(ROWS, { ...NO_FILTERS, ...filters }).sections.map(([area, rows]) => [area, ids(rows)]);

describe('filterScorecard', () => {
  it('shows every measure in per-area sections, the named areas first, with groups kept together in first-seen order', () => {
    expect(sectionIds({})).toEqual([
      ['early-help', ['EH01', 'EH03', 'EH02']],
      ['social-care', ['CSC04', 'CSC05']],
      ['youth-justice', ['YJ01']],
    ]);
    const result = filterScorecard(ROWS, NO_FILTERS);
    expect([result.shown, result.total]).toEqual([6, 6]);
    expect(result.areas).toEqual(['early-help', 'social-care', 'youth-justice']);
  });

  it('answers the same rows and filters with the same result, and new ones afresh', () => {
    const red = filterScorecard(ROWS, { ...NO_FILTERS, rag: ['red'] });
    // A new but equal filters object (each caller builds its own from the address): the same answer.
    expect(filterScorecard(ROWS, { ...NO_FILTERS, rag: ['red'] })).toBe(red);
    const amber = filterScorecard(ROWS, { ...NO_FILTERS, rag: ['amber'] });
    expect(ids(amber.sections.flatMap(([, rows]) => rows))).toEqual(['EH01']);
    // Other rows (another quarter) with the same filters are filtered afresh.
    const otherQuarter = [...ROWS];
    const again = filterScorecard(otherQuarter, { ...NO_FILTERS, rag: ['amber'] });
    expect(again).not.toBe(amber);
    expect(again).toEqual(amber);
  });

  it('keeps only the chosen area, and drops sections with nothing left', () => {
    expect(sectionIds({ area: 'social-care' })).toEqual([['social-care', ['CSC04', 'CSC05']]]);
    expect(sectionIds({ rag: ['red'] })).toEqual([['social-care', ['CSC04', 'CSC05']]]);
  });

  it('combines ratings and directions: any of the ticked ratings and any of the ticked directions', () => {
    expect(sectionIds({ rag: ['red', 'amber'], dot: ['declining'] })).toEqual([
      ['early-help', ['EH01']],
      ['social-care', ['CSC04']],
    ]);
    expect(sectionIds({ rag: ['none'] })).toEqual([['early-help', ['EH02']]]);
    expect(sectionIds({ dot: ['none', 'neutral'] })).toEqual([
      ['early-help', ['EH02']],
      ['youth-justice', ['YJ01']],
    ]);
  });

  it('counts what is shown against every measure of the quarter', () => {
    const result = filterScorecard(ROWS, { ...NO_FILTERS, rag: ['green'] });
    expect([result.shown, result.total]).toEqual([2, 6]);
  });

  it('shows every area, and names the area, when the link asks for an area the data does not have', () => {
    const result = filterScorecard(ROWS, { ...NO_FILTERS, area: 'fostering' });
    expect(result.unknownArea).toBe('fostering');
    expect(result.shown).toBe(6);
  });

  it('returns no sections when nothing matches', () => {
    const result = filterScorecard(ROWS, { ...NO_FILTERS, q: 'zebra' });
    expect(result.sections).toEqual([]);
    expect(result.shown).toBe(0);
  });
});

describe('matchesSearch', () => {
  const csc04 = ROWS[3]!;
  it('finds the reference, title, group or description, ignoring case', () => {
    expect(matchesSearch(csc04, 'csc04')).toBe(true);
    expect(matchesSearch(csc04, 'RE-REFERRALS')).toBe(true);
    expect(matchesSearch(csc04, 'front door')).toBe(true);
    expect(matchesSearch(csc04, 'within 12')).toBe(true);
  });

  it('needs every word, in any order, and ignores extra spaces', () => {
    expect(matchesSearch(csc04, '  months   referral ')).toBe(true);
    expect(matchesSearch(csc04, 'referral adoption')).toBe(false);
    expect(matchesSearch(csc04, '   ')).toBe(true);
  });
});

describe('sorting', () => {
  it('puts red first, then amber, green and not rated, keeping reference order among equals', () => {
    expect(ids(sortRows(ROWS.slice(0, 3), 'rating'))).toEqual(['EH01', 'EH03', 'EH02']);
    expect(sectionIds({ sort: 'rating' })[0]).toEqual(['early-help', ['EH01', 'EH03', 'EH02']]);
    const mixed = [ROWS[2]!, ROWS[1]!, ROWS[4]!, ROWS[0]!];
    // green EH03, none EH02, red CSC05, amber EH01
    expect(ids(sortRows(mixed, 'rating'))).toEqual(['CSC05', 'EH01', 'EH03', 'EH02']);
  });

  it('puts declining first, then no change, improving, changed but neither better nor worse, and no comparison', () => {
    const mixed = [ROWS[5]!, ROWS[1]!, ROWS[2]!, ROWS[4]!, ROWS[0]!];
    // none YJ01, neutral EH02, improving EH03, no-change CSC05, declining EH01
    expect(ids(sortRows(mixed, 'direction'))).toEqual(['EH01', 'CSC05', 'EH03', 'EH02', 'YJ01']);
  });

  it('sorts by title alphabetically, ignoring case', () => {
    const rows = [aRow({ id: 'B', title: 'beta' }), aRow({ id: 'A', title: 'Alpha' }), aRow({ id: 'C', title: 'Gamma' })];
    expect(ids(sortRows(rows, 'title'))).toEqual(['A', 'B', 'C']);
  });

  it('reads a known sort from the link, case-insensitively, and falls back to reference order for any other', () => {
    expect(resolveSort(null)).toEqual({ sort: 'reference', unknown: null });
    expect(resolveSort('Rating')).toEqual({ sort: 'rating', unknown: null });
    expect(resolveSort('value')).toEqual({ sort: 'reference', unknown: 'value' });
    const result = filterScorecard(ROWS, { ...NO_FILTERS, sort: 'colour' });
    expect(result.sort).toBe('reference');
    expect(result.unknownSort).toBe('colour');
  });
});

describe('hasActiveFilters', () => {
  it('is false with no filter and whatever the sort, true with any filter', () => {
    expect(hasActiveFilters({ ...NO_FILTERS })).toBe(false);
    expect(hasActiveFilters({ ...NO_FILTERS, q: '   ' })).toBe(false);
    expect(hasActiveFilters({ ...NO_FILTERS, dot: ['declining'] })).toBe(true);
    expect(hasActiveFilters({ ...NO_FILTERS, area: 'send' })).toBe(true);
  });
});

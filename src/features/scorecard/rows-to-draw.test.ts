import { describe, expect, it } from 'vitest';
import type { ScorecardRow } from '../../domain/scorecard';
import { DEFAULT_URL_STATE, type UrlState } from '../../ui/navigation/url-state';
import { leavingIds, rowsToDraw, type DrawnRow, type DrawnSection } from './rows-to-draw';

// Only the measure's id and area matter to where a row is drawn.
const aRow = (id: string, area = 'send') => ({ measure: { id, area } }) as unknown as ScorecardRow;
const OLD: UrlState = { ...DEFAULT_URL_STATE };
const NEW: UrlState = { ...DEFAULT_URL_STATE, rag: ['red'] };
const drawnBefore = (rows: ScorecardRow[]) => new Map(rows.map((row) => [row.measure.id, { row, linkState: OLD } as DrawnRow]));
const summary = (sections: DrawnSection[]) =>
  sections.map((s) => `${s.area}${s.leaving ? ' (hidden)' : ''}: ${s.rows.map((r) => `${r.drawn.row.measure.id}${r.leaving ? '-' : r.drawn.linkState === NEW ? '*' : ''}`).join(' ')}`);

describe('leavingIds', () => {
  it('lists the rows drawn last time that the new list does not show, in the order they were drawn', () => {
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((id) => aRow(id));
    expect(leavingIds(drawnBefore([a!, b!, c!, d!]), [['send', [d!, b!]]])).toEqual(['A', 'C']);
  });
});

describe('rowsToDraw', () => {
  it('draws the first rows afresh, keeps the later ones as they were, and keeps leaving rows where they were', () => {
    const rows = ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => aRow(id));
    const last = drawnBefore(rows);
    const [a, , c, , e, f] = rows;
    // A filter keeps A, C, E, F; B and D leave. Two rows are drawn afresh (*), the others as before.
    const sections = rowsToDraw([['send', [a!, c!, e!, f!]]], ['send'], 2, NEW, last, ['B', 'D']);
    expect(summary(sections)).toEqual(['send: A* B- C* D- E F']);
    // A row drawn as before is the very object drawn last time, so the memoised row is not drawn again.
    expect(sections[0]!.rows[4]!.drawn).toBe(last.get('E'));
  });

  it('hides a section whose rows all leave, and does not draw a new row before its step', () => {
    const a = aRow('A', 'send');
    const b = aRow('B', 'early-help');
    const c = aRow('C', 'early-help');
    const last = drawnBefore([a, b]);
    // Now only C (never drawn) and A would show; with one row drawn afresh, C waits for its step.
    const sections = rowsToDraw([['early-help', [c]], ['send', [a]]], ['early-help', 'send'], 1, NEW, last, ['B']);
    expect(summary(sections)).toEqual(['early-help: C* B-', 'send: A']);
    const later = rowsToDraw([['send', [a]]], ['early-help', 'send'], 0, NEW, last, ['B']);
    expect(summary(later)).toEqual(['early-help (hidden): B-', 'send: A']);
  });

  it('removes leaving rows once they are no longer passed in', () => {
    const rows = ['A', 'B', 'C'].map((id) => aRow(id));
    expect(summary(rowsToDraw([['send', [rows[1]!]]], ['send'], 60, NEW, drawnBefore(rows), ['C']))).toEqual(['send: B* C-']);
    expect(summary(rowsToDraw([['send', [rows[1]!]]], ['send'], 60, NEW, drawnBefore(rows), []))).toEqual(['send: B*']);
  });
});

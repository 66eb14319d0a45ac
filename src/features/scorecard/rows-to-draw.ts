// Which scorecard rows a render draws, so that answering a click costs as little as possible: the first rows
// (in page order) as they are now, later rows as they were last drawn, and rows that no longer match kept, hidden
// and without the contract's data attributes, until background steps remove them a batch at a time.
import type { ScorecardRow } from '../../domain/scorecard';
import type { UrlState } from '../../ui/navigation/url-state';

export interface DrawnRow {
  row: ScorecardRow;
  linkState: UrlState;
}

interface PlacedRow {
  /** The same object as last time for a row not drawn afresh, so the memoised row is not drawn again. */
  drawn: DrawnRow;
  /** No longer shown: hidden, no data attributes, removed in a later step. */
  leaving: boolean;
}

export interface DrawnSection {
  area: string;
  rows: PlacedRow[];
  /** Every row in it is leaving: the whole section is hidden. */
  leaving: boolean;
}

export type Sections = readonly (readonly [string, readonly ScorecardRow[]])[];

/** The ids the sections show, in page order. */
export function shownIds(sections: Sections): string[] {
  return sections.flatMap(([, rows]) => rows.map((row) => row.measure.id));
}

/** The rows drawn last time (in the order they were drawn) that the new list does not show. */
export function leavingIds(last: ReadonlyMap<string, DrawnRow>, sections: Sections): string[] {
  const shown = new Set(shownIds(sections));
  return [...last.keys()].filter((id) => !shown.has(id));
}

/**
 * What each section draws: its first `fresh` shown rows (in page order) as they are now; later shown rows as
 * they were last drawn, or not yet if they were not drawn before; and the `leaving` rows (ids from `last`) where
 * they were last time, so that no row moves in the page. Sections come in `areaOrder`.
 */
export function rowsToDraw(
  sections: Sections,
  areaOrder: readonly string[],
  fresh: number,
  linkState: UrlState,
  last: ReadonlyMap<string, DrawnRow>,
  leaving: readonly string[],
): DrawnSection[] {
  const lastPosition = new Map<string, number>();
  for (const id of last.keys()) lastPosition.set(id, lastPosition.size);
  const leavingByArea = new Map<string, { id: string; drawn: DrawnRow }[]>();
  for (const id of leaving) {
    const drawn = last.get(id);
    if (!drawn) continue;
    const area = drawn.row.measure.area;
    const inArea = leavingByArea.get(area);
    if (inArea) inArea.push({ id, drawn });
    else leavingByArea.set(area, [{ id, drawn }]);
  }
  const shownByArea = new Map(sections);
  const areas = [...new Set([...areaOrder, ...leavingByArea.keys()])];

  let position = 0;
  const result: DrawnSection[] = [];
  for (const area of areas) {
    const goners = [...(leavingByArea.get(area) ?? [])].reverse();
    const placed: PlacedRow[] = [];
    let shownCount = 0;
    for (const row of shownByArea.get(area) ?? []) {
      const id = row.measure.id;
      const drawn = position++ < fresh ? { row, linkState } : last.get(id);
      if (!drawn) continue;
      // Leaving rows that came before this one last time stay before it.
      const was = lastPosition.get(id);
      if (was !== undefined) {
        for (let goner = goners.at(-1); goner && lastPosition.get(goner.id)! < was; goner = goners.at(-1)) {
          placed.push({ drawn: goner.drawn, leaving: true });
          goners.pop();
        }
      }
      placed.push({ drawn, leaving: false });
      shownCount++;
    }
    for (const goner of goners.reverse()) placed.push({ drawn: goner.drawn, leaving: true });
    if (placed.length > 0) result.push({ area, rows: placed, leaving: shownCount === 0 });
  }
  return result;
}

import { useId, useLayoutEffect, useMemo, useRef } from 'react';
import { areaName } from '../../domain/areas';
import { financialQuarterLabel } from '../../domain/periods';
import type { ScorecardRow } from '../../domain/scorecard';
import { filterScorecard } from '../../domain/scorecard-filters';
import type { FinancialQuarter, GlossaryEntry, Settings } from '../../domain/types';
import { useNavigation } from '../../ui/navigation/ViewLink';
import type { UrlState } from '../../ui/navigation/url-state';
import { useProgressiveCount } from '../../ui/use-progressive-count';
import { COLUMNS, MeasureRow } from './MeasureRow';
import { CLEARED_FILTERS, SORT_LABELS, ScorecardFilters } from './ScorecardFilters';
import { SpcLegend } from './SpcLegend';
import './scorecard.css';

interface ScorecardViewProps {
  rows: readonly ScorecardRow[];
  quarter: FinancialQuarter;
  glossary: readonly GlossaryEntry[];
  settings?: Pick<Settings, 'councilPlanUrl'>;
}

const NO_SETTINGS = { councilPlanUrl: null };

/** Every measure of the quarter, one section per service area, filtered and sorted as the link says. */
export function ScorecardView({ rows, quarter, glossary, settings = NO_SETTINGS }: ScorecardViewProps) {
  const { state, navigate } = useNavigation();
  const searchId = useId();
  const { area, rag, dot, q, sort: requestedSort } = state;
  const result = useMemo(() => filterScorecard(rows, { area, rag, dot, q, sort: requestedSort }), [rows, area, rag, dot, q, requestedSort]);
  const quarterLabel = financialQuarterLabel(quarter);
  // A long scorecard draws its first rows in the paint that answers the click and the rest just after; the
  // measure the reader came back to is always among the first.
  const highlightedAt = state.measure === null ? -1 : orderedIds(result.sections).indexOf(state.measure);
  const drawn = useProgressiveCount(result.shown, result, { first: Math.max(FIRST_ROWS, highlightedAt + 1) });
  // Rows past the first ones keep what they showed until their step comes (a moment later, off screen), so a
  // new quarter or filter neither unmounts nor redraws a thousand rows in the paint that answers the click.
  const lastDrawn = useRef(new Map<string, DrawnRow>());
  const sections = rowsToDraw(result.sections, drawn, state, lastDrawn.current);
  useLayoutEffect(() => {
    lastDrawn.current = new Map(sections.flatMap(([, rows]) => rows.map((drawnRow) => [drawnRow.row.measure.id, drawnRow] as const)));
  });
  const clearAndRefocus = () => {
    navigate(CLEARED_FILTERS);
    document.getElementById(searchId)?.focus();
  };

  return (
    <div className="scorecard">
      <ScorecardFilters areas={result.areas} area={result.unknownArea ? null : area} sort={result.sort} searchId={searchId} />
      {result.unknownSort !== null && (
        <p className="notice">The link&rsquo;s sort &ldquo;{result.unknownSort}&rdquo; is not recognised, so the measures are in reference order.</p>
      )}
      {result.unknownArea !== null && (
        <p className="notice">There is no service area &ldquo;{result.unknownArea}&rdquo; in this data, so every area is shown.</p>
      )}
      <p className="scorecard__count" role="status">
        Showing {result.shown} of {result.total} measures
      </p>
      <SpcLegend />
      {result.shown === 0 && (
        <div className="scorecard__empty">
          <p>No measures match these filters.</p>
          <button type="button" onClick={clearAndRefocus}>
            Clear filters and show every measure
          </button>
        </div>
      )}
      {sections.map(([slug, areaRows]) => (
        <section key={slug} aria-labelledby={`area-${slug}`} className="measure-area">
          <h3 id={`area-${slug}`}>{areaName(slug)}</h3>
          <table className={result.shown > LONG_LIST ? 'measure-table measure-table--long' : 'measure-table'} role="table" aria-busy={drawn < result.shown}>
            <caption className="visually-hidden">
              {areaName(slug)} measures for {quarterLabel}, sorted by {SORT_LABELS[result.sort].toLowerCase()}
            </caption>
            <thead role="rowgroup">
              <tr role="row">
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" role="columnheader">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody role="rowgroup">
              {areaRows.map(({ row, linkState }) => (
                <MeasureRow
                  key={row.measure.id}
                  row={row}
                  linkState={linkState}
                  glossary={glossary}
                  settings={settings}
                  highlighted={row.measure.id === state.measure}
                />
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}

const FIRST_ROWS = 60;
/** Beyond this many rows the browser is told it may skip laying out rows off screen. */
const LONG_LIST = 150;

type Sections = readonly (readonly [string, readonly ScorecardRow[]])[];

function orderedIds(sections: Sections): string[] {
  return sections.flatMap(([, rows]) => rows.map((row) => row.measure.id));
}

interface DrawnRow {
  row: ScorecardRow;
  linkState: UrlState;
}

/**
 * What each section draws: its first `fresh` rows (in page order) as they are now; later rows as they were last
 * drawn (the same objects, so the memoised row is not drawn again), or not yet if they were not drawn before.
 */
function rowsToDraw(sections: Sections, fresh: number, linkState: UrlState, last: ReadonlyMap<string, DrawnRow>): [string, DrawnRow[]][] {
  let position = 0;
  const drawn: [string, DrawnRow[]][] = [];
  for (const [slug, rows] of sections) {
    const areaRows: DrawnRow[] = [];
    for (const row of rows) {
      const now = position++ < fresh ? { row, linkState } : last.get(row.measure.id);
      if (now) areaRows.push(now);
    }
    if (areaRows.length > 0) drawn.push([slug, areaRows]);
  }
  return drawn;
}

import { useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { areaName } from '../../domain/areas';
import { financialQuarterLabel } from '../../domain/periods';
import type { ScorecardRow } from '../../domain/scorecard';
import { filterScorecard } from '../../domain/scorecard-filters';
import type { FinancialQuarter, GlossaryEntry, Settings } from '../../domain/types';
import { useNavigation } from '../../ui/navigation/ViewLink';
import { useProgressiveCount } from '../../ui/use-progressive-count';
import { COLUMNS, MeasureRow } from './MeasureRow';
import { CLEARED_FILTERS, SORT_LABELS, ScorecardFilters } from './ScorecardFilters';
import { SpcLegend } from './SpcLegend';
import { leavingIds, rowsToDraw, shownIds, type DrawnRow } from './rows-to-draw';
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
  const highlightedAt = useMemo(() => (state.measure === null ? -1 : shownIds(result.sections).indexOf(state.measure)), [result, state.measure]);
  // A filter or quarter changed on a scorecard of a council's usual size (up to LONG_LIST measures) is drawn whole in
  // one go. The view's first drawing, at any size, draws a screenful and then the rest, so the page is not held while
  // every row is made and laid out at once.
  const long = result.total > LONG_LIST;
  const first = long ? Math.max(FIRST_ROWS, highlightedAt + 1) : result.total;
  const initial = long ? first : Math.max(FIRST_DRAWING_ROWS, highlightedAt + 1);
  // Rows past the first ones keep what they showed until their step comes (a moment later, off screen), and rows
  // that no longer match are hidden (without their data attributes) and removed a step at a time, so a new quarter
  // or filter neither unmounts nor redraws a thousand rows in the paint that answers the click.
  const lastDrawn = useRef(new Map<string, DrawnRow>());
  const leaving = useMemo(() => leavingIds(lastDrawn.current, result.sections), [result]);
  // One step draws `step` more rows afresh and removes as many leaving ones, until both are done.
  const work = Math.max(result.shown, first + leaving.length);
  // On a short scorecard the first drawing continues a screenful at a time, each step small enough for one frame.
  const drawn = useProgressiveCount(work, result, { first, initial, initialStep: FIRST_DRAWING_ROWS });
  // A row's link keeps only the quarter and the filters (it sets the view and the measure itself): the same object
  // while those stay the same, so opening a measure and coming back (the scorecard kept meanwhile) draws no row again.
  const linkKey = JSON.stringify([state.quarter, area, rag, dot, q, requestedSort]);
  const linkState = useMemo(() => state, [linkKey]);
  const sections = rowsToDraw(result.sections, result.areas, drawn, linkState, lastDrawn.current, leaving.slice(Math.max(0, drawn - first)));
  useLayoutEffect(() => {
    lastDrawn.current = new Map(sections.flatMap((section) => section.rows.map(({ drawn: drawnRow }) => [drawnRow.row.measure.id, drawnRow] as const)));
  });
  // After the shell has focused the view heading (which scrolls to the top), bring the measure the reader came
  // back to into view: one effect for the view rather than one per row.
  const container = useRef<HTMLDivElement>(null);
  const highlighted = state.measure;
  useEffect(() => {
    if (highlighted === null) return;
    const timer = setTimeout(() => {
      const trs = container.current?.querySelectorAll<HTMLElement>('tr[data-measure-id]') ?? [];
      [...trs].find((tr) => tr.dataset.measureId === highlighted)?.scrollIntoView?.({ block: 'center' });
    });
    return () => clearTimeout(timer);
  }, [highlighted]);
  const clearAndRefocus = () => {
    navigate(CLEARED_FILTERS);
    document.getElementById(searchId)?.focus();
  };

  return (
    <div className="scorecard" ref={container}>
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
      {sections.map(({ area: slug, rows: areaRows, leaving: sectionLeaving }) => (
        <section key={slug} aria-labelledby={`area-${slug}`} className="measure-area" hidden={sectionLeaving}>
          <h3 id={`area-${slug}`}>{areaName(slug)}</h3>
          <table className="measure-table" role="table" aria-busy={drawn < work}>
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
              {areaRows.map(({ drawn: { row, linkState }, leaving: rowLeaving }) => (
                <MeasureRow
                  key={row.measure.id}
                  row={row}
                  linkState={linkState}
                  glossary={glossary}
                  settings={settings}
                  highlighted={row.measure.id === state.measure}
                  leaving={rowLeaving}
                />
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}

/** On a long scorecard, the rows drawn in the paint that answers a click: more than any screen shows. */
const FIRST_ROWS = 24;
/**
 * The rows of the view's first drawing (the data has just arrived, or the reader has just opened the scorecard):
 * a screenful. With the page's header, filters and the rest of the view also being laid out for the first time,
 * more rows than this in one go held the page for over 50 ms.
 */
const FIRST_DRAWING_ROWS = 10;
/**
 * Beyond this many measures in the quarter the browser is told it may skip laying out rows off screen. Counted
 * before filtering: were a filter to switch it off, the tick would lay out every row left in one go.
 */
const LONG_LIST = 150;

import { memo, useMemo, type MouseEvent, type ReactNode } from 'react';
import type { ScorecardRow } from '../../domain/scorecard';
import type { GlossaryEntry, Measure, Settings } from '../../domain/types';
import { Abbreviated } from '../../ui/Abbreviated';
import { LinkFrom, useNavigate } from '../../ui/navigation/ViewLink';
import type { UrlState } from '../../ui/navigation/url-state';
import { BenchmarksCell, NotesCell } from './context-cells';
import { DirectionCell, QuarterCell, RatingCell, YtdCell } from './figure-cells';

type CellProps = { row: ScorecardRow; settings: Pick<Settings, 'councilPlanUrl'> };

/** The stacked cells after the measure itself, each under its column heading (and, on a phone, its own label). */
const CELLS: [string, (props: CellProps) => ReactNode][] = [
  ['This quarter', QuarterCell],
  ['Year to date', YtdCell],
  ['Rating, SPC and target', RatingCell],
  ['Direction of travel', DirectionCell],
  ['Benchmarks', BenchmarksCell],
  ['Council Plan and notes', NotesCell],
];

export const COLUMNS = ['Measure', ...CELLS.map(([column]) => column)];

const POLARITY_WORDS: Record<Measure['polarity'], string> = {
  high: 'Good is high',
  low: 'Good is low',
  none: 'Neither high nor low is better',
};

const FREQUENCY_WORDS: Record<Measure['frequency'], string> = { monthly: 'Monthly', quarterly: 'Quarterly', annual: 'Annual' };

interface MeasureRowProps {
  row: ScorecardRow;
  glossary: readonly GlossaryEntry[];
  settings: Pick<Settings, 'councilPlanUrl'>;
  /** The measure the reader last opened: marked (the view scrolls it into view). */
  highlighted: boolean;
  /** The address the row's link starts from (quarter and filters), passed in so an unchanged row is not drawn again. */
  linkState: UrlState;
  /** No longer shown (a filter or quarter changed): hidden, without the contract's data attributes, until removed. */
  leaving?: boolean;
}

/**
 * One measure: a table row on a laptop, a card on a phone (CSS only: never a second copy in the page).
 * The <tr> is the measure's outermost element, so it carries the contract's data attributes.
 */
// Memoised: while a long scorecard draws its later rows, the rows already drawn are not rendered again; and its
// contents are memoised apart from the <tr>, so marking a row highlighted or leaving touches only the <tr>.
export const MeasureRow = memo(function MeasureRow({ row, glossary, settings, highlighted, linkState: state, leaving = false }: MeasureRowProps) {
  const { measure } = row;
  const navigate = useNavigate();
  const title = useMemo(() => <Abbreviated text={measure.title} glossary={glossary} />, [measure.title, glossary]);
  const header = useMemo(() => {
    // The detail keeps the scorecard's filters so its way back can restore them; marking this entry with the
    // measure first means the browser's back button returns to the row, highlighted.
    const markReturnPoint = (event: MouseEvent<HTMLAnchorElement>) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      navigate({ measure: measure.id }, { replace: true });
    };
    return (
      <th scope="row" role="rowheader" className="measure-table__title">
        <span className="sc-measure-ref">{measure.id}</span>{' '}
        <LinkFrom
          from={state}
          className="sc-measure-link"
          to={{ view: 'measure', measure: measure.id, area: state.area, rag: state.rag, dot: state.dot, q: state.q, sort: state.sort }}
          onClick={markReturnPoint}
        >
          {title}
        </LinkFrom>
        <span className="sc-measure-meta">
          {[measure.group, POLARITY_WORDS[measure.polarity], FREQUENCY_WORDS[measure.frequency]].filter(Boolean).join(' · ')}
        </span>
      </th>
    );
  }, [measure, state, title, navigate]);
  // The cells are plain functions (no hooks), called rather than mounted: six fewer components per row to draw
  // and to take down.
  const cells = useMemo(
    () =>
      CELLS.map(([column, cell]) => (
        <td key={column} data-label={column} role="cell">
          {cell({ row, settings })}
        </td>
      )),
    [row, settings],
  );

  return (
    <tr
      role="row"
      className={highlighted ? 'measure-row measure-row--highlighted' : 'measure-row'}
      hidden={leaving}
      data-measure-id={leaving ? undefined : measure.id}
      data-rag={leaving ? undefined : row.rag.rag}
      data-dot={leaving ? undefined : row.dot.judgement}
      data-variation={leaving ? undefined : row.spc.variation.token}
      data-assurance={leaving ? undefined : row.spc.assurance.token}
    >
      {header}
      {cells}
    </tr>
  );
});

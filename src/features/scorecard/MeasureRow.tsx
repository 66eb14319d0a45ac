import { memo, useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
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
  /** The measure the reader last opened: marked, and scrolled to. */
  highlighted: boolean;
  /** The address the row's link starts from (quarter and filters), passed in so an unchanged row is not drawn again. */
  linkState: UrlState;
}

/**
 * One measure: a table row on a laptop, a card on a phone (CSS only: never a second copy in the page).
 * The <tr> is the measure's outermost element, so it carries the contract's data attributes.
 */
// Memoised: while a long scorecard draws its later rows, the rows already drawn are not rendered again.
export const MeasureRow = memo(function MeasureRow({ row, glossary, settings, highlighted, linkState: state }: MeasureRowProps) {
  const { measure } = row;
  const navigate = useNavigate();
  const ref = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (!highlighted) return;
    // After the shell has focused the view heading (which scrolls to the top), bring the measure into view.
    const timer = setTimeout(() => ref.current?.scrollIntoView?.({ block: 'center' }));
    return () => clearTimeout(timer);
  }, [highlighted]);

  // The detail keeps the scorecard's filters so its way back can restore them; marking this entry with the
  // measure first means the browser's back button returns to the row, highlighted.
  const markReturnPoint = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    navigate({ measure: measure.id }, { replace: true });
  };

  return (
    <tr
      ref={ref}
      role="row"
      className={highlighted ? 'measure-row measure-row--highlighted' : 'measure-row'}
      data-measure-id={measure.id}
      data-rag={row.rag.rag}
      data-dot={row.dot.judgement}
      data-variation={row.spc.variation.token}
      data-assurance={row.spc.assurance.token}
    >
      <th scope="row" role="rowheader" className="measure-table__title">
        <span className="sc-measure-ref">{measure.id}</span>{' '}
        <LinkFrom
          from={state}
          className="sc-measure-link"
          to={{ view: 'measure', measure: measure.id, area: state.area, rag: state.rag, dot: state.dot, q: state.q, sort: state.sort }}
          onClick={markReturnPoint}
        >
          <Abbreviated text={measure.title} glossary={glossary} />
        </LinkFrom>
        <span className="sc-measure-meta">
          {[measure.group, POLARITY_WORDS[measure.polarity], FREQUENCY_WORDS[measure.frequency]].filter(Boolean).join(' · ')}
        </span>
      </th>
      {CELLS.map(([column, Cell]) => (
        <td key={column} data-label={column} role="cell">
          <Cell row={row} settings={settings} />
        </td>
      ))}
    </tr>
  );
});

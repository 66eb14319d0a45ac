// Which measures a download covers, from the view on screen: the scorecard's shown (filtered) rows, the
// summary's exceptions (red or getting worse), or the one measure open on the measure page.
import { areaName } from '../../../domain/areas';
import { summaryExceptions } from '../../../domain/performance-summary-exceptions';
import { filterScorecard, hasActiveFilters } from '../../../domain/scorecard-filters';
import type { ScorecardRow } from '../../../domain/scorecard';
import type { ShareContext } from '../SharePanel';

export type SelectionContext = Pick<ShareContext, 'view' | 'index' | 'rows' | 'openMeasure' | 'state'>;

export interface Selection {
  rows: ScorecardRow[];
  /** What was chosen, in words, for the button and the title slide. */
  description: string;
}

/** The scorecard's rows as shown: its filters and sort from the link, in its section order. */
export function scorecardShownRows({ rows, state }: Pick<ShareContext, 'rows' | 'state'>): ScorecardRow[] {
  const filters = { area: state.area, rag: state.rag, dot: state.dot, q: state.q, sort: state.sort };
  return filterScorecard(rows, filters).sections.flatMap(([, sectionRows]) => sectionRows);
}

function scorecardDescription({ rows, state }: Pick<ShareContext, 'rows' | 'state'>): string {
  const area = state.area && rows.some((row) => row.measure.area === state.area) ? areaName(state.area) : 'All areas';
  const narrowed = hasActiveFilters({ area: null, rag: state.rag, dot: state.dot, q: state.q });
  return narrowed ? `${area}, as filtered on the scorecard` : area;
}

export function packSelection(context: SelectionContext): Selection {
  switch (context.view) {
    case 'measure':
      return { rows: context.openMeasure ? [context.openMeasure] : [], description: context.openMeasure?.measure.id ?? 'No measure' };
    case 'summary':
      // The summary's own list of exceptions, in its order: worst kind first, then measures.csv order.
      return { rows: summaryExceptions(context.index, context.rows).map((e) => e.row), description: 'All exceptions (red or getting worse)' };
    case 'scorecard':
      return { rows: scorecardShownRows(context), description: scorecardDescription(context) };
  }
}

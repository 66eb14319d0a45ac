import { useId, useMemo } from 'react';
import { areaName } from '../../domain/areas';
import { financialQuarterLabel } from '../../domain/periods';
import type { ScorecardRow } from '../../domain/scorecard';
import { filterScorecard } from '../../domain/scorecard-filters';
import type { FinancialQuarter, GlossaryEntry, Settings } from '../../domain/types';
import { useNavigation } from '../../ui/navigation/ViewLink';
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
      {result.sections.map(([slug, areaRows]) => (
        <section key={slug} aria-labelledby={`area-${slug}`} className="measure-area">
          <h3 id={`area-${slug}`}>{areaName(slug)}</h3>
          <table className="measure-table">
            <caption className="visually-hidden">
              {areaName(slug)} measures for {quarterLabel}, sorted by {SORT_LABELS[result.sort].toLowerCase()}
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {areaRows.map((row) => (
                <MeasureRow key={row.measure.id} row={row} glossary={glossary} settings={settings} highlighted={row.measure.id === state.measure} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}

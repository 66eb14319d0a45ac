import { useMemo } from 'react';
import { financialQuarterLabel } from '../../domain/periods';
import { performanceSummary } from '../../domain/performance-summary';
import { RATING_KEY } from '../../domain/performance-summary-text';
import type { DatasetIndex, ScorecardRow } from '../../domain/scorecard';
import type { FinancialQuarter, GlossaryEntry } from '../../domain/types';
import { ExceptionList } from './ExceptionList';
import { RatingTallyTable } from './RatingTallyTable';
import { SummaryParagraph } from './SummaryParagraph';
import './summary.css';

interface SummaryViewProps {
  index: DatasetIndex;
  quarter: FinancialQuarter;
  rows: readonly ScorecardRow[];
  glossary: readonly GlossaryEntry[];
}

/** "Performance on a page": the quarter in a paragraph, the counts by area, and what is red or getting worse. */
export function SummaryView({ index, quarter, rows, glossary }: SummaryViewProps) {
  const summary = useMemo(() => performanceSummary(index, quarter, rows), [index, quarter, rows]);
  const quarterLabel = financialQuarterLabel(quarter);
  return (
    <div className="summary">
      <section aria-labelledby="summary-brief" className="summary__brief">
        <h3 id="summary-brief">The quarter in brief</h3>
        <SummaryParagraph parts={summary.paragraph} glossary={glossary} />
        <p className="summary__key">{RATING_KEY}</p>
      </section>

      <section aria-labelledby="summary-tally">
        <h3 id="summary-tally">Ratings by service area</h3>
        <RatingTallyTable areas={summary.areas} total={summary.total} quarterLabel={quarterLabel} previousLabel={summary.previousLabel} previousKey={summary.previousKey} />
      </section>

      <section aria-labelledby="summary-exceptions">
        <h3 id="summary-exceptions">Red or getting worse</h3>
        <ExceptionList exceptions={summary.exceptions} glossary={glossary} />
      </section>

      <section aria-labelledby="summary-areas">
        <h3 id="summary-areas">Each service area</h3>
        {summary.areas.map((area) => (
          <section key={area.area} aria-labelledby={`summary-area-${area.area}`} className="summary__area">
            <h4 id={`summary-area-${area.area}`}>{area.name}</h4>
            <SummaryParagraph parts={area.paragraph} glossary={glossary} />
          </section>
        ))}
      </section>
    </div>
  );
}

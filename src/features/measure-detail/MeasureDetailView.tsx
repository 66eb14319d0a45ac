import { useMemo } from 'react';
import { expectedPeriod } from '../../domain/current-value';
import { commentaryOf, observationsOf, targetOf } from '../../domain/dataset-index';
import { quarterEnd, yearLabelOf } from '../../domain/periods';
import type { DatasetIndex, ScorecardRow } from '../../domain/scorecard';
import { trendChart } from '../../domain/trend-chart';
import type { GlossaryEntry, Settings } from '../../domain/types';
import { ViewLink } from '../../ui/navigation/ViewLink';
import { AboutMeasure } from './AboutMeasure';
import { CommentaryList } from './Commentary';
import { Comparison } from './Comparison';
import { Headline } from './Headline';
import { HistoryTable } from './HistoryTable';
import { historyRows } from './history-rows';
import { QueryLink } from './QueryLink';
import { TrendChartFigure } from './TrendChartFigure';
import './measure-detail.css';

interface MeasureDetailViewProps {
  row: ScorecardRow;
  index: DatasetIndex;
  settings: Settings;
  glossary: readonly GlossaryEntry[];
}

/** One measure in depth: why it is rated as it is, its trend, how it compares, and who to ask. */
export function MeasureDetailView({ row, index, settings, glossary }: MeasureDetailViewProps) {
  const { measure, quarter } = row;
  const detail = useMemo(() => {
    const observations = observationsOf(index, measure.id);
    // With no row this quarter, the target and the chart are still those of the period that was due.
    const periodDue = row.period ?? expectedPeriod(measure, quarter);
    const targetYear = periodDue && yearLabelOf(periodDue);
    const target = row.target ?? (targetYear ? targetOf(index, measure.id, targetYear) : null);
    const end = quarterEnd(quarter);
    return {
      periodDue,
      targetYear,
      target,
      chart: trendChart({ measure, observations, quarter, target, benchmark: row.benchmark }),
      history: historyRows(index, measure, observations, quarter),
      commentary: commentaryOf(index, measure.id)
        .filter((comment) => comment.period.end <= end)
        .slice()
        .sort((a, b) => b.period.end - a.period.end),
    };
  }, [index, measure, quarter, row]);

  return (
    <div className="measure-detail" data-measure-id={measure.id} data-rag={row.rag.rag} data-dot={row.dot.judgement}>
      <p className="measure-detail__back">
        <ViewLink to={{ view: 'scorecard', measure: measure.id, area: measure.area }}>Back to the scorecard</ViewLink>
      </p>
      <Headline row={row} periodDue={detail.periodDue} target={detail.target} targetYear={detail.targetYear} />
      <section className="measure-detail__section" aria-labelledby="measure-trend">
        <h3 id="measure-trend">{measure.frequency === 'annual' ? 'History' : 'Year to date against last year'}</h3>
        <TrendChartFigure chart={detail.chart} measure={measure} />
      </section>
      <Comparison row={row} />
      <section className="measure-detail__section" aria-labelledby="measure-history">
        <h3 id="measure-history">Full history</h3>
        {detail.history.length > 0 ? <HistoryTable rows={detail.history} title={`${measure.id}: every ${measure.frequency === 'annual' ? 'year' : 'period'} to the quarter shown`} /> : <p>No figures have been published yet.</p>}
      </section>
      <CommentaryList commentary={detail.commentary} />
      <AboutMeasure measure={measure} settings={settings} glossary={glossary} />
      <QueryLink row={row} queryEmail={settings.queryEmail} />
    </div>
  );
}

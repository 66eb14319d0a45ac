import { useMemo } from 'react';
import { expectedPeriod } from '../../domain/current-value';
import { commentaryOf, observationsOf, targetOf } from '../../domain/dataset-index';
import { periodName, quarterEnd, yearLabelOf } from '../../domain/periods';
import { spcChart } from '../../domain/spc-chart';
import { seasonalChart } from '../../domain/spc-chart-seasonal';
import { seasonalView } from '../../domain/spc-seasonal';
import type { DatasetIndex, ScorecardRow } from '../../domain/scorecard';
import { trendChart } from '../../domain/trend-chart';
import type { GlossaryEntry, Observation, Settings } from '../../domain/types';
import { ViewLink } from '../../ui/navigation/ViewLink';
import { useAfterFirstPaint } from '../../ui/use-after-first-paint';
import { AboutMeasure } from './AboutMeasure';
import { CommentaryList } from './Commentary';
import { Comparison } from './Comparison';
import { Headline } from './Headline';
import { HistoryTable } from './HistoryTable';
import { historyRows, LONG_HISTORY } from './history-rows';
import { QueryLink } from './QueryLink';
import { SpcSection } from './SpcChartFigure';
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
    const seasons = periodDue && seasonalView(measure, observations, periodDue);
    return {
      observations,
      periodDue,
      targetYear,
      target,
      chart: trendChart({ measure, observations, quarter, target, benchmark: row.benchmark }),
      seasonal: seasons ? seasonalChart(seasons, measure) : null,
    };
  }, [index, measure, quarter, row]);
  // Ten years of monthly figures make a long SPC chart and history table: the headline and trend come first.
  const rest = useAfterFirstPaint(measure.id, detail.observations.length <= LONG_HISTORY);

  return (
    <div
      className="measure-detail"
      data-measure-id={measure.id} data-rag={row.rag.rag} data-dot={row.dot.judgement}
      data-variation={row.spc.variation.token}
      data-assurance={row.spc.assurance.token}
    >
      <p className="measure-detail__back">
        <ViewLink to={{ view: 'scorecard', measure: measure.id, area: measure.area }}>Back to the scorecard</ViewLink>
      </p>
      <Headline row={row} periodDue={detail.periodDue} target={detail.target} targetYear={detail.targetYear} />
      <section className="measure-detail__section" aria-labelledby="measure-trend">
        <h3 id="measure-trend">{measure.frequency === 'annual' ? 'History' : 'Year to date against last year'}</h3>
        <TrendChartFigure chart={detail.chart} seasonal={detail.seasonal} measure={measure} />
      </section>
      {rest ? (
        <MeasureDetailRest row={row} index={index} settings={settings} glossary={glossary} observations={detail.observations} />
      ) : (
        <p role="status">Drawing the full history…</p>
      )}
    </div>
  );
}

/** Everything below the trend: is it a real change, how it compares, the full history, comments and contacts. */
function MeasureDetailRest({ row, index, settings, glossary, observations }: MeasureDetailViewProps & { observations: readonly Observation[] }) {
  const { measure, quarter } = row;
  const rest = useMemo(() => {
    const end = quarterEnd(quarter);
    return {
      spc: spcChart(row.spc, measure, row.target),
      history: historyRows(index, measure, observations, quarter),
      commentary: commentaryOf(index, measure.id)
        .filter((comment) => comment.period.end <= end)
        .slice()
        .sort((a, b) => b.period.end - a.period.end),
    };
  }, [index, measure, observations, quarter, row]);
  return (
    <>
      <SpcSection chart={rest.spc} measure={measure} upTo={row.spc.latest ? periodName(row.spc.latest.period) : null} />
      <Comparison row={row} />
      <section className="measure-detail__section" aria-labelledby="measure-history">
        <h3 id="measure-history">Full history</h3>
        {rest.history.length > 0 ? <HistoryTable rows={rest.history} title={`${measure.id}: every ${measure.frequency === 'annual' ? 'year' : 'period'} to the quarter shown`} /> : <p>No figures have been published yet.</p>}
      </section>
      <CommentaryList commentary={rest.commentary} />
      <AboutMeasure measure={measure} settings={settings} glossary={glossary} />
      <QueryLink row={row} queryEmail={settings.queryEmail} />
    </>
  );
}

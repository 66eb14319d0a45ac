import { useState } from 'react';
import type { SeasonalChart } from '../../domain/spc-chart-seasonal';
import type { TrendChart } from '../../domain/trend-chart';
import type { Measure } from '../../domain/types';
import { ChartKey } from './ChartKey';
import { SeasonalKey, SeasonalPlot } from './SeasonalPlot';
import { TrendPlot } from './TrendPlot';
import { useNarrow } from './use-narrow';

/** "December 2024 ([c] confidential: ...); April 2023, May 2023 (no figure supplied)". */
function gapsByReason(chart: TrendChart): string {
  const byReason = new Map<string, string[]>();
  for (const gap of chart.gaps) byReason.set(gap.reason, [...(byReason.get(gap.reason) ?? []), gap.period]);
  return [...byReason].map(([reason, periods]) => `${periods.join(', ')} (${reason})`).join('; ');
}

/**
 * Recharts draws the picture; the caption and the history table carry the same facts in words. For a monthly
 * or quarterly measure a toggle button lays the same month of each year side by side instead.
 */
export function TrendChartFigure({ chart, seasonal, measure }: { chart: TrendChart; seasonal: SeasonalChart | null; measure: Measure }) {
  const [bySeason, setBySeason] = useState(false);
  const narrow = useNarrow();
  const showSeasons = bySeason && seasonal !== null;
  return (
    <>
      {seasonal && (
        <p className="trend-chart__options">
          <button type="button" className="trend-chart__toggle" aria-pressed={bySeason} onClick={() => setBySeason((on) => !on)}>
            Compare the same {seasonal.each} each year
          </button>
        </p>
      )}
      <figure className="trend-chart" aria-labelledby="trend-chart-title" data-chart={showSeasons ? 'seasonal' : chart.kind}>
        {showSeasons ? (
          <figcaption>
            <p id="trend-chart-title" className="trend-chart__title">
              The same {seasonal.each} each year, one line per year
            </p>
            <p className="trend-chart__summary">{seasonal.summary} Every figure is in the full history table below.</p>
            <SeasonalKey chart={seasonal} target={chart.target} />
          </figcaption>
        ) : (
          <figcaption>
            <p id="trend-chart-title" className="trend-chart__title">
              {chart.title}
            </p>
            <p className="trend-chart__summary">{chart.summary}</p>
            <ChartKey chart={chart} />
            {chart.gaps.length > 0 && <p className="trend-chart__gaps">Gaps in the lines, never plotted as zero: {gapsByReason(chart)}.</p>}
            {chart.breaks.map((b) => (
              <p key={`${b.line}-${b.index}`} className="trend-chart__break">
                [b] Break in series at {b.period}: the line starts again there, because figures before and after are not directly comparable.
              </p>
            ))}
          </figcaption>
        )}
        {showSeasons ? <SeasonalPlot chart={seasonal} target={chart.target} measure={measure} narrow={narrow} /> : <TrendPlot chart={chart} measure={measure} narrow={narrow} />}
      </figure>
    </>
  );
}

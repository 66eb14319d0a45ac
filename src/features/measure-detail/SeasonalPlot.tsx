import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../domain/format-value';
import type { SeasonalChart } from '../../domain/spc-chart-seasonal';
import type { TrendChart } from '../../domain/trend-chart';
import type { Measure } from '../../domain/types';
import { LineSwatch, TARGET_DASH, seasonStyle, targetLine } from './chart-styles';
import { PlotBox } from './PlotBox';

type Datum = Record<string, string | number | null>;

const yearKey = (i: number) => `year-${i}`;

function SeasonalTooltip({ active, payload, chart }: { active: boolean; payload: readonly { payload?: unknown }[] | undefined; chart: SeasonalChart }) {
  const index = (payload?.[0]?.payload as { index?: unknown } | undefined)?.index;
  if (!active || typeof index !== 'number') return null;
  return (
    <div className="trend-chart__tooltip">
      <p className="trend-chart__tooltip-label">{chart.groupNames[index]}</p>
      {chart.lines.map((line) => (
        <p key={line.year}>
          {line.year}: {line.texts[index] ?? 'no figure supplied'}
        </p>
      ))}
    </div>
  );
}

/** The key for the seasonal view: one entry per year, its pattern drawn and named. */
export function SeasonalKey({ chart, target }: { chart: SeasonalChart; target: TrendChart['target'] }) {
  return (
    <ul className="trend-chart__key" aria-label="Key">
      {chart.lines.map((line, i) => {
        const style = seasonStyle(i, chart.lines.length);
        return (
          <li key={line.year}>
            <LineSwatch stroke={style.stroke} dash={style.dash} /> {line.year} ({style.pattern})
          </li>
        );
      })}
      {target && (
        <li>
          <LineSwatch stroke="var(--chart-target)" dash={TARGET_DASH} width={2} /> Target for {target.year}: {target.text} (long dashes)
        </li>
      )}
    </ul>
  );
}

/** The same month (or quarter) of each year side by side: x is the month of the year, one line per year. */
export function SeasonalPlot({ chart, target, measure, narrow }: { chart: SeasonalChart; target: TrendChart['target']; measure: Measure; narrow: boolean }) {
  const data: Datum[] = chart.axisLabels.map((label, index) => {
    const datum: Datum = { label, index };
    chart.lines.forEach((line, i) => (datum[yearKey(i)] = line.values[index] ?? null));
    return datum;
  });
  const tick = (value: number) => formatNumber(value, measure.unit, Number.isInteger(value) ? 0 : measure.decimals);
  return (
    <PlotBox kind="trend" className="trend-chart__plot">
        <LineChart data={data} margin={{ top: 24, right: narrow ? 12 : 32, bottom: 8, left: narrow ? 0 : 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis dataKey="label" interval={narrow && chart.axisLabels.length > 6 ? 2 : 0} padding={{ left: 12, right: 12 }} tick={{ fill: 'var(--chart-text)' }} />
          <YAxis domain={['auto', 'auto']} padding={{ top: 28, bottom: 28 }} tickFormatter={tick} width={narrow ? 52 : 72} tick={{ fill: 'var(--chart-text)' }} />
          {targetLine(target)}
          {chart.lines.map((line, i) => {
            const style = seasonStyle(i, chart.lines.length);
            return (
              <Line
                key={line.year}
                dataKey={yearKey(i)}
                name={line.year}
                stroke={style.stroke}
                strokeWidth={i === chart.lines.length - 1 ? 3 : 2}
                strokeDasharray={style.dash}
                dot={{ r: 3.5, fill: style.hollow ? 'var(--chart-surface)' : style.stroke, strokeWidth: 2 }}
                connectNulls={false}
                isAnimationActive={false}
              />
            );
          })}
          <Tooltip content={(props) => <SeasonalTooltip active={props.active} payload={props.payload} chart={chart} />} />
        </LineChart>
    </PlotBox>
  );
}

import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, unitLabel } from '../../domain/format-value';
import type { TrendChart, TrendLine, TrendMark } from '../../domain/trend-chart';
import type { Measure } from '../../domain/types';

// Lines differ by dash pattern and dot shape as well as colour, so the chart survives greyscale printing.
const LINE_STYLES: Record<TrendLine['key'], { stroke: string; dash?: string; hollow: boolean; pattern: string }> = {
  'this-year': { stroke: 'var(--chart-this-year)', hollow: false, pattern: 'solid line, filled dots' },
  'last-year': { stroke: 'var(--chart-last-year)', dash: '7 4', hollow: true, pattern: 'dashed line, hollow dots' },
  history: { stroke: 'var(--chart-this-year)', hollow: false, pattern: 'solid line, filled dots' },
};
const TARGET_DASH = '12 4';
const BENCHMARK_DASH = '2 3';
// Three benchmarks often sit close together: their labels are spread across the width so they do not overlap.
const BENCHMARK_LABEL_POSITIONS = ['insideTopLeft', 'insideTop', 'insideTopRight'] as const;
// Reference labels sit under the data lines (Recharts draws lines at z-index 400), so no label hides a point.
const REFERENCE_LABEL_Z = 350;

type Datum = Record<string, string | number | null>;

const seriesKey = (line: TrendLine, segment: number) => `${line.key}-${segment}`;
const textKey = (line: TrendLine) => `${line.key}-text`;

function segmentsOf(line: TrendLine): number[] {
  const last = Math.max(0, ...line.points.map((p) => p?.segment ?? 0));
  return Array.from({ length: last + 1 }, (_, i) => i);
}

function chartData(chart: TrendChart): Datum[] {
  return chart.axisLabels.map((label, index) => {
    const datum: Datum = { label };
    for (const line of chart.lines) {
      const point = line.points[index] ?? null;
      for (const segment of segmentsOf(line)) datum[seriesKey(line, segment)] = point && point.segment === segment ? point.value : null;
      datum[textKey(line)] = point ? `${point.text} (${point.period})` : null;
    }
    return datum;
  });
}

interface TrendTooltipProps {
  active: boolean;
  payload: readonly { payload?: unknown }[] | undefined;
  label: string | number | undefined;
  chart: TrendChart;
}

function TrendTooltip({ active, payload, label, chart }: TrendTooltipProps) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  return (
    <div className="trend-chart__tooltip">
      <p className="trend-chart__tooltip-label">{label}</p>
      {chart.lines.map((line) => (
        <p key={line.key}>
          {line.name}: {datum[textKey(line)] ?? 'no figure'}
        </p>
      ))}
    </div>
  );
}

function ExtremeDot({ chart, line, mark, kind }: { chart: TrendChart; line: TrendLine; mark: TrendMark; kind: 'high' | 'low' }) {
  const style = LINE_STYLES[line.key];
  const name = chart.kind === 'history' ? (kind === 'high' ? 'High' : 'Low') : `${line.name} ${kind}`;
  return (
    <ReferenceDot
      x={chart.axisLabels[mark.index]}
      y={mark.value}
      r={6}
      fill={style.hollow ? 'var(--chart-surface)' : style.stroke}
      stroke={style.stroke}
      strokeWidth={2}
      label={{ value: `${name}: ${mark.text}`, position: kind === 'high' ? 'top' : 'bottom', className: 'trend-chart__mark-label' }}
    />
  );
}

/** "December 2024 ([c] confidential: ...); April 2023, May 2023 (no figure supplied)". */
function gapsByReason(chart: TrendChart): string {
  const byReason = new Map<string, string[]>();
  for (const gap of chart.gaps) byReason.set(gap.reason, [...(byReason.get(gap.reason) ?? []), gap.period]);
  return [...byReason].map(([reason, periods]) => `${periods.join(', ')} (${reason})`).join('; ');
}

/** Recharts draws the picture; the caption and the history table carry the same facts in words. */
export function TrendChartFigure({ chart, measure }: { chart: TrendChart; measure: Measure }) {
  const data = chartData(chart);
  const tick = (value: number) => formatNumber(value, measure.unit, Number.isInteger(value) ? 0 : measure.decimals);
  const band = chart.target && chart.tolerance ? [chart.target.value, chart.tolerance.value].sort((a, b) => a - b) : null;
  return (
    <figure className="trend-chart" aria-labelledby="trend-chart-title">
      <figcaption>
        <p id="trend-chart-title" className="trend-chart__title">
          {chart.title}
        </p>
        <p className="trend-chart__summary">{chart.summary}</p>
        <ChartKey chart={chart} />
        {chart.gaps.length > 0 && (
          <p className="trend-chart__gaps">
            Gaps in the lines, never plotted as zero: {gapsByReason(chart)}.
          </p>
        )}
        {chart.breaks.map((b) => (
          <p key={`${b.line}-${b.index}`} className="trend-chart__break">
            [b] Break in series at {b.period}: the line starts again there, because figures before and after are not directly comparable.
          </p>
        ))}
      </figcaption>
      <div className="trend-chart__plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 24, right: 32, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            <XAxis dataKey="label" interval={0} padding={{ left: 32, right: 40 }} tick={{ fill: 'var(--chart-text)' }} />
            <YAxis
              domain={['auto', 'auto']}
              padding={{ top: 28, bottom: 28 }}
              tickFormatter={tick}
              width={72}
              tick={{ fill: 'var(--chart-text)' }}
              label={measure.unit === 'percent' ? undefined : { value: unitLabel(measure.unit), angle: -90, position: 'insideLeft', fill: 'var(--chart-text)' }}
            />
            {band && <ReferenceArea y1={band[0]} y2={band[1]} fill="var(--chart-tolerance)" fillOpacity={0.35} ifOverflow="extendDomain" />}
            {chart.target && (
              <ReferenceLine
                y={chart.target.value}
                stroke="var(--chart-target)"
                strokeWidth={2}
                strokeDasharray={TARGET_DASH}
                ifOverflow="extendDomain"
                label={{ value: `Target ${chart.target.text}`, position: 'insideBottomRight', className: 'trend-chart__ref-label', zIndex: REFERENCE_LABEL_Z }}
              />
            )}
            {chart.benchmarks.map((benchmark, i) => (
              <ReferenceLine
                key={benchmark.comparator}
                y={benchmark.value}
                stroke="var(--chart-benchmark)"
                strokeDasharray={BENCHMARK_DASH}
                ifOverflow="extendDomain"
                label={{ value: `${benchmark.name} ${benchmark.year}: ${benchmark.text}`, position: BENCHMARK_LABEL_POSITIONS[i], className: 'trend-chart__ref-label', zIndex: REFERENCE_LABEL_Z }}
              />
            ))}
            {chart.breaks.map((b) => (
              <ReferenceLine key={`${b.line}-${b.index}`} x={chart.axisLabels[b.index]} stroke="var(--chart-text)" strokeDasharray="4 4" label={{ value: '[b]', position: 'top' }} />
            ))}
            {chart.lines.flatMap((line) =>
              segmentsOf(line).map((segment) => {
                const style = LINE_STYLES[line.key];
                return (
                  <Line
                    key={seriesKey(line, segment)}
                    dataKey={seriesKey(line, segment)}
                    name={line.name}
                    stroke={style.stroke}
                    strokeWidth={line.key === 'last-year' ? 2 : 3}
                    strokeDasharray={style.dash}
                    dot={{ r: 3.5, fill: style.hollow ? 'var(--chart-surface)' : style.stroke, strokeWidth: 2 }}
                    connectNulls={false}
                    isAnimationActive={false}
                  />
                );
              }),
            )}
            {chart.lines.flatMap((line) => [
              line.high && <ExtremeDot key={`${line.key}-high`} chart={chart} line={line} mark={line.high} kind="high" />,
              line.low && <ExtremeDot key={`${line.key}-low`} chart={chart} line={line} mark={line.low} kind="low" />,
            ])}
            <Tooltip content={(props) => <TrendTooltip active={props.active} payload={props.payload} label={props.label} chart={chart} />} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** The key, in HTML: each line's pattern is drawn as well as named. */
function ChartKey({ chart }: { chart: TrendChart }) {
  const swatch = (stroke: string, dash?: string, width = 3) => (
    <svg className="trend-chart__swatch" viewBox="0 0 36 10" width="36" height="10" aria-hidden="true" focusable="false">
      <line x1="0" y1="5" x2="36" y2="5" stroke={stroke} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
  return (
    <ul className="trend-chart__key" aria-label="Key">
      {chart.lines.map((line) => (
        <li key={line.key}>
          {swatch(LINE_STYLES[line.key].stroke, LINE_STYLES[line.key].dash)} {line.name} ({LINE_STYLES[line.key].pattern})
        </li>
      ))}
      {chart.target && (
        <li>
          {swatch('var(--chart-target)', TARGET_DASH, 2)} Target for {chart.target.year}: {chart.target.text} (long dashes)
        </li>
      )}
      {chart.target && chart.tolerance && (
        <li>
          <svg className="trend-chart__swatch" viewBox="0 0 36 10" width="36" height="10" aria-hidden="true" focusable="false">
            <rect x="0" y="0" width="36" height="10" fill="var(--chart-tolerance)" fillOpacity={0.35} />
          </svg>{' '}
          Amber band: between the target {chart.target.text} and the tolerance {chart.tolerance.text} (shaded)
        </li>
      )}
      {chart.benchmarks.length > 0 && (
        <li>
          {swatch('var(--chart-benchmark)', BENCHMARK_DASH, 2)} Benchmarks for {chart.benchmarks[0]!.year} (dotted):{' '}
          {chart.benchmarks.map((b) => `${b.name} ${b.text}`).join(', ')}
        </li>
      )}
      {chart.lines.some((line) => line.high) && <li>Large dots mark each line’s highest and lowest point.</li>}
    </ul>
  );
}

import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, unitLabel } from '../../domain/format-value';
import type { TrendChart, TrendLine, TrendMark } from '../../domain/trend-chart';
import type { Measure } from '../../domain/types';
import { BENCHMARK_DASH, LINE_STYLES, REFERENCE_LABEL_Z, targetLine } from './chart-styles';
import { TrendTooltip } from './TrendTooltip';
import { PlotBox } from './PlotBox';

// Three benchmarks often sit close together: on a wide screen their labels are spread across the width.
const BENCHMARK_LABEL_POSITIONS = ['insideTopLeft', 'insideTop', 'insideTopRight'] as const;

type Datum = Record<string, string | number | null>;

const seriesKey = (line: TrendLine, segment: number) => `${line.key}-${segment}`;

function segmentsOf(line: TrendLine): number[] {
  const last = Math.max(0, ...line.points.map((p) => p?.segment ?? 0));
  return Array.from({ length: last + 1 }, (_, i) => i);
}

function chartData(chart: TrendChart): Datum[] {
  return chart.axisLabels.map((label, index) => {
    const datum: Datum = { label, index };
    for (const line of chart.lines) {
      const point = line.points[index] ?? null;
      for (const segment of segmentsOf(line)) datum[seriesKey(line, segment)] = point && point.segment === segment ? point.value : null;
    }
    return datum;
  });
}

function ExtremeDot({ chart, line, mark, kind, narrow }: { chart: TrendChart; line: TrendLine; mark: TrendMark; kind: 'high' | 'low'; narrow: boolean }) {
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
      label={{ value: narrow ? mark.text : `${name}: ${mark.text}`, position: kind === 'high' ? 'top' : 'bottom', className: 'trend-chart__mark-label' }}
    />
  );
}

/** The year-on-year (or yearly history) picture. On a narrow screen: fewer ticks, and benchmark names only in the key. */
export function TrendPlot({ chart, measure, narrow }: { chart: TrendChart; measure: Measure; narrow: boolean }) {
  const data = chartData(chart);
  const tick = (value: number) => formatNumber(value, measure.unit, Number.isInteger(value) ? 0 : measure.decimals);
  const band = chart.target && chart.tolerance ? [chart.target.value, chart.tolerance.value].sort((a, b) => a - b) : null;
  return (
    <PlotBox kind="trend" className="trend-chart__plot">
        <LineChart data={data} margin={{ top: 24, right: narrow ? 12 : 32, bottom: 8, left: narrow ? 0 : 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis
            dataKey="label"
            interval={narrow && chart.axisLabels.length > 6 ? 2 : 0}
            padding={narrow ? { left: 12, right: 12 } : { left: 32, right: 40 }}
            tick={{ fill: 'var(--chart-text)' }}
          />
          <YAxis
            domain={['auto', 'auto']}
            padding={{ top: 28, bottom: 28 }}
            tickFormatter={tick}
            width={narrow ? 52 : 72}
            tick={{ fill: 'var(--chart-text)' }}
            label={measure.unit === 'percent' || narrow ? undefined : { value: unitLabel(measure.unit), angle: -90, position: 'insideLeft', fill: 'var(--chart-text)' }}
          />
          {band && <ReferenceArea y1={band[0]} y2={band[1]} fill="var(--chart-tolerance)" fillOpacity={0.35} ifOverflow="extendDomain" />}
          {targetLine(chart.target)}
          {chart.benchmarks.map((benchmark, i) => (
            <ReferenceLine
              key={benchmark.comparator}
              y={benchmark.value}
              stroke="var(--chart-benchmark)"
              strokeDasharray={BENCHMARK_DASH}
              ifOverflow="extendDomain"
              label={
                narrow
                  ? undefined
                  : {
                      value: `${benchmark.name} ${benchmark.year}: ${benchmark.text}`,
                      position: BENCHMARK_LABEL_POSITIONS[i],
                      className: 'trend-chart__ref-label',
                      zIndex: REFERENCE_LABEL_Z,
                    }
              }
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
            line.high && <ExtremeDot key={`${line.key}-high`} chart={chart} line={line} mark={line.high} kind="high" narrow={narrow} />,
            line.low && <ExtremeDot key={`${line.key}-low`} chart={chart} line={line} mark={line.low} kind="low" narrow={narrow} />,
          ])}
          <Tooltip content={(props) => <TrendTooltip active={props.active} payload={props.payload} label={props.label} chart={chart} />} />
        </LineChart>
    </PlotBox>
  );
}

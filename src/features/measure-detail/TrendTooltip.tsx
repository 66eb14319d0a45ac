import type { TrendChart, TrendLine } from '../../domain/trend-chart';

/** What each line shows at an axis position: the figure, why there is none ("[c] suppressed"), or not yet due. */
export function pointNote(chart: TrendChart, line: TrendLine, index: number): string {
  const point = line.points[index] ?? null;
  if (point) return `${point.text} (${point.period})`;
  const gap = chart.gaps.find((g) => g.line === line.name && g.index === index);
  return gap ? `${gap.short} (${gap.period})` : 'not due yet';
}

interface TrendTooltipProps {
  active: boolean;
  payload: readonly { payload?: unknown }[] | undefined;
  label: string | number | undefined;
  chart: TrendChart;
}

export function TrendTooltip({ active, payload, label, chart }: TrendTooltipProps) {
  const index = (payload?.[0]?.payload as { index?: unknown } | undefined)?.index;
  if (!active || typeof index !== 'number') return null;
  return (
    <div className="trend-chart__tooltip">
      <p className="trend-chart__tooltip-label">{label}</p>
      {chart.lines.map((line) => (
        <p key={line.key}>
          {line.name}: {pointNote(chart, line, index)}
        </p>
      ))}
    </div>
  );
}

import type { TrendChart } from '../../domain/trend-chart';
import { BENCHMARK_DASH, LINE_STYLES, LineSwatch, TARGET_DASH } from './chart-styles';

/** The trend chart's key, in HTML: each line's pattern is drawn as well as named, and the benchmarks are named here, not on the chart. */
export function ChartKey({ chart }: { chart: TrendChart }) {
  return (
    <ul className="trend-chart__key" aria-label="Key">
      {chart.lines.map((line) => (
        <li key={line.key}>
          <LineSwatch stroke={LINE_STYLES[line.key].stroke} dash={LINE_STYLES[line.key].dash} /> {line.name} ({LINE_STYLES[line.key].pattern})
        </li>
      ))}
      {chart.target && (
        <li>
          <LineSwatch stroke="var(--chart-target)" dash={TARGET_DASH} width={2} /> Target for {chart.target.year}: {chart.target.text} (long dashes)
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
          <LineSwatch stroke="var(--chart-benchmark)" dash={BENCHMARK_DASH} width={2} /> Benchmarks for {chart.benchmarks[0]!.year} (dotted lines):{' '}
          {chart.benchmarks.map((b) => `${b.name} ${b.text}`).join(', ')}
        </li>
      )}
      {chart.lines.some((line) => line.high) && <li>Large dots mark each line’s highest and lowest point.</li>}
    </ul>
  );
}

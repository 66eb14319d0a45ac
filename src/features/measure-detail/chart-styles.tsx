import { ReferenceLine } from 'recharts';

// How the measure page's charts draw their lines. Lines differ by dash pattern and dot shape as well as
// colour, so each chart survives greyscale printing; the keys (ChartKey, SpcKey) draw and name the same patterns.
import type { TrendLine } from '../../domain/trend-chart';

export interface LineStyle {
  stroke: string;
  dash?: string;
  hollow: boolean;
  /** The pattern in words, for the key. */
  pattern: string;
}

export const LINE_STYLES: Record<TrendLine['key'], LineStyle> = {
  'this-year': { stroke: 'var(--chart-this-year)', hollow: false, pattern: 'solid line, filled dots' },
  'last-year': { stroke: 'var(--chart-last-year)', dash: '7 4', hollow: true, pattern: 'dashed line, hollow dots' },
  history: { stroke: 'var(--chart-this-year)', hollow: false, pattern: 'solid line, filled dots' },
};

/** One style per year in the seasonal view, newest first: the latest year is solid, earlier ones dashed or dotted. */
const SEASON_STYLES: readonly LineStyle[] = [
  { stroke: 'var(--chart-this-year)', hollow: false, pattern: 'solid line, filled dots' },
  { stroke: 'var(--chart-last-year)', dash: '7 4', hollow: true, pattern: 'dashed line, hollow dots' },
  { stroke: 'var(--chart-benchmark)', dash: '2 3', hollow: false, pattern: 'dotted line, filled dots' },
  { stroke: 'var(--chart-text)', dash: '12 3 2 3', hollow: true, pattern: 'dash-dot line, hollow dots' },
];

/** The style for the year at `index` of `count` years (oldest first). */
export function seasonStyle(index: number, count: number): LineStyle {
  const age = count - 1 - index;
  return SEASON_STYLES[Math.min(age, SEASON_STYLES.length - 1)]!;
}

export const TARGET_DASH = '12 4';
export const BENCHMARK_DASH = '2 3';
export const TRIAL_DASH = '5 4';
// Reference labels sit under the data lines (Recharts draws lines at z-index 400), so no label hides a point.
export const REFERENCE_LABEL_Z = 350;

/** A line sample for a key, in HTML. */
export function LineSwatch({ stroke, dash, width = 3 }: { stroke: string; dash?: string | undefined; width?: number }) {
  return (
    <svg className="trend-chart__swatch" viewBox="0 0 36 10" width="36" height="10" aria-hidden="true" focusable="false">
      <line x1="0" y1="5" x2="36" y2="5" stroke={stroke} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}

/** The target as a long-dashed line, labelled on the chart; Recharts needs it as a direct child, so call this, do not render it. */
export function targetLine(target: { value: number; text: string } | null) {
  if (!target) return null;
  return (
    <ReferenceLine
      y={target.value}
      stroke="var(--chart-target)"
      strokeWidth={2}
      strokeDasharray={TARGET_DASH}
      ifOverflow="extendDomain"
      label={{ value: `Target ${target.text}`, position: 'insideBottomRight', className: 'trend-chart__ref-label', zIndex: REFERENCE_LABEL_Z }}
    />
  );
}

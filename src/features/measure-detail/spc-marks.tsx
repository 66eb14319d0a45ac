// The shapes the XmR chart marks its figures with, shared by the chart and its key: special cause is told
// by shape as well as colour (Making Data Count's blue, orange and purple), so it survives greyscale.
import type { SpcChartEntry } from '../../domain/spc-chart';

export type MarkKind = 'common' | NonNullable<SpcChartEntry['special']>;

export const MARK_WORDS: Record<MarkKind, string> = {
  common: 'Common cause (small grey dot)',
  improvement: 'Special cause improvement (blue diamond)',
  concern: 'Special cause concern (orange square)',
  neutral: 'Special cause, neither better nor worse (purple triangle)',
};

/** One mark centred on (x, y). */
export function SpcMark({ kind, x, y }: { kind: MarkKind; x: number; y: number }) {
  const common = { stroke: 'var(--chart-surface)', strokeWidth: 1.5 };
  switch (kind) {
    case 'common':
      return <circle cx={x} cy={y} r={3.5} fill="var(--spc-common)" className="spc-chart__mark spc-chart__mark--common" />;
    case 'improvement':
      return <path d={`M${x} ${y - 8} L${x + 8} ${y} L${x} ${y + 8} L${x - 8} ${y} Z`} fill="var(--spc-improvement)" {...common} className="spc-chart__mark spc-chart__mark--improvement" />;
    case 'concern':
      return <rect x={x - 6.5} y={y - 6.5} width={13} height={13} fill="var(--spc-concern)" {...common} className="spc-chart__mark spc-chart__mark--concern" />;
    case 'neutral':
      return <path d={`M${x} ${y - 8} L${x + 8} ${y + 6} L${x - 8} ${y + 6} Z`} fill="var(--spc-neutral)" {...common} className="spc-chart__mark spc-chart__mark--neutral" />;
  }
}

/** The mark in a key, in HTML. */
export function MarkSwatch({ kind }: { kind: MarkKind }) {
  return (
    <svg className="trend-chart__swatch" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <SpcMark kind={kind} x={10} y={10} />
    </svg>
  );
}

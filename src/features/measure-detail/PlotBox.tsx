import type { ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

type PlotKind = 'trend' | 'spc';

// The size each kind of plot was last drawn at, for this window width. A chart drawn at a known size is complete
// in its first render; one left to measure itself first renders empty and is drawn a second time a moment later.
const lastSize = new Map<string, { width: number; height: number }>();

const keyOf = (kind: PlotKind) => `${kind} ${typeof window === 'undefined' ? 0 : window.innerWidth}`;

/** The last size for this window width, or an estimate from the page's layout rules (corrected once drawn). */
function sizeGuess(kind: PlotKind): { width: number; height: number } {
  const known = lastSize.get(keyOf(kind));
  if (known) return known;
  if (typeof window === 'undefined' || !window.matchMedia) return { width: -1, height: -1 };
  // measure-detail.css: the page is at most 70rem wide; plots are 24rem (trend) or 22rem (SPC) high, 18rem on a phone.
  const rem = 16;
  const phone = window.matchMedia('(max-width: 40rem)').matches;
  return {
    width: Math.max(0, Math.min(window.innerWidth - 2 * rem, 70 * rem)),
    height: (phone ? 18 : kind === 'trend' ? 24 : 22) * rem,
  };
}

/** The box a measure-page chart fills: sized by CSS (measure-detail.css), drawn at once at its known size. */
export function PlotBox({ kind, className, children }: { kind: PlotKind; className: string; children: ReactNode }) {
  return (
    <div className={className} aria-hidden="true">
      <ResponsiveContainer
        width="100%"
        height="100%"
        initialDimension={sizeGuess(kind)}
        onResize={(width, height) => {
          if (width > 0 && height > 0) lastSize.set(keyOf(kind), { width: Math.round(width), height: Math.round(height) });
        }}
      >
        {children}
      </ResponsiveContainer>
    </div>
  );
}

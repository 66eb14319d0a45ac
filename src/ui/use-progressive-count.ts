import { startTransition, useEffect, useState } from 'react';

interface ProgressiveOptions {
  /** Drawn at once: enough to fill a few screens, few enough to repaint within a frame budget. */
  first?: number;
  /** Added per background step, each a separate, interruptible render. */
  step?: number;
  /** Drawn at once when the list is first drawn, if fewer than `first` (the page around it is being laid out too). */
  initial?: number;
  /** Added per step until `first` are drawn, after a first drawing of `initial`. */
  initialStep?: number;
}

/**
 * How many items of a long list to draw now. After `resetKey` changes (a new quarter, a new filter) only the
 * first `first` are drawn in the same paint; the rest follow in background steps that input can interrupt, so
 * a 1,000-measure scorecard answers a click in one short task instead of one long one.
 */
export function useProgressiveCount(
  total: number,
  resetKey: unknown,
  { first = 60, step = 120, initial = first, initialStep = step }: ProgressiveOptions = {},
): number {
  const [drawn, setDrawn] = useState(() => ({ key: resetKey, count: Math.min(first, initial) }));
  let count = drawn.count;
  if (drawn.key !== resetKey) {
    // Reset while rendering (React's pattern for state derived from a changed prop): no paint of the stale count.
    count = first;
    setDrawn({ key: resetKey, count });
  }
  const stepNow = count < first ? initialStep : step;
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => {
      startTransition(() => setDrawn((now) => (now.key === resetKey ? { key: resetKey, count: now.count + stepNow } : now)));
    }, 0);
    return () => clearTimeout(timer);
  }, [count, total, resetKey, stepNow]);
  return Math.min(count, total);
}

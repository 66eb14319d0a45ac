import { startTransition, useEffect, useState } from 'react';

/**
 * False for the render that answers a click, true just after (an interruptible background render): a page can
 * paint what the reader asked for first and draw its long, lower sections a moment later. `key` starts it again
 * (a different measure); `immediate` skips the wait where there is little to draw.
 */
export function useAfterFirstPaint(key: unknown, immediate: boolean): boolean {
  const [ready, setReady] = useState<{ key: unknown } | null>(null);
  const done = immediate || ready?.key === key;
  useEffect(() => {
    if (done) return;
    const timer = setTimeout(() => startTransition(() => setReady({ key })), 0);
    return () => clearTimeout(timer);
  }, [done, key]);
  return done;
}

import { useProgressiveCount } from './use-progressive-count';

/**
 * False for the render that answers a click, true just after (an interruptible background render): a page can
 * paint what the reader asked for first and draw its long, lower sections a moment later. `key` starts it again
 * (a different measure); `immediate` skips the wait where there is little to draw. A one-item progressive list.
 */
export function useAfterFirstPaint(key: unknown, immediate: boolean): boolean {
  const drawn = useProgressiveCount(immediate ? 0 : 1, key, { first: 0 });
  return immediate || drawn > 0;
}

import { useSyncExternalStore } from 'react';

// Below about 480 CSS px a chart shows fewer axis ticks and leaves the benchmark names to its key.
const NARROW = '(max-width: 30rem)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isNarrow = () => typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(NARROW).matches;

/** Whether the screen is phone-narrow; false where the browser cannot say (jsdom). */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false);
}

// The measure page carries the charting library (about 120 kB gzip), so the first page does not load it. It is
// fetched once the page is idle (unless the browser asks to save data), and at once when a reader points at,
// touches or focuses a link to a measure, so that opening one does not wait for the download. Loaded, the page is
// drawn at once: through React.lazy it would first show "Opening the measure…", and React keeps a fallback it has
// shown for at least 300 ms (the first opening took 470-560 ms, 20-30 ms of it the download, on the sample).
import { lazy, useEffect } from 'react';
import type { MeasureDetailView } from '../features/measure-detail/MeasureDetailView';

type MeasurePage = typeof MeasureDetailView;

let loaded: MeasurePage | null = null;
let loading: Promise<MeasurePage> | null = null;

/** The measure page's code, fetched once; a failed fetch is tried again by the next call. */
export function loadMeasurePage(): Promise<MeasurePage> {
  loading ??= import('../features/measure-detail/MeasureDetailView').then(
    (module) => (loaded = module.MeasureDetailView),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

const LazyMeasurePage = lazy(() => loadMeasurePage().then((page) => ({ default: page })));

/** The measure page itself once its code is loaded; until then one that loads it (inside a Suspense boundary). */
export function measurePage(): MeasurePage | typeof LazyMeasurePage {
  return loaded ?? LazyMeasurePage;
}

/** Whether an event's target is, or is inside, a link that opens a measure page. */
export function isMeasureLink(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('a[href*="view=measure"]') !== null;
}

function savingData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

const INTENT_EVENTS = ['pointerover', 'touchstart', 'focusin'] as const;

/** While `enabled`, fetches the measure page's code ahead of a reader opening one (see the top of this file). */
export function useMeasurePageWarming(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || loaded) return;
    const warm = () => {
      stop();
      loadMeasurePage().catch((error: unknown) => {
        // Not the reader's problem yet: opening a measure fetches it again, and says so if that fails too.
        console.warn('The measure page could not be fetched ahead of time; it will be fetched when a measure is opened.', error);
      });
    };
    const onIntent = (event: Event) => {
      if (isMeasureLink(event.target)) warm();
    };
    for (const type of INTENT_EVENTS) document.addEventListener(type, onIntent, { passive: true });
    const idle = savingData() ? null : whenIdle(warm);
    function stop() {
      for (const type of INTENT_EVENTS) document.removeEventListener(type, onIntent);
      idle?.cancel();
    }
    return stop;
  }, [enabled]);
}

/** Runs `callback` when the browser is idle (within 3 seconds in any case). */
function whenIdle(callback: () => void): { cancel(): void } {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: 3000 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(callback, 1000);
  return { cancel: () => clearTimeout(id) };
}

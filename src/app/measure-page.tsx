// The measure page carries the charting library (about 120 kB gzip), so the first page does not load it. It is
// fetched once the page is idle (unless the browser asks to save data), and at once when a reader points at,
// touches or focuses a link to a measure, so that opening one does not wait for the download. Loaded, the page is
// drawn at once: suspending would show "Opening the measure…", and React keeps a fallback it has shown for at
// least 300 ms (the first opening took 470-560 ms, 20-30 ms of it the download, on the sample).
import { use, useEffect, type ComponentProps } from 'react';
import type { MeasureDetailView } from '../features/measure-detail/MeasureDetailView';

type MeasurePageComponent = typeof MeasureDetailView;

let loaded: MeasurePageComponent | null = null;
let loading: Promise<MeasurePageComponent> | null = null;

/** The measure page's code, fetched once. After a failure the next call asks again (browsers may answer from the failure). */
export function loadMeasurePage(): Promise<MeasurePageComponent> {
  loading ??= import('../features/measure-detail/MeasureDetailView').then(
    (module) => (loaded = module.MeasureDetailView),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The measure page: drawn at once when its code is loaded, else suspended (inside a Suspense boundary) until it is.
 * One component either way, so a page opened before its code came is not rebuilt afterwards (React would take a
 * different component for a different page and drop its state and focus).
 */
export function MeasurePage(props: ComponentProps<MeasurePageComponent>) {
  const Page = loaded ?? use(loadMeasurePage());
  return <Page {...props} />;
}

/**
 * Whether an error is the measure page's code failing to download (as Chromium, Firefox and Safari word it, and
 * Vite when the page's stylesheet fails), rather than a fault while drawing the page.
 */
export function isDownloadFailure(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|importing a module script failed|unable to preload css/i.test(error.message)
  );
}

/** Whether an event's target is, or is inside, a link that opens a measure page. */
export function isMeasureLink(target: EventTarget | null): boolean {
  const link = target instanceof Element ? target.closest('a[href]') : null;
  return link instanceof HTMLAnchorElement && new URL(link.href).searchParams.get('view') === 'measure';
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
    let idle: { cancel(): void } | null = null;
    const stop = () => {
      for (const type of INTENT_EVENTS) document.removeEventListener(type, onIntent);
      idle?.cancel();
    };
    const warm = () => {
      stop();
      loadMeasurePage().catch((error: unknown) => {
        // Not the reader's problem yet: opening a measure asks for it again, and says so on the page if that fails.
        console.warn('The measure page could not be fetched ahead of time; it will be asked for again when a measure is opened.', error);
      });
    };
    function onIntent(event: Event) {
      if (isMeasureLink(event.target)) warm();
    }
    for (const type of INTENT_EVENTS) document.addEventListener(type, onIntent, { passive: true });
    if (!savingData()) idle = whenIdle(warm);
    return stop;
  }, [enabled]);
}

/** Runs `callback` when the browser is idle, or after 3 seconds at the latest; without idle callbacks, after 1 second. */
function whenIdle(callback: () => void): { cancel(): void } {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: 3000 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(callback, 1000);
  return { cancel: () => clearTimeout(id) };
}

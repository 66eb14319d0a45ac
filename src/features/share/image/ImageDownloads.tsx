import { lazy, Suspense } from 'react';
import { useHydrated } from '../../../ui/use-hydrated';
import type { ImageDownloadsProps } from './ImageDownloadsPanel';

export type { ImageDownloadsProps } from './ImageDownloadsPanel';

// The picture builders load with the share panel's first render, not with the first page; drawing a PNG and
// lifting the chart out of the page load only when asked for.
const Panel = lazy(() => import('./ImageDownloadsPanel').then((module) => ({ default: module.ImageDownloadsPanel })));

/**
 * "Download card as PNG / SVG", the chart as PNG / SVG and the card's alt text on a measure page; the e-mail
 * snapshot for the newsletter (a PNG and an inline-styled HTML fragment) on performance on a page; each shown
 * service area's section as PNG / SVG with its alt text on the scorecard; nothing on other views.
 */
export function ImageDownloads(props: ImageDownloadsProps) {
  // The pictures name the page's address, which the build's prerendered summary cannot know: the panel renders in
  // the browser only, after hydration (the prerendered page and the hydrating render both show the fallback).
  const inBrowser = useHydrated();
  if (props.view !== 'summary' && props.view !== 'scorecard' && !(props.view === 'measure' && props.openMeasure)) return null;
  const loading = <p role="status">Loading picture downloads…</p>;
  if (!inBrowser) return loading;
  return (
    <Suspense fallback={loading}>
      <Panel {...props} />
    </Suspense>
  );
}

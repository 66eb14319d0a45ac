import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { QueryClient } from '@tanstack/react-query';
import 'virtual:colour-tokens.css';
import './app/app.css';
import './app/print.css';
import './prerender/prerender.css';
import { App } from './app/App';
import { startMocksIfAsked } from './app/start-mocks';
import { datasetQueryOptions } from './data/dataset-query';
import { startDatasetWorkerEarly } from './data/parse-dataset';
import { yieldToPage } from './data/yield-to-page';
import { differsByHeaders, PRERENDER_ATTRIBUTE, readPrerenderManifest, sameFingerprint, type PrerenderManifest } from './prerender/prerender-manifest';
import { loadPublishedData } from './prerender/published-dataset';
import type { Dataset } from './domain/types';

// The page's own folder: data/ is fetched relative to it, so the app works from any sub-path.
const baseUrl = new URL('./', window.location.href).href;
const container = document.getElementById('root')!;
const queryClient = new QueryClient();
const app = (
  <StrictMode>
    <App queryClient={queryClient} baseUrl={baseUrl} />
  </StrictMode>
);

let rendered = false;

/**
 * Renders from the live data files, replacing whatever markup the page holds (the app shows its loading panel until
 * the data is ready). `dataset`, when given, is a load already under way: the query takes it instead of downloading
 * the files again.
 */
function renderFresh(dataset?: () => Promise<Dataset>): void {
  if (rendered) return;
  rendered = true;
  if (dataset) void queryClient.prefetchQuery({ ...datasetQueryOptions(baseUrl), queryFn: dataset });
  container.replaceChildren();
  document.documentElement.removeAttribute(PRERENDER_ATTRIBUTE);
  createRoot(container).render(app);
}

/**
 * The build prerendered the default view into index.html (scripts/prerender.ts). If this address shows that view
 * and the data files are the ones the build rendered, hydrate the markup: the reader has been looking at the
 * scorecard since the HTML arrived. If data/ was replaced without a rebuild, the markup is stale: render afresh,
 * from the files already downloading.
 */
async function start(manifest: PrerenderManifest): Promise<void> {
  // As soon as one file's response shows it is not the build's (a different size, added or removed), the stale
  // markup goes; the downloads carry on and the app renders from them.
  const checkingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const name = decodeURIComponent(new URL(response.url || String(input)).pathname.split('/').pop() ?? '');
    if (differsByHeaders(manifest.files[name], response)) renderFresh(() => loading.then((published) => published.dataset()));
    return response;
  };
  const loading = loadPublishedData(baseUrl, checkingFetch);
  const published = await loading;
  // A file that could not be fetched: the page says so, from the files that were (its problems are in the dataset).
  if (rendered || published.fetched.problems.length > 0) return renderFresh(published.dataset);
  const dataset = await published.dataset();
  queryClient.setQueryData(datasetQueryOptions(baseUrl).queryKey, dataset);
  if (published.fingerprint !== null && sameFingerprint(published.fingerprint, manifest.files)) {
    rendered = true;
    // As a transition, hydration yields to the browser every few milliseconds instead of one long task, so a click
    // or scroll meanwhile is not held up (the markup is already on screen).
    startTransition(() => {
      hydrateRoot(container, app);
    });
    return;
  }
  // Same sizes but different bytes (data/ replaced without a rebuild), or no Web Crypto to compare them with (plain
  // http on a host other than localhost): render from these files, already loaded, replacing the markup in one step.
  renderFresh();
}

// The data reader's code loads beside the app's start: every way in below loads the data.
startDatasetWorkerEarly();
// Evaluating the app's modules is one task already; the downloads and the render start in the next, so neither task
// holds the page for long (the prerendered summary is on screen meanwhile).
await yieldToPage();
await startMocksIfAsked();
const manifest = readPrerenderManifest(document);
if (manifest && document.documentElement.getAttribute(PRERENDER_ATTRIBUTE) === 'this-view') {
  await start(manifest).catch((error: unknown) => {
    console.warn('The prerendered scorecard could not be checked against the data; rendering from the data files.', error);
    renderFresh();
  });
} else {
  renderFresh();
}

// The server side of prerendering, loaded by scripts/prerender.ts through Vite's SSR module loader (so the app's
// CSS imports and virtual modules resolve as in the build). Renders <App> for the default address (no query string:
// performance on a page, newest quarter) from a data folder on disk, with the dataset already in the query cache,
// exactly as main.tsx seeds it before hydrating.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { QueryClient } from '@tanstack/react-query';
import { App } from '../src/app/App';
import { canShowScorecard, documentTitle, viewTitle } from '../src/app/views';
import { datasetQueryOptions } from '../src/data/dataset-query';
import { financialQuarterLabel } from '../src/domain/periods';
import { defaultQuarter, indexDataset } from '../src/domain/scorecard';
import { loadPublishedData } from '../src/prerender/published-dataset';
import type { PrerenderManifest } from '../src/prerender/prerender-manifest';

/** Any origin will do: every URL the app makes is relative to the page's folder, and the markup holds none of it. */
const BASE_URL = 'https://scorecard.invalid/';

/** fetch() over a folder on disk, answering as a plain file server does: 404 for a file that is not there. */
function folderFetch(dataDir: string): typeof fetch {
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const name = decodeURIComponent(url.pathname.replace(/^\/data\//, ''));
    const file = join(dataDir, name);
    if (name.includes('/') || !existsSync(file) || !statSync(file).isFile()) return new Response('Not found', { status: 404 });
    return new Response(readFileSync(file), { status: 200, headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  };
}

export interface PrerenderedView {
  /** The markup of #root. */
  html: string;
  /** The document title the app sets for this view. */
  title: string;
  manifest: PrerenderManifest;
  measures: number;
}

export async function renderDefaultView(dataDir: string): Promise<PrerenderedView> {
  const published = await loadPublishedData(BASE_URL, folderFetch(dataDir));
  if (!published.fingerprint) throw new Error('Web Crypto (SHA-256) is not available in this Node.js');
  const dataset = await published.dataset();
  const queryClient = new QueryClient();
  queryClient.setQueryData(datasetQueryOptions(BASE_URL).queryKey, dataset);

  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <App queryClient={queryClient} baseUrl={BASE_URL} />
    </StrictMode>,
    { onError: (error) => void errors.push(error) },
  );
  if (errors.length > 0) throw errors[0] instanceof Error ? errors[0] : new Error(String(errors[0]));
  const html = await new Response(prelude).text();
  queryClient.clear();

  // As ScorecardShell's document title for the summary (set in an effect, so not in the markup).
  const quarter = canShowScorecard(dataset) ? defaultQuarter(indexDataset(dataset)) : null;
  const title = documentTitle(viewTitle('summary', quarter ? financialQuarterLabel(quarter) : null, undefined), dataset.settings.authorityName);
  const measures = html.match(/data-measure-id=/g)?.length ?? 0;
  return { html, title, manifest: { view: 'summary', files: published.fingerprint }, measures };
}

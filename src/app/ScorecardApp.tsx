import { useCallback, useDeferredValue, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/dataset-query';
import type { LoadProgress } from '../data/parse-dataset';
import type { Dataset } from '../domain/types';
import { PreviewBanner } from '../features/preview/PreviewBanner';
import { PreviewFooter } from '../features/preview/PreviewFooter';
import { PreviewView } from '../features/preview/PreviewView';
import { PreviewProvider } from '../features/preview/preview-context';
import { usePreview } from '../features/preview/use-preview';
import { useWindowDrop } from '../features/preview/use-window-drop';
import { NavigationProvider } from '../ui/navigation/ViewLink';
import { DEFAULT_URL_STATE } from '../ui/navigation/url-state';
import { LoadFailedPanel } from './FatalPanel';
import { LoadingPanel } from './LoadingPanel';
import { ScorecardShell } from './ScorecardShell';
import { useUrlState } from '../ui/navigation/use-url-state';
import { canShowScorecard, viewTitle } from './views';

export function ScorecardApp({ baseUrl }: { baseUrl: string }) {
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const query = useQuery(datasetQueryOptions(baseUrl, setProgress));
  const { state, navigate } = useUrlState();
  // A new preview opens the data check when its files have errors, else performance on a page.
  const onPreviewShown = useCallback(
    (dataset: Dataset) => navigate({ ...DEFAULT_URL_STATE, view: dataset.problems.some((problem) => problem.severity === 'error') ? 'data-check' : 'summary' }),
    [navigate],
  );
  const previewControls = usePreview(baseUrl, onPreviewShown);
  const preview = previewControls.preview;
  // An embedded card lives inside someone else's page: no masthead of ours around it.
  const embedded = state.view === 'embed';
  useWindowDrop(!embedded, previewControls.start);
  // The published data, once it arrives from the worker, is drawn as a transition, which React splits into slices
  // that yield to the browser, instead of one task as long as the whole view (the loading panel stays until then).
  // The markup the build prerendered is hydrated with its data already there, so that first render is the same. A
  // preview is not deferred: its banner (drawn from the preview itself) and its data must change together.
  const published = useDeferredValue(query.data);
  const drawing = query.data !== undefined && published !== query.data && !preview;
  const dataset = preview?.dataset ?? published;
  const authority = dataset?.settings.authorityName;
  // With no published scorecard to show (a first publication, or the server's data unreadable), the preview page still works.
  const previewAlone = state.view === 'preview' && !preview && (query.isError || (query.data !== undefined && !canShowScorecard(query.data)));
  return (
    <PreviewProvider value={previewControls}>
      <NavigationProvider value={{ state, navigate }}>
        <header className="masthead" hidden={embedded}>
          <p className="masthead__authority">{authority ?? 'Children and Young People’s Services'}</p>
          <h1>Children and Young People’s Services performance scorecard</h1>
        </header>
        <main id="main" className={embedded ? 'content content--embed' : 'content'}>
          {!embedded && <PreviewBanner />}
          {previewAlone ? (
            <>
              <h2 id="view-heading" className="view-heading" tabIndex={-1}>
                {viewTitle('preview', null, undefined)}
              </h2>
              <PreviewView />
            </>
          ) : dataset ? (
            <ScorecardShell dataset={dataset} published={preview ? (query.data ?? null) : null} />
          ) : (
            <>
              {(query.isPending || drawing) && <LoadingPanel progress={progress} drawing={drawing} />}
              {query.isError && <LoadFailedPanel message={query.error.message} onRetry={() => void query.refetch()} />}
            </>
          )}
        </main>
        {!embedded && <PreviewFooter />}
      </NavigationProvider>
    </PreviewProvider>
  );
}

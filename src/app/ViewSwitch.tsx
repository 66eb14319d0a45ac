import { Activity, Suspense, useState } from 'react';
import type { DatasetIndex, ScorecardRow } from '../domain/scorecard';
import type { Dataset, FinancialQuarter, GlossaryEntry } from '../domain/types';
import { ActionsView } from '../features/actions/ActionsView';
import { DataCheckView } from '../features/data-check/DataCheckView';
import { GlossaryView } from '../features/glossary/GlossaryView';
import { PreviewView } from '../features/preview/PreviewView';
import { ScorecardView } from '../features/scorecard/ScorecardView';
import { SummaryView } from '../features/summary/SummaryView';
import { WhatChangedView } from '../features/what-changed/WhatChangedView';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { isDownloadFailure, MeasurePage } from './measure-page';
import type { View } from './views';

interface ViewSwitchProps {
  view: View;
  dataset: Dataset;
  index: DatasetIndex;
  quarter: FinancialQuarter | null;
  rows: readonly ScorecardRow[];
  glossary: readonly GlossaryEntry[];
  openMeasure: ScorecardRow | undefined;
  /** The published data while new files are previewed (what changed compares against it); null otherwise. */
  publishedIndex: DatasetIndex | null;
}

export function ViewSwitch({ view, dataset, index, quarter, rows, glossary, openMeasure, publishedIndex }: ViewSwitchProps) {
  // A measure opened from the scorecard keeps the scorecard, hidden, until the reader leaves both: opening the measure
  // does not wait for a thousand rows to be taken down, and going back shows them as they were, scrolled to it.
  const [keepScorecard, setKeepScorecard] = useState(view === 'scorecard');
  if (view === 'scorecard' && !keepScorecard) setKeepScorecard(true);
  if (view !== 'scorecard' && view !== 'measure' && keepScorecard) setKeepScorecard(false);

  if (view === 'glossary') return <GlossaryView glossary={glossary} council={dataset.glossary} />;
  if (view === 'actions') return <ActionsView dataset={dataset} />;
  if (view === 'data-check') return <DataCheckView dataset={dataset} />;
  if (view === 'embed') return null;
  if (view === 'preview') return <PreviewView />;
  if (!quarter) return null;
  switch (view) {
    case 'summary':
      return <SummaryView index={index} quarter={quarter} rows={rows} glossary={glossary} />;
    case 'changes':
      return <WhatChangedView index={index} publishedIndex={publishedIndex} quarter={quarter} glossary={glossary} />;
    case 'scorecard':
    case 'measure':
      // The same two places in both views, so the scorecard is kept (not remade) as the reader goes between them;
      // the measure page first, so it is the first element a query for its measure finds.
      return (
        <>
          {view === 'measure' && openMeasure && (
            // Its code may still be downloading (measure-page.tsx), or fail to: each measure opened tries again.
            <ErrorBoundary key={openMeasure.measure.id} fallback={(error) => <MeasurePageFailed error={error} />}>
              <Suspense fallback={<p role="status">Opening the measure…</p>}>
                <MeasurePage row={openMeasure} index={index} settings={dataset.settings} glossary={glossary} />
              </Suspense>
            </ErrorBoundary>
          )}
          {keepScorecard && (
            <Activity mode={view === 'scorecard' ? 'visible' : 'hidden'}>
              <ScorecardView rows={rows} quarter={quarter} glossary={glossary} settings={dataset.settings} />
            </Activity>
          )}
        </>
      );
  }
}

/**
 * The measure page failed: its code could not be downloaded (say so, and offer the reload that fixes it), or it
 * could not be drawn (a fault in the scorecard: say so, so that it is reported). The rest of the page carries on.
 */
function MeasurePageFailed({ error }: { error: unknown }) {
  const download = isDownloadFailure(error);
  return (
    <div className="notice" role="alert">
      <p>
        {download
          ? 'The measure page could not be loaded. Check the connection, then reload the page to try again.'
          : 'This measure could not be shown because of an unexpected fault in the scorecard; please report this.'}
      </p>
      <p className="notice__detail">Details: {error instanceof Error ? error.message : String(error)}</p>
      {download && (
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      )}
    </div>
  );
}

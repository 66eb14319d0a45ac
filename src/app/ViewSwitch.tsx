import { lazy, Suspense } from 'react';
import type { DatasetIndex, ScorecardRow } from '../domain/scorecard';
import type { Dataset, FinancialQuarter, GlossaryEntry } from '../domain/types';
import { ActionsView } from '../features/actions/ActionsView';
import { DataCheckView } from '../features/data-check/DataCheckView';
import { GlossaryView } from '../features/glossary/GlossaryView';
import { PreviewView } from '../features/preview/PreviewView';
import { ScorecardView } from '../features/scorecard/ScorecardView';
import { SummaryView } from '../features/summary/SummaryView';
import { WhatChangedView } from '../features/what-changed/WhatChangedView';
import type { View } from './views';

// The measure page carries the charting library, so the first page does not pay for it until a measure is opened.
const MeasureDetailView = lazy(() =>
  import('../features/measure-detail/MeasureDetailView').then((module) => ({ default: module.MeasureDetailView })),
);

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
      return <ScorecardView rows={rows} quarter={quarter} glossary={glossary} settings={dataset.settings} />;
    case 'measure':
      return openMeasure ? (
        <Suspense fallback={<p role="status">Opening the measure…</p>}>
          <MeasureDetailView row={openMeasure} index={index} settings={dataset.settings} glossary={glossary} />
        </Suspense>
      ) : null;
  }
}

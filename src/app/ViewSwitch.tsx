import type { DatasetIndex, ScorecardRow } from '../domain/scorecard';
import type { Dataset, FinancialQuarter, GlossaryEntry } from '../domain/types';
import { ActionsView } from '../features/actions/ActionsView';
import { GlossaryView } from '../features/glossary/GlossaryView';
import { MeasureDetailView } from '../features/measure-detail/MeasureDetailView';
import { ScorecardView } from '../features/scorecard/ScorecardView';
import { SummaryView } from '../features/summary/SummaryView';
import type { View } from './views';

interface ViewSwitchProps {
  view: View;
  dataset: Dataset;
  index: DatasetIndex;
  quarter: FinancialQuarter | null;
  rows: readonly ScorecardRow[];
  glossary: readonly GlossaryEntry[];
  openMeasure: ScorecardRow | undefined;
}

export function ViewSwitch({ view, dataset, index, quarter, rows, glossary, openMeasure }: ViewSwitchProps) {
  if (view === 'glossary') return <GlossaryView glossary={glossary} council={dataset.glossary} />;
  if (view === 'actions') return <ActionsView dataset={dataset} />;
  if (!quarter) return null;
  switch (view) {
    case 'summary':
      return <SummaryView index={index} quarter={quarter} rows={rows} glossary={glossary} />;
    case 'scorecard':
      return <ScorecardView rows={rows} quarter={quarter} glossary={glossary} settings={dataset.settings} />;
    case 'measure':
      return openMeasure ? <MeasureDetailView row={openMeasure} index={index} settings={dataset.settings} glossary={glossary} /> : null;
  }
}

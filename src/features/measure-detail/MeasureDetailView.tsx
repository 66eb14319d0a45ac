import type { DatasetIndex, ScorecardRow } from '../../domain/scorecard';
import type { GlossaryEntry, Settings } from '../../domain/types';

// Placeholder until the measure detail lands.
export function MeasureDetailView({ row }: { row: ScorecardRow; index: DatasetIndex; settings: Settings; glossary: readonly GlossaryEntry[] }) {
  return <p>{row.measure.description}</p>;
}

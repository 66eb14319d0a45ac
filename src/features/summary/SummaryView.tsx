import type { DatasetIndex, ScorecardRow } from '../../domain/scorecard';
import type { FinancialQuarter } from '../../domain/types';

// Placeholder until the summary feature lands.
export function SummaryView({ rows }: { index: DatasetIndex; quarter: FinancialQuarter; rows: readonly ScorecardRow[] }) {
  return <p>{rows.length} measures.</p>;
}

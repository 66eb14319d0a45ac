import type { ScorecardRow } from '../../domain/scorecard';
import { financialQuarterLabel } from '../../domain/periods';
import type { FinancialQuarter, GlossaryEntry } from '../../domain/types';
import { MeasureList } from './MeasureList';

// Placeholder until the full scorecard lands.
export function ScorecardView({ rows, quarter }: { rows: readonly ScorecardRow[]; quarter: FinancialQuarter; glossary: readonly GlossaryEntry[] }) {
  return <MeasureList rows={rows} quarterLabel={financialQuarterLabel(quarter)} />;
}

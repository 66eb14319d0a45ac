import type { ScorecardRow } from '../../domain/scorecard';
import type { Dataset, FinancialQuarter, GlossaryEntry } from '../../domain/types';

// Placeholder until the embed view lands.
export function EmbedView({ rows }: { rows: readonly ScorecardRow[]; dataset: Dataset; quarter: FinancialQuarter; glossary: readonly GlossaryEntry[]; measure: string | null; area: string | null }) {
  return <p>{rows.length} measures.</p>;
}

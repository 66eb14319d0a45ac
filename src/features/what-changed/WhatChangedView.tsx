import type { DatasetIndex } from '../../domain/scorecard';
import type { FinancialQuarter, GlossaryEntry } from '../../domain/types';

export interface WhatChangedViewProps {
  index: DatasetIndex;
  /** The published data while new files are previewed; null when the published data itself is shown. */
  publishedIndex: DatasetIndex | null;
  quarter: FinancialQuarter;
  glossary: readonly GlossaryEntry[];
}

// Placeholder while the view is built (issue 5).
export function WhatChangedView(_props: WhatChangedViewProps) {
  return null;
}

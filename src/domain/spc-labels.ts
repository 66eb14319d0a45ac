// Short names for the two SPC verdicts, for badges beside RAG and direction; the verdicts' own text explains them.
import type { AssuranceVerdict, VariationVerdict } from './spc';

export function variationLabel(verdict: VariationVerdict): string {
  switch (verdict.token) {
    case 'common':
      return 'Common cause';
    case 'improvement':
      return `Special cause improvement (${verdict.direction})`;
    case 'concern':
      return `Special cause concern (${verdict.direction})`;
    case 'neutral':
      return `Special cause (${verdict.direction})`;
    case 'none':
      return verdict.reason === 'no-points' ? 'No SPC verdict' : 'Not enough data for SPC';
  }
}

export function assuranceLabel(verdict: AssuranceVerdict): string {
  switch (verdict.token) {
    case 'pass':
      return 'Consistently passing';
    case 'fail':
      return 'Consistently failing';
    case 'hit-and-miss':
      return 'Hit and miss';
    case 'none':
      return 'No assurance';
  }
}

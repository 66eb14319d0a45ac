import type { Dataset } from '../../domain/types';

// Placeholder while the view is built (issue 5).
export function DataCheckView(_props: { dataset: Dataset }) {
  return null;
}

import type { Dataset } from '../../domain/types';

// Placeholder until the action plan tracker lands.
export function ActionsView(_props: { dataset: Dataset }) {
  return <p>No action plans.</p>;
}

// A suppressed count could be worked back from value x denominator, so if either the value or the
// numerator of a row is [c], both are [c] everywhere. The data layer normalises this already; the
// rules apply it again so that no hand-built or future source can leak a suppressed figure.
import type { Cell, Observation } from './types';

const SUPPRESSED: Cell = { kind: 'special', code: 'c' };

export function isSuppressed(cell: Cell): boolean {
  return cell.kind === 'special' && cell.code === 'c';
}

export function applySuppression(observation: Observation): Observation {
  if (!isSuppressed(observation.value) && !isSuppressed(observation.numerator)) return observation;
  return { ...observation, value: SUPPRESSED, numerator: SUPPRESSED };
}

import type { Problem } from '../domain/types';
import { contractOrder } from './contract-files';

/**
 * Problems in the order an officer works through them: by file in contract order (files outside the
 * contract last, by name), then by line. The sort is stable, so problems on one line keep the order found.
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      contractOrder(a.file) - contractOrder(b.file) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line,
  );
}

// Cells shared by every row that has them, made by the parser in the worker and again by the page when it rebuilds
// the dataset (dataset-transfer.ts): a module of its own, so the page's first load does not fetch the parser.
import type { Cell, Qualifier, SpecialCode } from '../domain/types';

/**
 * Most cells have no flags and many are empty: sharing one frozen instance of each saves millions of objects
 * on a large file. Frozen, so a consumer that tried to change one would fail loudly instead of changing them all.
 */
export const NO_FLAGS = Object.freeze([]) as unknown as Qualifier[];
const SPECIAL_CELLS: Record<SpecialCode, Cell> = {
  c: Object.freeze({ kind: 'special', code: 'c' }),
  x: Object.freeze({ kind: 'special', code: 'x' }),
  z: Object.freeze({ kind: 'special', code: 'z' }),
  low: Object.freeze({ kind: 'special', code: 'low' }),
  u: Object.freeze({ kind: 'special', code: 'u' }),
  empty: Object.freeze({ kind: 'special', code: 'empty' }),
};

export function specialCell(code: SpecialCode): Cell {
  return SPECIAL_CELLS[code];
}

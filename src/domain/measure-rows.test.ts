import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureRows, rowEnding } from './measure-rows';
import { aMeasure, aMonth, anObservation, aQuarterEnding } from './test-factories';
import type { Observation } from './types';

const monthly = aMeasure({ id: 'M1', frequency: 'monthly' });
const october = aMonth(2024, 10).end;

describe('rowEnding', () => {
  it("finds the first of the measure's rows of its own period kind ending in the month, in a list in period order", () => {
    const other = anObservation(aMonth(2024, 10), '0', { measureId: 'M2' });
    const quarterly = anObservation(aQuarterEnding(2024, 12), '9');
    const first = anObservation(aMonth(2024, 10), '1');
    const second = anObservation(aMonth(2024, 10), '2');
    const list = [anObservation(aMonth(2024, 9), '8'), other, first, second, anObservation(aMonth(2024, 11), '3'), quarterly];
    expect(rowEnding(monthly, list, october)).toBe(first);
    expect(rowEnding(monthly, list, aMonth(2024, 12).end)).toBeUndefined();
    expect(rowEnding(aMeasure({ id: 'M1', frequency: 'quarterly' }), list, aMonth(2024, 12).end)).toBe(quarterly);
  });

  it('searches a list out of period order row by row', () => {
    const list = [anObservation(aMonth(2024, 11), '3'), anObservation(aMonth(2024, 10), '1'), anObservation(aMonth(2024, 10), '2')];
    expect(rowEnding(monthly, list, october)?.value).toMatchObject({ decimal: '1' });
  });

  it('checks the order again when a list has grown since it was searched', () => {
    const list: Observation[] = [anObservation(aMonth(2024, 11), '3')];
    expect(rowEnding(monthly, list, october)).toBeUndefined();
    // Out of order now: a binary search would miss October.
    list.push(anObservation(aMonth(2024, 10), '1'));
    expect(rowEnding(monthly, list, october)?.value).toMatchObject({ decimal: '1' });
  });

  it('answers as a plain search of every row would, for any list', () => {
    const row = fc
      .record({ month: fc.integer({ min: 1, max: 12 }), measureId: fc.constantFrom('M1', 'M2'), quarterly: fc.boolean(), value: fc.nat(99) })
      .map(({ month, measureId, quarterly, value }) =>
        anObservation(quarterly ? aQuarterEnding(2024, Math.ceil(month / 3) * 3) : aMonth(2024, month), String(value), { measureId }),
      );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.boolean(), fc.integer({ min: 1, max: 12 }), (rows, sort, month) => {
        const list = sort ? [...rows].sort((a, b) => a.period.end - b.period.end) : rows;
        const end = aMonth(2024, month).end;
        for (const measure of [monthly, aMeasure({ id: 'M2', frequency: 'quarterly' })]) {
          const plain = measureRows(measure, list).find((o) => o.period.end === end);
          expect(rowEnding(measure, list, end)).toBe(plain);
        }
      }),
    );
  });
});

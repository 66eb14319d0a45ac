import { describe, expect, it } from 'vitest';
import { measureRowsOf } from './measure-rows';
import { aMeasure, aMonth, anObservation, aQuarterEnding } from './test-factories';
import type { Observation } from './types';

const monthly = aMeasure({ id: 'M1', frequency: 'monthly' });

describe('measureRowsOf', () => {
  it("keeps the measure's own rows of its period kind, and the first row for each period end", () => {
    const first = anObservation(aMonth(2024, 10), '1');
    const second = anObservation(aMonth(2024, 10), '2');
    const other = anObservation(aMonth(2024, 11), '3', { measureId: 'M2' });
    const quarterly = anObservation(aQuarterEnding(2024, 12), '4');
    const { rows, byEnd } = measureRowsOf(monthly, [first, other, second, quarterly]);
    expect(rows).toEqual([first, second]);
    expect([...byEnd.values()]).toEqual([first]);
  });

  it('reads a list again when it has grown since it was last read', () => {
    const list: Observation[] = [anObservation(aMonth(2024, 10), '1')];
    expect(measureRowsOf(monthly, list).rows).toHaveLength(1);
    list.push(anObservation(aMonth(2024, 11), '2'));
    expect(measureRowsOf(monthly, list).rows).toHaveLength(2);
    expect(measureRowsOf(monthly, list).byEnd.get(aMonth(2024, 11).end)?.value).toMatchObject({ decimal: '2' });
  });

  it('reads the same list afresh for a measure with another id or frequency', () => {
    const list = [anObservation(aMonth(2024, 10), '1'), anObservation(aMonth(2024, 10), '2', { measureId: 'M2' })];
    expect(measureRowsOf(monthly, list).rows[0]?.value).toMatchObject({ decimal: '1' });
    expect(measureRowsOf(aMeasure({ id: 'M2' }), list).rows[0]?.value).toMatchObject({ decimal: '2' });
    expect(measureRowsOf(aMeasure({ id: 'M1', frequency: 'quarterly' }), list).rows).toEqual([]);
  });

  it('gives the same reading for the same list and measure', () => {
    const list = [anObservation(aMonth(2024, 10), '1')];
    expect(measureRowsOf(monthly, list).byEnd).toBe(measureRowsOf(monthly, list).byEnd);
  });
});

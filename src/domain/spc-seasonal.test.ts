import { describe, expect, it } from 'vitest';
import { seasonalView } from './spc-seasonal';
import { aMeasure, aMonth, aQuarterEnding, anObservation, special } from './test-factories';

describe('seasonalView: the same month of each year side by side', () => {
  // Financial year measure, April 2023 to June 2024, figure = 100 + months since April 2023; August 2023 is [c].
  const rows = Array.from({ length: 15 }, (_, i) => {
    const period = aMonth(2023 + Math.floor((3 + i) / 12), ((3 + i) % 12) + 1);
    return anObservation(period, i === 4 ? special('c') : String(100 + i));
  });
  const view = seasonalView(aMeasure({ frequency: 'monthly', yearType: 'financial' }), rows)!;

  it('orders the months as the financial year runs, April first', () => {
    expect(view.kind).toBe('month');
    expect(view.groups).toHaveLength(12);
    expect([0, 8, 9, 11].map((i) => view.groups[i]!.label)).toEqual(['April', 'December', 'January', 'March']);
    expect(view.years).toEqual(['2023-24', '2024-25']);
  });

  it('lines up each year’s figure for the month: April 2023 = 100, April 2024 = 112', () => {
    const april = view.groups[0]!;
    expect(april.entries.map((e) => [e.year, e.value])).toEqual([
      ['2023-24', 100],
      ['2024-25', 112],
    ]);
    expect(april.entries[1]!.period).toEqual(aMonth(2024, 4));
  });

  it('leaves a special value and a month with no row empty, never zero', () => {
    const august = view.groups[4]!;
    expect(august.entries[0]).toMatchObject({ year: '2023-24', value: null, period: aMonth(2023, 8) });
    expect(august.entries[0]!.observation!.value).toEqual(special('c'));
    expect(august.entries[1]).toMatchObject({ year: '2024-25', value: null, observation: null, period: aMonth(2024, 8) });
  });

  it('stops at the period being viewed', () => {
    const upToMarch = seasonalView(aMeasure({ frequency: 'monthly', yearType: 'financial' }), rows, aMonth(2024, 3))!;
    expect(upToMarch.years).toEqual(['2023-24']);
  });

  it('starts an academic year in September', () => {
    const academic = seasonalView(
      aMeasure({ frequency: 'monthly', yearType: 'academic' }),
      [anObservation(aMonth(2024, 1, 'academic'), '5')],
    )!;
    expect(academic.groups[0]!.label).toBe('September');
    expect(academic.groups[4]!.entries).toMatchObject([{ year: '2023-24', value: 5 }]);
  });
});

describe('seasonalView for quarters and years', () => {
  it('groups quarterly figures into Q1 to Q4 of the measure’s year', () => {
    const rows = [aQuarterEnding(2023, 6), aQuarterEnding(2023, 9), aQuarterEnding(2024, 6)].map((p, i) => anObservation(p, String(i + 1)));
    const view = seasonalView(aMeasure({ frequency: 'quarterly', yearType: 'financial' }), rows)!;
    expect(view.kind).toBe('quarter');
    expect(view.groups.map((g) => [g.label, g.entries.map((e) => e.value)])).toEqual([
      ['Q1', [1, 3]],
      ['Q2', [2, null]],
      ['Q3', [null, null]],
      ['Q4', [null, null]],
    ]);
  });

  it('has no seasonal view for an annual measure or a measure with no rows', () => {
    expect(seasonalView(aMeasure({ frequency: 'annual' }), [])).toBeNull();
    expect(seasonalView(aMeasure({ frequency: 'monthly' }), [])).toBeNull();
  });
});

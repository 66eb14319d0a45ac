import { describe, expect, it } from 'vitest';
import { currentObservation, expectedPeriod, quarterMonthsFor } from './current-value';
import { aMeasure, aMonth, anObservation, aQuarterEnding, aYearEnding, special } from './test-factories';
import type { FinancialQuarter } from './types';

const q3: FinancialQuarter = { startYear: 2024, quarter: 3 }; // October-December 2024
const monthly = aMeasure({ frequency: 'monthly' });

describe('currentObservation, monthly and quarterly measures', () => {
  it('takes the latest month ending within the quarter', () => {
    const rows = [anObservation(aMonth(2024, 11), '24.2'), anObservation(aMonth(2024, 10), '22.3'), anObservation(aMonth(2025, 1), '30')];
    expect(currentObservation(monthly, rows, q3)?.period).toEqual(aMonth(2024, 11));
  });

  it('shows the latest month as it is when it is suppressed, never an earlier number', () => {
    const rows = [anObservation(aMonth(2024, 11), '24.2'), anObservation(aMonth(2024, 12), special('c'))];
    expect(currentObservation(monthly, rows, q3)?.value).toEqual(special('c'));
  });

  it('finds nothing when no month of the quarter has a row, even with a row just before it', () => {
    expect(currentObservation(monthly, [anObservation(aMonth(2024, 9), '80')], q3)).toBeNull();
  });

  it('keeps the first of two rows for the same month', () => {
    const rows = [anObservation(aMonth(2024, 12), '1'), anObservation(aMonth(2024, 12), '2')];
    expect(currentObservation(monthly, rows, q3)?.value).toMatchObject({ decimal: '1' });
  });

  it('ignores other measures', () => {
    expect(currentObservation(monthly, [anObservation(aMonth(2024, 12), '1', { measureId: 'M2' })], q3)).toBeNull();
  });

  it('places a financial quarter in its own financial quarter', () => {
    const quarterly = aMeasure({ frequency: 'quarterly' });
    const rows = [anObservation(aQuarterEnding(2024, 9), '1'), anObservation(aQuarterEnding(2024, 12), '2')];
    expect(currentObservation(quarterly, rows, q3)?.period).toEqual(aQuarterEnding(2024, 12));
  });

  it('places an academic quarter (Sep-Nov) in the financial quarter holding the month it ends', () => {
    const academic = aMeasure({ frequency: 'quarterly', yearType: 'academic' });
    const rows = [anObservation(aQuarterEnding(2024, 8, 'academic'), '1'), anObservation(aQuarterEnding(2024, 11, 'academic'), '2')];
    expect(currentObservation(academic, rows, q3)?.period).toEqual(aQuarterEnding(2024, 11, 'academic'));
    expect(currentObservation(academic, rows, { startYear: 2024, quarter: 2 })?.period).toEqual(aQuarterEnding(2024, 8, 'academic'));
  });

  it('places a calendar quarter ending in March in financial Q4', () => {
    const calendar = aMeasure({ frequency: 'quarterly', yearType: 'calendar' });
    const rows = [anObservation(aQuarterEnding(2025, 3, 'calendar'), '1')];
    expect(currentObservation(calendar, rows, { startYear: 2024, quarter: 4 })?.period).toEqual(aQuarterEnding(2025, 3, 'calendar'));
    expect(currentObservation(calendar, rows, q3)).toBeNull();
  });

  it('places an academic-year month in the financial quarter of its calendar month', () => {
    const academicMonthly = aMeasure({ frequency: 'monthly', yearType: 'academic' });
    expect(currentObservation(academicMonthly, [anObservation(aMonth(2024, 10, 'academic'), '92.4')], q3)?.period).toEqual(aMonth(2024, 10, 'academic'));
  });
});

describe('currentObservation, annual measures', () => {
  const annual = aMeasure({ frequency: 'annual' });
  const rows = [anObservation(aYearEnding(2023, 3), '112.7'), anObservation(aYearEnding(2024, 3), '97.8')];

  it('shows the latest year ending on or before the end of the quarter', () => {
    expect(currentObservation(annual, rows, q3)?.period).toEqual(aYearEnding(2024, 3));
    expect(currentObservation(annual, rows, { startYear: 2023, quarter: 4 })?.period).toEqual(aYearEnding(2024, 3));
    expect(currentObservation(annual, rows, { startYear: 2023, quarter: 3 })?.period).toEqual(aYearEnding(2023, 3));
  });

  it('finds nothing before the first year has ended', () => {
    expect(currentObservation(annual, rows, { startYear: 2022, quarter: 3 })).toBeNull();
  });

  it('shows a suppressed latest year as suppressed', () => {
    const withSuppressed = [...rows, anObservation(aYearEnding(2025, 3), special('c'))];
    expect(currentObservation(annual, withSuppressed, { startYear: 2025, quarter: 1 })?.value).toEqual(special('c'));
  });

  it('shows an academic year from the quarter holding its August end', () => {
    const academic = aMeasure({ frequency: 'annual', yearType: 'academic' });
    const years = [anObservation(aYearEnding(2023, 8, 'academic'), '1'), anObservation(aYearEnding(2024, 8, 'academic'), '2')];
    expect(currentObservation(academic, years, { startYear: 2024, quarter: 1 })?.period.end).toBe(aYearEnding(2023, 8).end);
    expect(currentObservation(academic, years, { startYear: 2024, quarter: 2 })?.period.end).toBe(aYearEnding(2024, 8).end);
  });

  it('shows a calendar year from the quarter holding its December end', () => {
    const calendar = aMeasure({ frequency: 'annual', yearType: 'calendar' });
    const years = [anObservation(aYearEnding(2024, 12, 'calendar'), '20.4')];
    expect(currentObservation(calendar, years, q3)?.period).toEqual(aYearEnding(2024, 12, 'calendar'));
    expect(currentObservation(calendar, years, { startYear: 2024, quarter: 2 })).toBeNull();
  });
});

describe('quarterMonthsFor', () => {
  it('lists the three months of a quarter with one month missing', () => {
    const october = anObservation(aMonth(2024, 10), '22.3');
    const december = anObservation(aMonth(2024, 12), '24.2');
    expect(quarterMonthsFor(monthly, [december, october], q3)).toEqual([
      { month: aMonth(2024, 10).end, label: '2024-10', name: 'October 2024', observation: october },
      { month: aMonth(2024, 11).end, label: '2024-11', name: 'November 2024', observation: null },
      { month: aMonth(2024, 12).end, label: '2024-12', name: 'December 2024', observation: december },
    ]);
  });

  it('is empty for quarterly and annual measures', () => {
    expect(quarterMonthsFor(aMeasure({ frequency: 'quarterly' }), [], q3)).toEqual([]);
    expect(quarterMonthsFor(aMeasure({ frequency: 'annual' }), [], q3)).toEqual([]);
  });
});

describe('expectedPeriod', () => {
  it('is the last month of the quarter for a monthly measure', () => {
    expect(expectedPeriod({ frequency: 'monthly', yearType: 'financial' }, q3)).toEqual(aMonth(2024, 12));
  });

  it('is the one quarter of the measure year type that ends inside the financial quarter', () => {
    expect(expectedPeriod({ frequency: 'quarterly', yearType: 'financial' }, q3)).toEqual(aQuarterEnding(2024, 12));
    expect(expectedPeriod({ frequency: 'quarterly', yearType: 'academic' }, q3)).toEqual(aQuarterEnding(2024, 11, 'academic'));
    expect(expectedPeriod({ frequency: 'quarterly', yearType: 'calendar' }, q3)).toEqual(aQuarterEnding(2024, 12, 'calendar'));
  });

  it('is null for an annual measure', () => {
    expect(expectedPeriod({ frequency: 'annual', yearType: 'financial' }, q3)).toBeNull();
  });
});

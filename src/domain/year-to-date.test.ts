import { describe, expect, it } from 'vitest';
import { aMeasure, aMonth, anObservation, aQuarterEnding, aTally, aYearEnding, num, special } from './test-factories';
import { yearToDate, yearToDateSeries, ytdWindow } from './year-to-date';

const referrals = aMeasure({ unit: 'number', decimals: 0, polarity: 'none', ytd: 'sum' });
const contacted = aMeasure({ unit: 'percent', decimals: 1, ytd: 'ratio' });

describe('ytdWindow', () => {
  it('runs from April to the current month for a monthly financial-year measure', () => {
    expect(ytdWindow({ frequency: 'monthly', yearType: 'financial' }, aMonth(2024, 6))).toEqual([aMonth(2024, 4), aMonth(2024, 5), aMonth(2024, 6)]);
  });

  it('starts the next financial year afresh in April', () => {
    expect(ytdWindow({ frequency: 'monthly', yearType: 'financial' }, aMonth(2025, 4))).toEqual([aMonth(2025, 4)]);
  });

  it('includes January to March in the financial year that began the April before', () => {
    expect(ytdWindow({ frequency: 'monthly', yearType: 'financial' }, aMonth(2025, 2))).toHaveLength(11);
  });

  it('runs from September for an academic-year measure', () => {
    const window = ytdWindow({ frequency: 'monthly', yearType: 'academic' }, aMonth(2024, 11, 'academic'));
    expect(window).toEqual([aMonth(2024, 9, 'academic'), aMonth(2024, 10, 'academic'), aMonth(2024, 11, 'academic')]);
  });

  it('steps by quarter for quarterly measures, in their own year type', () => {
    expect(ytdWindow({ frequency: 'quarterly', yearType: 'financial' }, aQuarterEnding(2024, 12))).toEqual([
      aQuarterEnding(2024, 6),
      aQuarterEnding(2024, 9),
      aQuarterEnding(2024, 12),
    ]);
    expect(ytdWindow({ frequency: 'quarterly', yearType: 'calendar' }, aQuarterEnding(2024, 6, 'calendar'))).toEqual([
      aQuarterEnding(2024, 3, 'calendar'),
      aQuarterEnding(2024, 6, 'calendar'),
    ]);
    expect(ytdWindow({ frequency: 'quarterly', yearType: 'academic' }, aQuarterEnding(2025, 2, 'academic'))).toEqual([
      aQuarterEnding(2024, 11, 'academic'),
      aQuarterEnding(2025, 2, 'academic'),
    ]);
  });

  it('is empty for an annual measure', () => {
    expect(ytdWindow({ frequency: 'annual', yearType: 'financial' }, aYearEnding(2024, 3))).toEqual([]);
  });
});

describe('yearToDate, sum', () => {
  it('adds the values of every month so far', () => {
    const rows = [anObservation(aMonth(2024, 4), '120'), anObservation(aMonth(2024, 5), '98'), anObservation(aMonth(2024, 6), '131')];
    expect(yearToDate(referrals, rows, aMonth(2024, 6))).toEqual({
      status: 'complete',
      value: { value: 349, decimal: '349' },
      missing: [],
      text: 'Year to date (April 2024 to June 2024): 349',
    });
  });

  it('adds decimals exactly', () => {
    const days = aMeasure({ unit: 'days', decimals: 1, ytd: 'sum' });
    const rows = [anObservation(aMonth(2024, 4), '0.1'), anObservation(aMonth(2024, 5), '0.2')];
    expect(yearToDate(days, rows, aMonth(2024, 5)).value).toEqual({ value: 0.3, decimal: '0.3' });
  });

  it('reads observations in any order and ignores other measures and last year', () => {
    const rows = [
      anObservation(aMonth(2024, 5), '98'),
      anObservation(aMonth(2024, 3), '1000'),
      anObservation(aMonth(2024, 4), '500', { measureId: 'M2' }),
      anObservation(aMonth(2024, 4), '120'),
    ];
    expect(yearToDate(referrals, rows, aMonth(2024, 5)).value?.decimal).toBe('218');
  });

  it('names the month of a year with a missing month and gives no number', () => {
    const rows = [anObservation(aMonth(2024, 4), '120'), anObservation(aMonth(2024, 6), '131')];
    expect(yearToDate(referrals, rows, aMonth(2024, 6))).toEqual({
      status: 'incomplete',
      value: null,
      missing: ['2024-05'],
      text: 'Year to date incomplete: no figure for May 2024',
    });
  });

  it('never counts a suppressed month as zero', () => {
    const rows = [anObservation(aMonth(2024, 4), '120'), anObservation(aMonth(2024, 5), special('c')), anObservation(aMonth(2024, 6), '131')];
    const ytd = yearToDate(referrals, rows, aMonth(2024, 6));
    expect(ytd.status).toBe('incomplete');
    expect(ytd.value).toBeNull();
    expect(ytd.missing).toEqual(['2024-05']);
  });

  it('treats a suppressed numerator as suppressing the month', () => {
    const rows = [anObservation(aMonth(2024, 4), '120'), anObservation(aMonth(2024, 5), '3', { numerator: special('c') })];
    expect(yearToDate(referrals, rows, aMonth(2024, 5)).missing).toEqual(['2024-05']);
  });

  it('lists every missing month, including one not supplied and the current month', () => {
    const rows = [anObservation(aMonth(2024, 5), special('empty'))];
    expect(yearToDate(referrals, rows, aMonth(2024, 6)).missing).toEqual(['2024-04', '2024-05', '2024-06']);
  });

  it('uses the number and ignores its qualifier flag', () => {
    const rows = [anObservation(aMonth(2024, 4), num('120', 'p'))];
    expect(yearToDate(referrals, rows, aMonth(2024, 4))).toMatchObject({ status: 'complete', text: 'Year to date (April 2024): 120' });
  });
});

describe('yearToDate, ratio', () => {
  it('divides summed tallies rather than averaging percentages: 1/2 and 99/100 is 100/102 = 98.0%, not 74.5%', () => {
    const rows = [aTally(aMonth(2024, 4), 1, 2), aTally(aMonth(2024, 5), 99, 100)];
    const ytd = yearToDate(contacted, rows, aMonth(2024, 5));
    expect(ytd.status).toBe('complete');
    expect(ytd.value?.value).toBeCloseTo(98.0392, 4);
    expect(ytd.text).toBe('Year to date (April 2024 to May 2024): 98.0%');
  });

  it('scales a rate per 10,000 by 10,000', () => {
    const rate = aMeasure({ unit: 'rate-per-10k', decimals: 1, ytd: 'ratio' });
    const rows = [
      anObservation(aMonth(2024, 4), '100', { numerator: num('30'), denominator: num('5000') }),
      anObservation(aMonth(2024, 5), '100', { numerator: num('20'), denominator: num('5000') }),
    ];
    // (30 + 20) / 10,000 x 10,000 = 50
    expect(yearToDate(rate, rows, aMonth(2024, 5)).value?.value).toBe(50);
  });

  it('does not scale other units', () => {
    const days = aMeasure({ unit: 'days', decimals: 1, ytd: 'ratio' });
    const rows = [anObservation(aMonth(2024, 4), '25', { numerator: num('250'), denominator: num('10') })];
    expect(yearToDate(days, rows, aMonth(2024, 4)).value?.value).toBe(25);
  });

  it('needs a numerator and denominator for every month', () => {
    const rows = [
      aTally(aMonth(2024, 4), 57, 67),
      anObservation(aMonth(2024, 5), '85.0'),
      anObservation(aMonth(2024, 6), '90.0', { numerator: num('9') }),
    ];
    expect(yearToDate(contacted, rows, aMonth(2024, 6))).toMatchObject({ status: 'incomplete', missing: ['2024-05', '2024-06'] });
  });

  it('keeps a suppressed month out even when its denominator is known', () => {
    const rows = [aTally(aMonth(2024, 4), 57, 67), anObservation(aMonth(2024, 5), special('c'), { numerator: special('c'), denominator: num('4') })];
    expect(yearToDate(contacted, rows, aMonth(2024, 5))).toMatchObject({ status: 'incomplete', value: null, missing: ['2024-05'] });
  });

  it('cannot divide when the denominators add up to zero', () => {
    const rows = [anObservation(aMonth(2024, 4), '0', { numerator: num('0'), denominator: num('0') })];
    expect(yearToDate(contacted, rows, aMonth(2024, 4))).toEqual({
      status: 'incomplete',
      value: null,
      missing: [],
      text: 'Year to date cannot be calculated: the denominators add up to zero',
    });
  });
});

describe('yearToDate, latest and mean', () => {
  const lookedAfter = aMeasure({ unit: 'number', decimals: 0, polarity: 'none', ytd: 'latest' });
  const averageDays = aMeasure({ unit: 'days', decimals: 1, ytd: 'mean' });

  it('takes the current value for a snapshot count, needing no earlier month', () => {
    const rows = [anObservation(aMonth(2024, 4), '563'), anObservation(aMonth(2024, 6), '556')];
    expect(yearToDate(lookedAfter, rows, aMonth(2024, 6))).toEqual({
      status: 'complete',
      value: { value: 556, decimal: '556' },
      missing: [],
      text: 'Year to date (latest, June 2024): 556',
    });
  });

  it('is incomplete when the current snapshot is suppressed or absent', () => {
    expect(yearToDate(lookedAfter, [anObservation(aMonth(2024, 6), special('c'))], aMonth(2024, 6))).toMatchObject({
      status: 'incomplete',
      missing: ['2024-06'],
    });
    expect(yearToDate(lookedAfter, [anObservation(aMonth(2024, 5), '560')], aMonth(2024, 6)).missing).toEqual(['2024-06']);
  });

  it('averages the values for a mean measure', () => {
    const rows = [anObservation(aMonth(2024, 4), '10'), anObservation(aMonth(2024, 5), '20'), anObservation(aMonth(2024, 6), '31')];
    // (10 + 20 + 31) / 3 = 20.333...
    const ytd = yearToDate(averageDays, rows, aMonth(2024, 6));
    expect(ytd.value?.decimal).toBe('20.3333333333333');
    expect(ytd.text).toBe('Year to date (April 2024 to June 2024): 20.3');
  });

  it('leaves the mean incomplete when a month is missing', () => {
    const rows = [anObservation(aMonth(2024, 4), '10'), anObservation(aMonth(2024, 6), '31')];
    expect(yearToDate(averageDays, rows, aMonth(2024, 6)).status).toBe('incomplete');
  });
});

describe('yearToDate with no rule', () => {
  const none = { status: 'none', value: null, missing: [], text: 'No year-to-date figure' };

  it('has no figure when the measure has no ytd rule', () => {
    expect(yearToDate(aMeasure({ ytd: 'none' }), [anObservation(aMonth(2024, 4), '1')], aMonth(2024, 4))).toEqual(none);
  });

  it('has no figure for an annual measure whatever its rule', () => {
    const annual = aMeasure({ frequency: 'annual', ytd: 'sum' });
    expect(yearToDate(annual, [anObservation(aYearEnding(2024, 3), '1')], aYearEnding(2024, 3))).toEqual(none);
  });
});

describe('yearToDate for quarterly measures', () => {
  const quarterly = aMeasure({ frequency: 'quarterly', unit: 'number', decimals: 0, ytd: 'sum' });

  it('sums the quarters so far and names a missing quarter by its label', () => {
    const rows = [anObservation(aQuarterEnding(2024, 6), '40'), anObservation(aQuarterEnding(2024, 12), '35')];
    expect(yearToDate(quarterly, rows, aQuarterEnding(2024, 12)).missing).toEqual(['2024-25 Q2']);
    const full = [...rows, anObservation(aQuarterEnding(2024, 9), '25')];
    expect(yearToDate(quarterly, full, aQuarterEnding(2024, 12))).toMatchObject({ status: 'complete', text: 'Year to date (2024-25 Q1 to 2024-25 Q3): 100' });
  });

  it('ignores a monthly row that happens to end a quarter', () => {
    const rows = [anObservation(aMonth(2024, 6), '40')];
    expect(yearToDate(quarterly, rows, aQuarterEnding(2024, 6)).missing).toEqual(['2024-25 Q1']);
  });
});

describe('yearToDateSeries', () => {
  it('gives the cumulative figure at each month of the year, null once a month is missing and for months to come', () => {
    const rows = [
      anObservation(aMonth(2024, 4), '10'),
      anObservation(aMonth(2024, 5), '20'),
      anObservation(aMonth(2024, 7), '5'),
    ];
    const series = yearToDateSeries(referrals, rows, 2024);
    expect(series).toHaveLength(12);
    expect(series.map((p) => p.value?.decimal ?? null)).toEqual(['10', '30', null, null, null, null, null, null, null, null, null, null]);
    expect(series[0]).toMatchObject({ label: '2024-04', position: 1, period: aMonth(2024, 4) });
    expect(series[11]).toMatchObject({ label: '2025-03', position: 12 });
  });

  it('gives four points for a quarterly measure', () => {
    const quarterly = aMeasure({ frequency: 'quarterly', unit: 'number', decimals: 0, ytd: 'sum', yearType: 'academic' });
    const rows = [anObservation(aQuarterEnding(2023, 11, 'academic'), '3'), anObservation(aQuarterEnding(2024, 2, 'academic'), '4')];
    const series = yearToDateSeries(quarterly, rows, 2023);
    expect(series.map((p) => p.label)).toEqual(['2023-24 Q1', '2023-24 Q2', '2023-24 Q3', '2023-24 Q4']);
    expect(series.map((p) => p.value?.decimal ?? null)).toEqual(['3', '7', null, null]);
  });

  it('gives null points for a measure with no ytd rule and no points for an annual one', () => {
    const rows = [anObservation(aMonth(2024, 4), '10')];
    expect(yearToDateSeries(aMeasure({ ytd: 'none' }), rows, 2024).every((p) => p.value === null)).toBe(true);
    expect(yearToDateSeries(aMeasure({ frequency: 'annual', ytd: 'sum' }), rows, 2024)).toEqual([]);
  });
});

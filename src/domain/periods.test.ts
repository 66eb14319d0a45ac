import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarMonthOf,
  calendarYearOf,
  endsQuarter,
  endsYear,
  financialQuarterKey,
  financialQuarterLabel,
  financialQuarterOf,
  firstMonthOfYear,
  lastMonthOfYear,
  monthIndex,
  monthName,
  monthsOf,
  parseFinancialQuarter,
  parsePeriod,
  parseYearLabel,
  periodKindFor,
  periodLabel,
  previousFinancialQuarter,
  previousPeriod,
  quarterEnd,
  quarterMonths,
  quarterOfYear,
  sameFinancialQuarter,
  samePeriod,
  yearAgo,
  yearLabel,
  yearLabelOf,
  yearStartOf,
} from './periods';
import { aMonth, aQuarterEnding, aYearEnding, month } from './test-factories';
import { FREQUENCIES, YEAR_TYPES } from './types';
import type { FinancialQuarter, Period, YearType } from './types';

describe('months', () => {
  it('counts months from year 0: January 2024 is 24288', () => {
    expect(monthIndex(2024, 1)).toBe(24288);
    expect(monthIndex(2024, 12)).toBe(24299);
  });

  it('reads the calendar year and month back', () => {
    expect(calendarYearOf(24299)).toBe(2024);
    expect(calendarMonthOf(24299)).toBe(12);
    expect(calendarMonthOf(24288)).toBe(1);
  });

  it('names a month in full', () => {
    expect(monthName(month(2024, 10))).toBe('October 2024');
    expect(monthName(month(2025, 3))).toBe('March 2025');
  });
});

describe('years of each type', () => {
  it('starts financial years in April, academic years in September and calendar years in January', () => {
    expect(firstMonthOfYear(2024, 'financial')).toBe(month(2024, 4));
    expect(firstMonthOfYear(2024, 'academic')).toBe(month(2024, 9));
    expect(firstMonthOfYear(2024, 'calendar')).toBe(month(2024, 1));
    expect(lastMonthOfYear(2024, 'financial')).toBe(month(2025, 3));
    expect(lastMonthOfYear(2024, 'academic')).toBe(month(2025, 8));
    expect(lastMonthOfYear(2024, 'calendar')).toBe(month(2024, 12));
  });

  it('puts February 2025 in financial and academic 2024-25 but calendar 2025', () => {
    expect(yearStartOf(month(2025, 2), 'financial')).toBe(2024);
    expect(yearStartOf(month(2025, 2), 'academic')).toBe(2024);
    expect(yearStartOf(month(2025, 2), 'calendar')).toBe(2025);
  });

  it('turns the year at the first month of each type', () => {
    expect(yearStartOf(month(2024, 3), 'financial')).toBe(2023);
    expect(yearStartOf(month(2024, 4), 'financial')).toBe(2024);
    expect(yearStartOf(month(2024, 8), 'academic')).toBe(2023);
    expect(yearStartOf(month(2024, 9), 'academic')).toBe(2024);
  });

  it('labels split years with two digits and calendar years alone', () => {
    expect(yearLabel(2024, 'financial')).toBe('2024-25');
    expect(yearLabel(2024, 'academic')).toBe('2024-25');
    expect(yearLabel(1999, 'financial')).toBe('1999-00');
    expect(yearLabel(2009, 'financial')).toBe('2009-10');
    expect(yearLabel(2024, 'calendar')).toBe('2024');
  });

  it('labels the year a period belongs to, for targets and year to date', () => {
    expect(yearLabelOf(aMonth(2025, 1))).toBe('2024-25');
    expect(yearLabelOf(aQuarterEnding(2024, 11, 'academic'))).toBe('2024-25');
    expect(yearLabelOf(aQuarterEnding(2024, 12, 'calendar'))).toBe('2024');
    expect(yearLabelOf(aYearEnding(2024, 3))).toBe('2023-24');
  });
});

describe('quarters of each year type', () => {
  it('numbers financial quarters from April, academic from September, calendar from January', () => {
    expect(quarterOfYear(month(2024, 12), 'financial')).toBe(3);
    expect(quarterOfYear(month(2025, 1), 'financial')).toBe(4);
    expect(quarterOfYear(month(2024, 9), 'academic')).toBe(1);
    expect(quarterOfYear(month(2024, 8), 'academic')).toBe(4);
    expect(quarterOfYear(month(2024, 3), 'calendar')).toBe(1);
  });

  it('knows which months end a quarter or a year', () => {
    expect([3, 6, 9, 12].every((m) => endsQuarter(month(2024, m), 'financial'))).toBe(true);
    expect(endsQuarter(month(2024, 5), 'financial')).toBe(false);
    expect([2, 5, 8, 11].every((m) => endsQuarter(month(2024, m), 'academic'))).toBe(true);
    expect(endsQuarter(month(2024, 12), 'academic')).toBe(false);
    expect(endsYear(month(2024, 3), 'financial')).toBe(true);
    expect(endsYear(month(2024, 8), 'academic')).toBe(true);
    expect(endsYear(month(2024, 12), 'calendar')).toBe(true);
    expect(endsYear(month(2024, 12), 'financial')).toBe(false);
  });
});

describe('periodLabel', () => {
  it('writes each kind of period in its canonical form', () => {
    expect(periodLabel(aMonth(2024, 12))).toBe('2024-12');
    expect(periodLabel(aMonth(2024, 1, 'academic'))).toBe('2024-01');
    expect(periodLabel(aQuarterEnding(2024, 12))).toBe('2024-25 Q3');
    expect(periodLabel(aQuarterEnding(2025, 3))).toBe('2024-25 Q4');
    expect(periodLabel(aQuarterEnding(2024, 11, 'academic'))).toBe('2024-25 Q1');
    expect(periodLabel(aQuarterEnding(2024, 3, 'calendar'))).toBe('2024 Q1');
    expect(periodLabel(aYearEnding(2024, 3))).toBe('2023-24');
    expect(periodLabel(aYearEnding(2024, 8, 'academic'))).toBe('2023-24');
    expect(periodLabel(aYearEnding(2024, 12, 'calendar'))).toBe('2024');
  });
});

describe('period arithmetic', () => {
  it('lists the months a period covers, oldest first', () => {
    expect(monthsOf(aMonth(2024, 6))).toEqual([month(2024, 6)]);
    expect(monthsOf(aQuarterEnding(2024, 12))).toEqual([month(2024, 10), month(2024, 11), month(2024, 12)]);
    const year = monthsOf(aYearEnding(2024, 3));
    expect(year).toHaveLength(12);
    expect(year[0]).toBe(month(2023, 4));
    expect(year[11]).toBe(month(2024, 3));
  });

  it('goes back a year or one period', () => {
    expect(yearAgo(aQuarterEnding(2024, 12))).toEqual(aQuarterEnding(2023, 12));
    expect(previousPeriod(aMonth(2024, 1))).toEqual(aMonth(2023, 12));
    expect(previousPeriod(aQuarterEnding(2024, 6))).toEqual(aQuarterEnding(2024, 3));
    expect(previousPeriod(aYearEnding(2024, 3))).toEqual(aYearEnding(2023, 3));
  });

  it('compares periods by kind and end month', () => {
    expect(samePeriod(aMonth(2024, 6), aMonth(2024, 6))).toBe(true);
    expect(samePeriod(aMonth(2024, 6), aQuarterEnding(2024, 6))).toBe(false);
    expect(samePeriod(aMonth(2024, 6), aMonth(2024, 7))).toBe(false);
  });

  it('maps each frequency to a kind of period', () => {
    expect(FREQUENCIES.map(periodKindFor)).toEqual(['month', 'quarter', 'year']);
  });
});

function parsed(text: string, frequency: 'monthly' | 'quarterly' | 'annual', yearType: YearType): Period | string {
  const result = parsePeriod(text, frequency, yearType);
  return result.ok ? result.period : result.reason;
}

describe('parsePeriod, the three forms in each year type', () => {
  it('reads a month for monthly measures of every year type', () => {
    for (const yearType of YEAR_TYPES) expect(parsed('2024-06', 'monthly', yearType)).toEqual(aMonth(2024, 6, yearType));
  });

  it('reads a month that ends a quarter as that quarter', () => {
    expect(parsed('2024-06', 'quarterly', 'financial')).toEqual(aQuarterEnding(2024, 6));
    expect(parsed('2024-11', 'quarterly', 'academic')).toEqual(aQuarterEnding(2024, 11, 'academic'));
    expect(parsed('2024-03', 'quarterly', 'calendar')).toEqual(aQuarterEnding(2024, 3, 'calendar'));
  });

  it('reads a month that ends a year as that year', () => {
    expect(parsed('2024-03', 'annual', 'financial')).toEqual(aYearEnding(2024, 3));
    expect(parsed('2024-08', 'annual', 'academic')).toEqual(aYearEnding(2024, 8, 'academic'));
    expect(parsed('2024-12', 'annual', 'calendar')).toEqual(aYearEnding(2024, 12, 'calendar'));
  });

  it('reads 2024-25 Q3 as October-December 2024 for a financial measure', () => {
    const period = parsed('2024-25 Q3', 'quarterly', 'financial') as Period;
    expect(period).toEqual(aQuarterEnding(2024, 12));
    expect(monthsOf(period)).toEqual([month(2024, 10), month(2024, 11), month(2024, 12)]);
  });

  it('reads 2024-25 Q1 as September-November 2024 for an academic measure', () => {
    expect(parsed('2024-25 Q1', 'quarterly', 'academic')).toEqual(aQuarterEnding(2024, 11, 'academic'));
  });

  it('reads a calendar quarter', () => {
    expect(parsed('2024 Q1', 'quarterly', 'calendar')).toEqual(aQuarterEnding(2024, 3, 'calendar'));
    expect(parsed('2024 Q4', 'quarterly', 'calendar')).toEqual(aQuarterEnding(2024, 12, 'calendar'));
  });

  it('reads a whole year in each year type', () => {
    expect(parsed('2023-24', 'annual', 'financial')).toEqual(aYearEnding(2024, 3));
    expect(parsed('2023-24', 'annual', 'academic')).toEqual(aYearEnding(2024, 8, 'academic'));
    expect(parsed('2024', 'annual', 'calendar')).toEqual(aYearEnding(2024, 12, 'calendar'));
  });

  it('tolerates spaces around, a hyphen before the quarter and a lower-case q', () => {
    expect(parsed(' 2024-25-Q3 ', 'quarterly', 'financial')).toEqual(aQuarterEnding(2024, 12));
    expect(parsed('2024-25 q3', 'quarterly', 'financial')).toEqual(aQuarterEnding(2024, 12));
  });

  it('reads 2011-12 as December 2011 for a monthly measure but as a year for an annual one', () => {
    expect(parsed('2011-12', 'monthly', 'financial')).toEqual(aMonth(2011, 12));
    expect(parsed('2011-12', 'annual', 'financial')).toEqual(aYearEnding(2012, 3));
    expect(parsed('2011-12', 'annual', 'calendar')).toEqual(aYearEnding(2011, 12, 'calendar'));
  });
});

describe('parsePeriod, periods that do not fit', () => {
  it('rejects a quarter for a monthly measure', () => {
    expect(parsed('2024-25 Q3', 'monthly', 'financial')).toBe(
      '"2024-25 Q3" is a quarter, but this monthly measure needs a month (YYYY-MM)',
    );
  });

  it('rejects May for a financial quarterly measure, since May ends no financial quarter', () => {
    expect(parsed('2024-05', 'quarterly', 'financial')).toBe(
      '"2024-05" is a month that ends no financial quarter, but this quarterly measure needs a quarter (YYYY-YY Qn, YYYY Qn, or the YYYY-MM month that ends the quarter)',
    );
  });

  it('rejects a month that ends no year for an annual measure', () => {
    expect(parsed('2024-06', 'annual', 'financial')).toMatch(/^"2024-06" is a month that ends no financial year, but this annual measure needs a year/);
  });

  it('rejects month 13 as not a month', () => {
    expect(parsed('2024-13', 'monthly', 'financial')).toBe('"2024-13" is not a month (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)');
    expect(parsed('2024-00', 'monthly', 'financial')).toBe('"2024-00" is not a month (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)');
  });

  it('rejects 2024-26, which is neither a month nor a split year', () => {
    expect(parsed('2024-26', 'annual', 'financial')).toBe('"2024-26" is not a month (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)');
  });

  it('rejects a split year for a monthly measure', () => {
    expect(parsed('2024-25', 'monthly', 'financial')).toBe('"2024-25" is a financial year, but this monthly measure needs a month (YYYY-MM)');
  });

  it('rejects quarter 5 and slash-separated years as not periods', () => {
    expect(parsed('2024-25 Q5', 'quarterly', 'financial')).toBe('"2024-25 Q5" is not a period (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)');
    expect(parsed('Q5', 'quarterly', 'financial')).toBe('"Q5" is not a period (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)');
    expect(parsed('2024/25', 'annual', 'financial')).toBe('"2024/25" is not a period (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)');
  });

  it('rejects a quarter whose two years do not follow on', () => {
    expect(parsed('2024-26 Q1', 'quarterly', 'financial')).toBe('"2024-26 Q1" is not a period (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)');
  });

  it('rejects a form from the wrong year type, saying which year type the measure uses', () => {
    expect(parsed('2024 Q1', 'quarterly', 'financial')).toBe(
      '"2024 Q1" is a calendar quarter, but this measure uses financial years, so it needs a quarter (YYYY-YY Qn, YYYY Qn, or the YYYY-MM month that ends the quarter)',
    );
    expect(parsed('2024-25 Q1', 'quarterly', 'calendar')).toMatch(/^"2024-25 Q1" is a financial or academic quarter, but this measure uses calendar years/);
    expect(parsed('2024', 'annual', 'academic')).toMatch(/^"2024" is a calendar year, but this measure uses academic years/);
    expect(parsed('2023-24', 'annual', 'calendar')).toMatch(/^"2023-24" is a financial or academic year, but this measure uses calendar years/);
  });

  it('rejects a calendar quarter or year for the wrong frequency', () => {
    expect(parsed('2024 Q1', 'annual', 'calendar')).toMatch(/^"2024 Q1" is a quarter, but this annual measure/);
    expect(parsed('2024', 'quarterly', 'calendar')).toMatch(/^"2024" is a year, but this quarterly measure/);
  });

  it('rejects text', () => {
    expect(parsed('June 2024', 'monthly', 'financial')).toBe('"June 2024" is not a period (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)');
    expect(parsed('', 'monthly', 'financial')).toBe('"" is not a period (expected YYYY-MM, YYYY-YY Qn or YYYY-YY)');
  });
});

describe('parseYearLabel', () => {
  it('reads a split year for financial and academic measures', () => {
    expect(parseYearLabel('2024-25', 'financial')).toEqual({ startYear: 2024, end: month(2025, 3) });
    expect(parseYearLabel(' 2024-25 ', 'academic')).toEqual({ startYear: 2024, end: month(2025, 8) });
  });

  it('reads a single year for calendar measures', () => {
    expect(parseYearLabel('2024', 'calendar')).toEqual({ startYear: 2024, end: month(2024, 12) });
  });

  it('rejects the wrong form or a split year that does not follow on', () => {
    expect(parseYearLabel('2024', 'financial')).toBeNull();
    expect(parseYearLabel('2024-25', 'calendar')).toBeNull();
    expect(parseYearLabel('2024-26', 'financial')).toBeNull();
    expect(parseYearLabel('2024/25', 'financial')).toBeNull();
  });
});

describe('financial quarters', () => {
  const q3: FinancialQuarter = { startYear: 2024, quarter: 3 };

  it('makes 2024-25 Q3 October to December 2024', () => {
    expect(quarterEnd(q3)).toBe(month(2024, 12));
    expect(quarterMonths(q3)).toEqual([month(2024, 10), month(2024, 11), month(2024, 12)]);
    expect(quarterMonths({ startYear: 2024, quarter: 4 })).toEqual([month(2025, 1), month(2025, 2), month(2025, 3)]);
  });

  it('reads the URL form 2024-25-Q3 and the spaced form 2024-25 Q3', () => {
    expect(parseFinancialQuarter('2024-25-Q3')).toEqual(q3);
    expect(parseFinancialQuarter('2024-25 Q3')).toEqual(q3);
    expect(parseFinancialQuarter(' 2024-25-q3 ')).toEqual(q3);
  });

  it('rejects anything else', () => {
    expect(parseFinancialQuarter('2024-25-Q5')).toBeNull();
    expect(parseFinancialQuarter('2024-26-Q3')).toBeNull();
    expect(parseFinancialQuarter('2024 Q3')).toBeNull();
    expect(parseFinancialQuarter('2024/25 Q3')).toBeNull();
    expect(parseFinancialQuarter('')).toBeNull();
  });

  it('writes the key and the label', () => {
    expect(financialQuarterKey(q3)).toBe('2024-25-Q3');
    expect(financialQuarterLabel(q3)).toBe('2024-25 Q3');
  });

  it('finds the financial quarter of any month', () => {
    expect(financialQuarterOf(month(2024, 4))).toEqual({ startYear: 2024, quarter: 1 });
    expect(financialQuarterOf(month(2024, 11))).toEqual(q3);
    expect(financialQuarterOf(month(2025, 3))).toEqual({ startYear: 2024, quarter: 4 });
  });

  it('steps back a quarter across the year boundary', () => {
    expect(previousFinancialQuarter(q3)).toEqual({ startYear: 2024, quarter: 2 });
    expect(previousFinancialQuarter({ startYear: 2024, quarter: 1 })).toEqual({ startYear: 2023, quarter: 4 });
  });

  it('compares quarters', () => {
    expect(sameFinancialQuarter(q3, { startYear: 2024, quarter: 3 })).toBe(true);
    expect(sameFinancialQuarter(q3, { startYear: 2023, quarter: 3 })).toBe(false);
  });
});

describe('period properties', () => {
  const yearType = fc.constantFrom(...YEAR_TYPES);
  const anyMonth = fc.integer({ min: month(1950, 1), max: month(2150, 12) });

  it('reads back the label of any month, quarter or year of every year type', () => {
    fc.assert(
      fc.property(anyMonth, yearType, fc.constantFrom(...FREQUENCIES), (m, type, frequency) => {
        const kind = periodKindFor(frequency);
        // Snap to the last month of the period that contains m.
        const step = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
        const offset = (((m - firstMonthOfYear(0, type) + 1) % step) + step) % step;
        const period: Period = { kind, yearType: type, end: m + (offset === 0 ? 0 : step - offset) };
        const result = parsePeriod(periodLabel(period), frequency, type);
        return result.ok && samePeriod(result.period, period) && result.period.yearType === type;
      }),
    );
  });

  it('finds the quarter whose end is the end of any financial quarter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2150 }), fc.constantFrom(1, 2, 3, 4), (startYear, quarter) => {
        const fq = { startYear, quarter } as FinancialQuarter;
        return sameFinancialQuarter(financialQuarterOf(quarterEnd(fq)), fq);
      }),
    );
  });

  it('reads back the key and the label of any financial quarter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2150 }), fc.constantFrom(1, 2, 3, 4), (startYear, quarter) => {
        const fq = { startYear, quarter } as FinancialQuarter;
        return (
          sameFinancialQuarter(parseFinancialQuarter(financialQuarterKey(fq))!, fq) &&
          sameFinancialQuarter(parseFinancialQuarter(financialQuarterLabel(fq))!, fq)
        );
      }),
    );
  });

  it('puts every month in the quarter whose three months include it', () => {
    fc.assert(fc.property(anyMonth, (m) => quarterMonths(financialQuarterOf(m)).includes(m)));
  });
});

// Years, quarters and periods. Councils report by financial year (Apr-Mar), education by academic year
// (Sep-Aug); the scorecard is always viewed by financial quarter. Every period is pinned to the calendar
// month it ends in, so periods of different year types can be placed in the same quarter.
import type { FinancialQuarter, Frequency, MonthIndex, Period, YearType } from './types';

/** 0-based calendar month in which each kind of year starts. */
const YEAR_START_MONTH: Record<YearType, number> = { financial: 3, academic: 8, calendar: 0 };

export function monthIndex(year: number, month1to12: number): MonthIndex {
  return year * 12 + (month1to12 - 1);
}

export function calendarYearOf(month: MonthIndex): number {
  return Math.floor(month / 12);
}

/** 1-12 */
export function calendarMonthOf(month: MonthIndex): number {
  return (month % 12) + 1;
}

/** The calendar year in which the year (of the given type) containing `month` starts: Feb 2025 is in financial 2024(-25). */
export function yearStartOf(month: MonthIndex, yearType: YearType): number {
  return calendarYearOf(month - YEAR_START_MONTH[yearType]);
}

export function firstMonthOfYear(startYear: number, yearType: YearType): MonthIndex {
  return startYear * 12 + YEAR_START_MONTH[yearType];
}

export function lastMonthOfYear(startYear: number, yearType: YearType): MonthIndex {
  return firstMonthOfYear(startYear, yearType) + 11;
}

/** "2024-25" for financial and academic years, "2024" for calendar years. */
export function yearLabel(startYear: number, yearType: YearType): string {
  if (yearType === 'calendar') return String(startYear);
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The label of the year (in the measure's year type) that a period belongs to: the key for targets and YTD. */
export function yearLabelOf(period: Period): string {
  return yearLabel(yearStartOf(period.end, period.yearType), period.yearType);
}

/** 1-4: the quarter of its year (of the given type) that `month` falls in. */
export function quarterOfYear(month: MonthIndex, yearType: YearType): 1 | 2 | 3 | 4 {
  const offset = (((month - YEAR_START_MONTH[yearType]) % 12) + 12) % 12;
  return (Math.floor(offset / 3) + 1) as 1 | 2 | 3 | 4;
}

/** Whether `month` is the last month of a quarter of the given year type. */
export function endsQuarter(month: MonthIndex, yearType: YearType): boolean {
  return (((month - YEAR_START_MONTH[yearType] + 1) % 3) + 3) % 3 === 0;
}

/** Whether `month` is the last month of a year of the given type. */
export function endsYear(month: MonthIndex, yearType: YearType): boolean {
  return (((month - YEAR_START_MONTH[yearType] + 1) % 12) + 12) % 12 === 0;
}

/** Canonical label: `2024-12`, `2024-25 Q3`, `2024 Q1`, `2023-24`, `2024`. */
export function periodLabel(period: Period): string {
  const { end, yearType } = period;
  switch (period.kind) {
    case 'month':
      return `${calendarYearOf(end)}-${String(calendarMonthOf(end)).padStart(2, '0')}`;
    case 'quarter':
      return `${yearLabel(yearStartOf(end, yearType), yearType)} Q${quarterOfYear(end, yearType)}`;
    case 'year':
      return yearLabel(yearStartOf(end, yearType), yearType);
  }
}

/**
 * The period as a reader says it: "December 2024", "2024-25 Q3", "2024-25". Screens and sentences use this;
 * exports and links keep the canonical periodLabel ("2024-12").
 */
export function periodName(period: Period): string {
  return period.kind === 'month' ? monthName(period.end) : periodLabel(period);
}

/** The months a period covers, oldest first. */
export function monthsOf(period: Period): MonthIndex[] {
  const length = period.kind === 'month' ? 1 : period.kind === 'quarter' ? 3 : 12;
  return Array.from({ length }, (_, i) => period.end - length + 1 + i);
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && a.end === b.end;
}

/** The same period a year earlier. */
export function yearAgo(period: Period): Period {
  return { ...period, end: period.end - 12 };
}

/** The period immediately before: last month, last quarter or last year. */
export function previousPeriod(period: Period): Period {
  const step = period.kind === 'month' ? 1 : period.kind === 'quarter' ? 3 : 12;
  return { ...period, end: period.end - step };
}

const PERIOD_KIND_FOR: Record<Frequency, Period['kind']> = { monthly: 'month', quarterly: 'quarter', annual: 'year' };

export function periodKindFor(frequency: Frequency): Period['kind'] {
  return PERIOD_KIND_FOR[frequency];
}

export type PeriodParse = { ok: true; period: Period } | { ok: false; reason: string };

const EXPECTED = '(expected YYYY-MM, YYYY-YY Qn or YYYY-YY)';
const MONTH_OR_YEAR = /^(\d{4})-(\d{2})$/;
const SPLIT_YEAR_QUARTER = /^(\d{4})-(\d{2})[\s-]*Q([1-4])$/i;
const CALENDAR_QUARTER = /^(\d{4})[\s-]*Q([1-4])$/i;
const CALENDAR_YEAR = /^(\d{4})$/;

function isSplitYear(first: number, second: string): boolean {
  return String((first + 1) % 100).padStart(2, '0') === second;
}

const FREQUENCY_FORMS: Record<Frequency, string> = {
  monthly: 'a month (YYYY-MM)',
  quarterly: 'a quarter (YYYY-YY Qn, YYYY Qn, or the YYYY-MM month that ends the quarter)',
  annual: 'a year (YYYY-YY, YYYY, or the YYYY-MM month that ends the year)',
};

/**
 * Reads a `period` cell for a measure of the given frequency and year type.
 * `YYYY-YY` is both a possible month and a possible split year (2011-12); the reading that fits the
 * measure's frequency wins, and the year reading wins when both fit (only annual measures, e.g. 2002-03).
 */
export function parsePeriod(text: string, frequency: Frequency, yearType: YearType): PeriodParse {
  const raw = text.trim();
  const quoted = `"${raw}"`;
  const wanted = periodKindFor(frequency);
  const misfit = (what: string): PeriodParse => ({
    ok: false,
    reason: `${quoted} is ${what}, but this ${frequency} measure needs ${FREQUENCY_FORMS[frequency]}`,
  });
  const wrongYearType = (what: string): PeriodParse => ({
    ok: false,
    reason: `${quoted} is ${what}, but this measure uses ${yearType} years, so it needs ${FREQUENCY_FORMS[frequency]}`,
  });

  const monthOrYear = MONTH_OR_YEAR.exec(raw);
  if (monthOrYear) {
    const year = Number(monthOrYear[1]);
    const second = monthOrYear[2]!;
    const yearForm = isSplitYear(year, second) && yearType !== 'calendar';
    if (yearForm && wanted === 'year') {
      return { ok: true, period: { kind: 'year', yearType, end: lastMonthOfYear(year, yearType) } };
    }
    const month = Number(second);
    if (month < 1 || month > 12) {
      if (isSplitYear(year, second)) {
        return yearType === 'calendar' ? wrongYearType('a financial or academic year') : misfit(`a ${yearType} year`);
      }
      return { ok: false, reason: `${quoted} is not a month ${EXPECTED}` };
    }
    const end = monthIndex(year, month);
    if (wanted === 'month') return { ok: true, period: { kind: 'month', yearType, end } };
    if (wanted === 'quarter') {
      if (endsQuarter(end, yearType)) return { ok: true, period: { kind: 'quarter', yearType, end } };
      return misfit(`a month that ends no ${yearType} quarter`);
    }
    if (endsYear(end, yearType)) return { ok: true, period: { kind: 'year', yearType, end } };
    return misfit(`a month that ends no ${yearType} year`);
  }

  const splitQuarter = SPLIT_YEAR_QUARTER.exec(raw);
  if (splitQuarter) {
    const year = Number(splitQuarter[1]);
    if (!isSplitYear(year, splitQuarter[2]!)) return { ok: false, reason: `${quoted} is not a period ${EXPECTED}` };
    if (yearType === 'calendar') return wrongYearType('a financial or academic quarter');
    if (wanted !== 'quarter') return misfit('a quarter');
    const end = firstMonthOfYear(year, yearType) + Number(splitQuarter[3]) * 3 - 1;
    return { ok: true, period: { kind: 'quarter', yearType, end } };
  }

  const calendarQuarter = CALENDAR_QUARTER.exec(raw);
  if (calendarQuarter) {
    if (yearType !== 'calendar') return wrongYearType('a calendar quarter');
    if (wanted !== 'quarter') return misfit('a quarter');
    const end = monthIndex(Number(calendarQuarter[1]), Number(calendarQuarter[2]) * 3);
    return { ok: true, period: { kind: 'quarter', yearType, end } };
  }

  if (CALENDAR_YEAR.test(raw)) {
    if (yearType !== 'calendar') return wrongYearType('a calendar year');
    if (wanted !== 'year') return misfit('a year');
    return { ok: true, period: { kind: 'year', yearType, end: monthIndex(Number(raw), 12) } };
  }

  return { ok: false, reason: `${quoted} is not a period ${EXPECTED}` };
}

/** Reads a year label ("2024-25" or "2024") in the measure's year type; the month it ends, or null. */
export function parseYearLabel(text: string, yearType: YearType): { startYear: number; end: MonthIndex } | null {
  const raw = text.trim();
  if (yearType === 'calendar') {
    if (!CALENDAR_YEAR.test(raw)) return null;
    const startYear = Number(raw);
    return { startYear, end: lastMonthOfYear(startYear, yearType) };
  }
  const match = MONTH_OR_YEAR.exec(raw);
  if (!match || !isSplitYear(Number(match[1]), match[2]!)) return null;
  const startYear = Number(match[1]);
  return { startYear, end: lastMonthOfYear(startYear, yearType) };
}

// ---- Financial quarters: how the scorecard is viewed -------------------------------------------

const QUARTER_PARAM = /^(\d{4})-(\d{2})[\s-]*Q([1-4])$/i;

/** Reads `2024-25-Q3` (URL and command-line form) or `2024-25 Q3`. */
export function parseFinancialQuarter(text: string): FinancialQuarter | null {
  const match = QUARTER_PARAM.exec(text.trim());
  if (!match || !isSplitYear(Number(match[1]), match[2]!)) return null;
  return { startYear: Number(match[1]), quarter: Number(match[3]) as FinancialQuarter['quarter'] };
}

/** `2024-25-Q3`: the form used in URLs and on the command line. */
export function financialQuarterKey(fq: FinancialQuarter): string {
  return `${yearLabel(fq.startYear, 'financial')}-Q${fq.quarter}`;
}

/** `2024-25 Q3`: the form people read. */
export function financialQuarterLabel(fq: FinancialQuarter): string {
  return `${yearLabel(fq.startYear, 'financial')} Q${fq.quarter}`;
}

export function financialQuarterOf(month: MonthIndex): FinancialQuarter {
  return { startYear: yearStartOf(month, 'financial'), quarter: quarterOfYear(month, 'financial') };
}

export function quarterEnd(fq: FinancialQuarter): MonthIndex {
  return firstMonthOfYear(fq.startYear, 'financial') + fq.quarter * 3 - 1;
}

/** The three months of the quarter, oldest first. */
export function quarterMonths(fq: FinancialQuarter): MonthIndex[] {
  const end = quarterEnd(fq);
  return [end - 2, end - 1, end];
}

export function previousFinancialQuarter(fq: FinancialQuarter): FinancialQuarter {
  return financialQuarterOf(quarterEnd(fq) - 3);
}

export function sameFinancialQuarter(a: FinancialQuarter, b: FinancialQuarter): boolean {
  return a.startYear === b.startYear && a.quarter === b.quarter;
}

// Month names are fixed English words; a table avoids the Intl formatter, which dominated loading a million rows.
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "October 2024" */
export function monthName(month: MonthIndex): string {
  return `${MONTH_NAMES[calendarMonthOf(month) - 1]} ${calendarYearOf(month)}`;
}

// Period and year cells are read in the measure's own year type, so they can only be checked once the
// row's measure is known.
import { parsePeriod, parseYearLabel, yearLabel } from '../domain/periods';
import type { Measure, MonthIndex, Period, YearType } from '../domain/types';

export type PeriodRead = { ok: true; period: Period } | { ok: false; reason: string };
export type YearRead = { ok: true; label: string; end: MonthIndex } | { ok: false; reason: string };

/**
 * parsePeriod's reasons already say what the measure needs, e.g. `"2024-13" is not a month (expected ...)`.
 * A file repeats a few hundred periods over up to a million rows, so readings are remembered; the cache
 * is per load (see periodReader), so it never outlives the files it was filled from.
 */
export function periodReader(): (text: string, measure: Measure) => PeriodRead {
  // Keyed by how the text is read (frequency and year type), not by measure: thousands of measures share
  // the same few hundred periods, and sharing the Period objects saves memory too.
  const byReading = new Map<string, Map<string, PeriodRead>>();
  const byMeasure = new Map<Measure, Map<string, PeriodRead>>();
  return (text, measure) => {
    let cache = byMeasure.get(measure);
    if (!cache) {
      const reading = `${measure.frequency} ${measure.yearType}`;
      cache = byReading.get(reading) ?? new Map<string, PeriodRead>();
      byReading.set(reading, cache);
      byMeasure.set(measure, cache);
    }
    let read = cache.get(text);
    if (read === undefined) {
      read = parsePeriod(text, measure.frequency, measure.yearType);
      cache.set(text, read);
    }
    return read;
  };
}

export const readPeriod = (text: string, measure: Measure): PeriodRead => parsePeriod(text, measure.frequency, measure.yearType);

const EXPECTED_YEAR: Record<YearType, string> = {
  financial: 'a financial year written YYYY-YY, e.g. 2024-25 for April 2024 to March 2025',
  academic: 'an academic year written YYYY-YY, e.g. 2024-25 for September 2024 to August 2025',
  calendar: 'a calendar year written YYYY, e.g. 2024',
};

/** A year label (`2024-25` or `2024`) in the measure's year type, canonicalised. */
export function readYear(text: string, measure: Measure): YearRead {
  // A targets or benchmarks file repeats a few dozen years over thousands of rows: readings that succeed are
  // remembered (a failure's reason names the measure, so it is worked out each time).
  const readings = yearReadings[measure.yearType];
  const known = readings.get(text);
  if (known) return known;
  const read = readYearOnce(text, measure);
  if (read.ok) {
    if (readings.size >= 10_000) readings.clear();
    readings.set(text, read);
  }
  return read;
}

const yearReadings: Record<YearType, Map<string, YearRead>> = { financial: new Map(), academic: new Map(), calendar: new Map() };

function readYearOnce(text: string, measure: Measure): YearRead {
  const written = text.trim();
  const parsed = parseYearLabel(written, measure.yearType);
  if (parsed) return { ok: true, label: yearLabel(parsed.startYear, measure.yearType), end: parsed.end };
  if (written === '') return { ok: false, reason: `the year is empty (expected ${EXPECTED_YEAR[measure.yearType]})` };
  const hint =
    /^\d{4}$/.test(written) && measure.yearType === 'financial'
      ? `; a DfE reporting year ${written} (to 31 March ${written}) is written ${Number(written) - 1}-${written.slice(2)}`
      : '';
  return {
    ok: false,
    reason: `"${written}" is not a year for measure ${measure.id} (expected ${EXPECTED_YEAR[measure.yearType]})${hint}`,
  };
}

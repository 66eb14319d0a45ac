// Seasonality: the same month (or quarter) of each year side by side, so a reader can tell a seasonal
// pattern (every August is low) from a change. Months and quarters are ordered as the measure's year runs:
// April first for a financial year, September first for an academic one.
import { firstMonthOfYear, periodKindFor, yearLabel, yearStartOf } from './periods';
import { spcRowsByEnd } from './spc';
import type { Measure, Observation, Period } from './types';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export interface SeasonalEntry {
  /** The year label in the measure's year type: "2024-25" or "2024". */
  year: string;
  period: Period;
  /** The row (suppression applied), or null when none was supplied. */
  observation: Observation | null;
  /** The figure as written, or null for no row or a special value (never zero). */
  value: number | null;
}

export interface SeasonalGroup {
  /** Position in the measure's year: 1 = the year's first month (or quarter). */
  position: number;
  /** "April", or "Q1". */
  label: string;
  /** One entry per year in SeasonalView.years, in the same order. */
  entries: SeasonalEntry[];
}

export interface SeasonalView {
  kind: 'month' | 'quarter';
  /** Every year from the first row's to the last row's, oldest first, including years with no rows. */
  years: string[];
  /** 12 groups (months) or 4 (quarters), in the order the measure's year runs. */
  groups: SeasonalGroup[];
}

/**
 * Groups a monthly or quarterly measure's figures by month (or quarter) of its year across years, up to
 * `upTo` when given. Null for an annual measure (no season to compare) or a measure with no rows.
 */
export function seasonalView(
  measure: Pick<Measure, 'id' | 'frequency' | 'yearType'>,
  observations: readonly Observation[],
  upTo: Period | null = null,
): SeasonalView | null {
  const kind = periodKindFor(measure.frequency);
  if (kind === 'year') return null;
  const byEnd = spcRowsByEnd(measure, observations, upTo);
  if (byEnd.size === 0) return null;

  const { yearType } = measure;
  const ends = [...byEnd.keys()];
  const firstYear = yearStartOf(Math.min(...ends), yearType);
  const lastYear = yearStartOf(Math.max(...ends), yearType);
  const startYears = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const step = kind === 'month' ? 1 : 3;
  const groupCount = 12 / step;

  const groups = Array.from({ length: groupCount }, (_, g): SeasonalGroup => {
    const offset = g * step + step - 1;
    const month = (firstMonthOfYear(firstYear, yearType) + offset) % 12;
    return {
      position: g + 1,
      label: kind === 'month' ? MONTH_NAMES[month]! : `Q${g + 1}`,
      entries: startYears.map((startYear): SeasonalEntry => {
        const end = firstMonthOfYear(startYear, yearType) + offset;
        const observation = byEnd.get(end) ?? null;
        const cell = observation?.value;
        return {
          year: yearLabel(startYear, yearType),
          period: observation?.period ?? { kind, yearType, end },
          observation,
          value: cell?.kind === 'number' ? cell.value : null,
        };
      }),
    };
  });

  return { kind, years: startYears.map((y) => yearLabel(y, yearType)), groups };
}

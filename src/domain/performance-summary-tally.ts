// Counting a quarter's measures by rating, per service area, and how the counts moved since the quarter before.
import { areaName, groupByArea } from './areas';
import type { MeasureRating } from './quarter-ratings';
import type { Rag } from './rag-for';
import type { AreaSlug } from './types';

/** Worst first: the order a member reads the counts in. */
export const RAG_STATUSES: readonly Rag[] = ['red', 'amber', 'green', 'none'];

export type RagTally = Record<Rag, number> & { total: number };

export interface TallyMovement {
  previous: RagTally;
  /** This quarter's count less the previous quarter's, per status. */
  change: Record<Rag, number>;
}

export interface AreaTally {
  /** null for the line that totals every area. */
  area: AreaSlug | null;
  name: string;
  current: RagTally;
  /** null when the previous quarter has no data to compare with: "no data", never "+12". */
  movement: TallyMovement | null;
}

export function tallyRag(ratings: readonly MeasureRating[]): RagTally {
  const tally: RagTally = { red: 0, amber: 0, green: 0, none: 0, total: ratings.length };
  for (const rating of ratings) tally[rating.rag] += 1;
  return tally;
}

/**
 * Whether the rows hold any data for their quarter. As for the quarter picker, annual rows do not count
 * (an annual figure is shown in every quarter of the following year); only rows of an area with no
 * monthly or quarterly measure at all are judged by their annual figures.
 */
export function hasDataForQuarter(ratings: readonly MeasureRating[]): boolean {
  const periodic = ratings.filter((rating) => rating.measure.frequency !== 'annual');
  return (periodic.length > 0 ? periodic : ratings).some((rating) => rating.hasFigure);
}

export function tallyMovement(current: readonly MeasureRating[], previous: readonly MeasureRating[]): TallyMovement | null {
  if (!hasDataForQuarter(previous)) return null;
  const before = tallyRag(previous);
  const now = tallyRag(current);
  const change = { red: 0, amber: 0, green: 0, none: 0 };
  for (const status of RAG_STATUSES) change[status] = now[status] - before[status];
  return { previous: before, change };
}

/** Every area's tally (the four named areas first), and the line that totals them. */
export function areaTallies(
  ratings: readonly MeasureRating[],
  previousRatings: readonly MeasureRating[],
): { areas: (AreaTally & { area: AreaSlug })[]; total: AreaTally } {
  const previousByArea = new Map(groupByArea(previousRatings, (rating) => rating.measure.area));
  const areas = groupByArea(ratings, (rating) => rating.measure.area).map(([area, areaRatings]) => ({
    area,
    name: areaName(area),
    current: tallyRag(areaRatings),
    movement: tallyMovement(areaRatings, previousByArea.get(area) ?? []),
  }));
  const total = { area: null, name: 'All areas', current: tallyRag(ratings), movement: tallyMovement(ratings, previousRatings) };
  return { areas, total };
}

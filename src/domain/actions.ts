// Action plans (e.g. the SEND Written Statement of Action) and their BRAG status. BRAG is a plan's vocabulary,
// kept apart from the red, amber, green rating of measures: different words, different component.

/** Blue = complete, Green = on track, Amber = at risk, Red = significant risk, Grey = not started. In this order on screen. */
export const BRAG_STATUSES = ['blue', 'green', 'amber', 'red', 'grey'] as const;
export type BragStatus = (typeof BRAG_STATUSES)[number];

/** What each status means, as the plans themselves define it. */
export const BRAG_MEANINGS: Readonly<Record<BragStatus, string>> = {
  blue: 'complete',
  green: 'on track',
  amber: 'at risk',
  red: 'significant risk',
  grey: 'not started',
};

export interface Action {
  /** The plan's own reference, unique within actions.csv, e.g. "1.4.2". */
  ref: string;
  /** Free text naming the priority or workstream the action belongs to; actions are grouped by it. */
  priority: string;
  action: string;
  lead: string | null;
  /** The target end date, `YYYY-MM-DD`. */
  due: string;
  status: BragStatus;
  update: string | null;
}

export type BragCounts = Record<BragStatus, number>;

export interface PriorityGroup {
  priority: string;
  actions: Action[];
  counts: BragCounts;
}

export interface ActionPlanSummary {
  /** Priorities in the order they first appear in actions.csv; actions in file order within each. */
  groups: PriorityGroup[];
  counts: BragCounts;
  total: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (not 2025-02-30). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function countByStatus(actions: readonly Action[]): BragCounts {
  const counts: BragCounts = { blue: 0, green: 0, amber: 0, red: 0, grey: 0 };
  for (const action of actions) counts[action.status]++;
  return counts;
}

export function summariseActions(actions: readonly Action[]): ActionPlanSummary {
  const byPriority = new Map<string, Action[]>();
  for (const action of actions) {
    const group = byPriority.get(action.priority);
    if (group) group.push(action);
    else byPriority.set(action.priority, [action]);
  }
  const groups = [...byPriority].map(([priority, grouped]) => ({ priority, actions: grouped, counts: countByStatus(grouped) }));
  return { groups, counts: countByStatus(actions), total: actions.length };
}

export interface ReferenceDate {
  date: string;
  /** Which setting it came from, so the screen can say what "overdue" is measured against. */
  source: 'data_date' | 'published';
}

/**
 * The date an action is judged overdue against: the data's extraction date, else the approval date. Never
 * today's date: the scorecard describes the data as published, and must read the same next month.
 */
export function overdueReferenceDate(settings: { dataDate: string | null; published: string | null }): ReferenceDate | null {
  if (settings.dataDate !== null && isIsoDate(settings.dataDate)) return { date: settings.dataDate, source: 'data_date' };
  if (settings.published !== null && isIsoDate(settings.published)) return { date: settings.published, source: 'published' };
  return null;
}

/** Overdue: due strictly before the reference date and not complete (blue). ISO dates compare as text. */
export function isOverdue(action: Action, reference: ReferenceDate | null): boolean {
  return reference !== null && action.status !== 'blue' && action.due < reference.date;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-12-31" as members read it: "31 December 2024". Anything else is returned as written. */
export function longDate(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

export function countOverdue(actions: readonly Action[], reference: ReferenceDate | null): number {
  return actions.filter((action) => isOverdue(action, reference)).length;
}

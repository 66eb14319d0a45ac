// "What changed since last quarter": what an officer must see before publishing new data. For the newest
// quarter against the one before: ratings that moved, new reds, directions that turned; and between the
// published data and the new files: measures added or retired, targets changed, and figures restated for
// earlier periods (a restated figure, or one that became [c], is a data-quality flag).
import { applySuppression } from './apply-suppression';
import { observationsOf } from './dataset-index';
import { compareAtPrecision } from './decimal';
import type { Dot, DotJudgement } from './direction-of-travel';
import { formatCell, formatNumber } from './format-value';
import { financialQuarterLabel, periodName, previousFinancialQuarter, quarterEnd } from './periods';
import type { Rag } from './rag-for';
import { buildScorecard, defaultQuarter } from './scorecard';
import type { DatasetIndex, ScorecardRow } from './scorecard';
import type { Cell, DecimalNumber, FinancialQuarter, Measure, Observation, Period, Target } from './types';

export interface RatedAt {
  rag: Rag;
  /** The period the rating was made on; null when the quarter had no figure. */
  period: Period | null;
  /** The figure rated, as printed ("85.1%", "[c]"); null when the quarter had no figure. */
  figure: string | null;
}

export interface RagChange {
  measureId: string;
  title: string;
  from: RatedAt;
  to: RatedAt;
  text: string;
}

export interface DirectionTurn {
  measureId: string;
  title: string;
  from: DotJudgement;
  to: DotJudgement;
  /** Each quarter's direction of travel in full, for the arrow and its words. */
  fromDot: Dot;
  toDot: Dot;
  text: string;
}

export interface MeasureListed {
  measureId: string;
  title: string;
  text: string;
}

export interface TargetChange {
  measureId: string;
  title: string;
  year: string;
  /** null when the year had no target row in that data. */
  before: Pick<Target, 'target' | 'tolerance'> | null;
  after: Pick<Target, 'target' | 'tolerance'> | null;
  /** The same, as printed at the measure's unit and precision ("none" for a missing tolerance). */
  printed: { before: PrintedTarget | null; after: PrintedTarget | null };
  text: string;
}

export interface PrintedTarget {
  target: string;
  tolerance: string;
}

export interface Revision {
  measureId: string;
  title: string;
  period: Period;
  /** 'removed': the row is gone from the new data; 'added': a row for an earlier period that was not there. */
  kind: 'revised' | 'removed' | 'added';
  /** The cells as printed ("85.1%", "[c]"); null for the side with no row. */
  before: string | null;
  after: string | null;
  text: string;
}

export interface WhatChanged {
  /** The newest quarter compared (null when the new data has no monthly or quarterly rows). */
  quarter: FinancialQuarter | null;
  previousQuarter: FinancialQuarter | null;
  ragChanges: RagChange[];
  newReds: RagChange[];
  directionTurned: DirectionTurn[];
  newMeasures: MeasureListed[];
  retiredMeasures: MeasureListed[];
  targetChanges: TargetChange[];
  revisions: Revision[];
}

export interface WhatChangedInput {
  /** The published data; null when nothing has been published yet. */
  before: DatasetIndex | null;
  /** The new data, e.g. a preview of next quarter's files. */
  after: DatasetIndex;
}

const RATED: readonly Rag[] = ['green', 'amber', 'red'];
const TURNS: readonly DotJudgement[] = ['improving', 'declining'];

function named(measure: Measure): string {
  return `${measure.id} ${measure.title}`;
}

function ratingPhrase({ rag, period }: RatedAt, quarterLabel: string): string {
  if (period === null) return `no figure in ${quarterLabel}`;
  return `${rag === 'none' ? 'not rated' : rag} in ${periodName(period)}`;
}

/** Measures in both quarters' scorecards, in measures.csv order, with the previous quarter's row. */
function pairRows(rows: readonly ScorecardRow[], previousRows: readonly ScorecardRow[]): [ScorecardRow, ScorecardRow][] {
  const previousById = new Map(previousRows.map((row) => [row.measure.id, row]));
  return rows.flatMap((row) => {
    const previous = previousById.get(row.measure.id);
    return previous ? [[row, previous] as [ScorecardRow, ScorecardRow]] : [];
  });
}

function quarterChanges(after: DatasetIndex, quarter: FinancialQuarter, previousQuarter: FinancialQuarter) {
  const pairs = pairRows(buildScorecard(after, quarter), buildScorecard(after, previousQuarter));
  const labels = { now: financialQuarterLabel(quarter), then: financialQuarterLabel(previousQuarter) };
  const rated = ({ rag, period, current, measure }: ScorecardRow): RatedAt => ({
    rag: rag.rag,
    period,
    figure: current && period ? formatCell(current.value, measure.unit, measure.decimals) : null,
  });
  const change = (row: ScorecardRow, previous: ScorecardRow): RagChange => {
    const from = rated(previous);
    const to = rated(row);
    return {
      measureId: row.measure.id,
      title: row.measure.title,
      from,
      to,
      text: `${named(row.measure)}: ${ratingPhrase(from, labels.then)}, ${ratingPhrase(to, labels.now)}`,
    };
  };

  const ragChanges = pairs
    .filter(([row, previous]) => RATED.includes(row.rag.rag) && RATED.includes(previous.rag.rag) && row.rag.rag !== previous.rag.rag)
    .map(([row, previous]) => change(row, previous));
  const newReds = pairs.filter(([row, previous]) => row.rag.rag === 'red' && previous.rag.rag !== 'red').map(([row, previous]) => change(row, previous));
  const directionTurned = pairs
    .filter(([row, previous]) => TURNS.includes(row.dot.judgement) && TURNS.includes(previous.dot.judgement) && row.dot.judgement !== previous.dot.judgement)
    .map(([row, previous]): DirectionTurn => ({
      measureId: row.measure.id,
      title: row.measure.title,
      from: previous.dot.judgement,
      to: row.dot.judgement,
      fromDot: previous.dot,
      toDot: row.dot,
      text: `${named(row.measure)}: ${previous.dot.judgement} in ${labels.then}, ${row.dot.judgement} in ${labels.now}`,
    }));
  return { ragChanges, newReds, directionTurned };
}

function listed(measures: readonly Measure[], absentFrom: DatasetIndex | null, word: 'New' | 'Retired'): MeasureListed[] {
  return measures
    .filter((m) => !absentFrom?.measuresById.has(m.id))
    .map((m) => ({ measureId: m.id, title: m.title, text: `${word} measure: ${named(m)}` }));
}

function sameDecimal(a: DecimalNumber | null, b: DecimalNumber | null, decimals: number): boolean {
  if (a === null || b === null) return a === b;
  return compareAtPrecision(a, b, decimals) === 0;
}

function showTarget(measure: Measure, d: DecimalNumber | null): string {
  return d === null ? 'none' : formatNumber(d, measure.unit, measure.decimals);
}

function printedTarget(measure: Measure, t: Target | null): PrintedTarget | null {
  return t && { target: showTarget(measure, t.target), tolerance: showTarget(measure, t.tolerance) };
}

function targetText(measure: Measure, year: string, before: Target | null, after: Target | null): string {
  const show = (d: DecimalNumber | null) => showTarget(measure, d);
  const lead = `${named(measure)}: ${year}`;
  if (before === null) return `${lead} target set at ${show(after!.target)}, tolerance ${show(after!.tolerance)}`;
  if (after === null) return `${lead} target of ${show(before.target)} removed`;
  const parts: string[] = [];
  if (!sameDecimal(before.target, after.target, measure.decimals)) parts.push(`target changed from ${show(before.target)} to ${show(after.target)}`);
  if (!sameDecimal(before.tolerance, after.tolerance, measure.decimals)) {
    parts.push(`tolerance changed from ${show(before.tolerance)} to ${show(after.tolerance)}`);
  }
  return `${lead} ${parts.join(', ')}`;
}

/** Target rows for measures in both datasets whose target or tolerance differ at the measure's precision, or that were set or removed. */
function targetChanges(before: DatasetIndex, after: DatasetIndex): TargetChange[] {
  const pairs = new Map<string, { old: Target | null; now: Target | null }>();
  for (const [key, old] of before.targetsByKey) pairs.set(key, { old, now: null });
  for (const [key, now] of after.targetsByKey) pairs.set(key, { old: pairs.get(key)?.old ?? null, now });
  const changes: TargetChange[] = [];
  for (const { old, now } of pairs.values()) {
    const { measureId, year } = (old ?? now)!;
    const measure = after.measuresById.get(measureId);
    if (!measure || !before.measuresById.has(measureId)) continue;
    const same =
      old !== null &&
      now !== null &&
      sameDecimal(old.target, now.target, measure.decimals) &&
      sameDecimal(old.tolerance, now.tolerance, measure.decimals);
    if (same) continue;
    const pick = (t: Target | null) => t && { target: t.target, tolerance: t.tolerance };
    changes.push({
      measureId,
      title: measure.title,
      year,
      before: pick(old),
      after: pick(now),
      printed: { before: printedTarget(measure, old), after: printedTarget(measure, now) },
      text: targetText(measure, year, old, now),
    });
  }
  // measures.csv order, then year.
  const order = new Map(after.measures.map((m, i) => [m.id, i]));
  return changes.sort((a, b) => order.get(a.measureId)! - order.get(b.measureId)! || a.year.localeCompare(b.year));
}

function periodKey(period: Period): string {
  return `${period.kind}:${period.end}`;
}

/** The first row for each period ending before `before` (the first of duplicates wins, as on the scorecard). */
function earlierRows(index: DatasetIndex, measureId: string, endsBefore: number): Map<string, Observation> {
  const rows = new Map<string, Observation>();
  for (const o of observationsOf(index, measureId)) {
    if (o.period.end >= endsBefore) continue;
    const key = periodKey(o.period);
    if (!rows.has(key)) rows.set(key, applySuppression(o));
  }
  return rows;
}

function sameCell(a: Cell, b: Cell, decimals: number): boolean {
  if (a.kind === 'number' && b.kind === 'number') return compareAtPrecision(a, b, decimals) === 0;
  return a.kind === 'special' && b.kind === 'special' && a.code === b.code;
}

/** Values for periods before the newest quarter that differ, appeared or disappeared, for measures in both datasets. */
function revisions(before: DatasetIndex, after: DatasetIndex, endsBefore: number): Revision[] {
  const found: Revision[] = [];
  for (const measure of after.measures) {
    if (!before.measuresById.has(measure.id)) continue;
    const old = earlierRows(before, measure.id, endsBefore);
    const now = earlierRows(after, measure.id, endsBefore);
    const periods = [...new Map([...old, ...now].map(([key, o]) => [key, o.period])).entries()].sort(([, a], [, b]) => a.end - b.end);
    const show = (o: Observation) => formatCell(o.value, measure.unit, measure.decimals);
    for (const [key, period] of periods) {
      const was = old.get(key);
      const is = now.get(key);
      if (was && is && sameCell(was.value, is.value, measure.decimals)) continue;
      const lead = `${measure.id} ${periodName(period)}`;
      const kind = was && is ? 'revised' : was ? 'removed' : 'added';
      const text =
        was && is
          ? `${lead} revised from ${show(was)} to ${show(is)}`
          : was
            ? `${lead} row removed (was ${show(was)})`
            : `${lead} row added (${show(is!)})`;
      found.push({
        measureId: measure.id,
        title: measure.title,
        period,
        kind,
        before: was ? show(was) : null,
        after: is ? show(is) : null,
        text,
      });
    }
  }
  return found;
}

/**
 * What changed: `after` is the new data (e.g. a preview of next quarter's files), `before` the published
 * data (null when there is none). The quarter defaults to the newest in `after`.
 */
export function whatChanged({ before, after }: WhatChangedInput, quarter: FinancialQuarter | null = defaultQuarter(after)): WhatChanged {
  const previousQuarter = quarter && previousFinancialQuarter(quarter);
  const inQuarter = quarter && previousQuarter ? quarterChanges(after, quarter, previousQuarter) : null;
  // With no newest quarter every period counts as earlier.
  const endsBefore = quarter ? quarterEnd(quarter) - 2 : Number.POSITIVE_INFINITY;
  return {
    quarter,
    previousQuarter,
    ragChanges: inQuarter?.ragChanges ?? [],
    newReds: inQuarter?.newReds ?? [],
    directionTurned: inQuarter?.directionTurned ?? [],
    newMeasures: listed(after.measures, before, 'New'),
    retiredMeasures: before ? listed(before.measures, after, 'Retired') : [],
    targetChanges: before ? targetChanges(before, after) : [],
    revisions: before ? revisions(before, after, endsBefore) : [],
  };
}

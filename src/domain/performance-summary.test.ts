import { describe, expect, it } from 'vitest';
import { performanceSummary } from './performance-summary';
import { prepareSummaryExceptions, streak, summaryExceptions, type SummaryException } from './performance-summary-exceptions';
import { hasDataForQuarter, tallyRag } from './performance-summary-tally';
import { quarterRatings, ratingOfRow } from './quarter-ratings';
import type { SummaryPart } from './performance-summary-text';
import { buildScorecard, indexDataset } from './scorecard';
import { aDataset, aMeasure, aMonth, aTarget, aYearEnding, anObservation } from './test-factories';
import type { FinancialQuarter, Measure, Observation, Target } from './types';

const Q3: FinancialQuarter = { startYear: 2024, quarter: 3 }; // Oct-Dec 2024
const Q2: FinancialQuarter = { startYear: 2024, quarter: 2 }; // Jul-Sep 2024

/** Monthly rows for one measure: { '2024-12': '80' }. */
function rowsFor(id: string, values: Record<string, string>): Observation[] {
  return Object.entries(values).map(([month, value]) => {
    const [year, m] = month.split('-').map(Number) as [number, number];
    return anObservation(aMonth(year, m), value, { measureId: id });
  });
}

function summaryOf(measures: Measure[], observations: Observation[], targets: Target[], quarter = Q3) {
  const index = indexDataset(aDataset({ measures, observations, targets }));
  return performanceSummary(index, quarter, buildScorecard(index, quarter));
}

/** A paragraph as a reader sees it, with each link in [brackets] (a count of no measures is not a link). */
const read = (parts: readonly SummaryPart[]) => parts.map((p) => (p.kind === 'text' || (p.kind === 'count' && p.count === 0) ? p.text : `[${p.text}]`)).join('');

// Two areas, five monthly financial-year measures. Ratings worked out by hand:
//  EHA high, target 90, tolerance 84: Dec 2024 80 < 84 red; Sep 2024 82 < 84 red; Jun 2024 86 amber.
//      Year ago: Dec 2023 85, Sep 2023 83, Jun 2023 87, each higher, so each quarter is declining; no row
//      in Jan-Mar 2024 ends both runs. Red 2 quarters (Q3, Q2), declining 3 (Q3, Q2, Q1).
//  EHB low, target 5, tolerance 7: Dec 2024 4 green, up from 3 in Dec 2023: declining. Sep 2024 6 amber,
//      no Sep 2023 row, so no direction: declining for 1 quarter.
//  EHC polarity none: not rated in both quarters.
//  SCA high, target 50, no tolerance: Dec 2024 40 red; Sep 2024 60 green. No year-ago rows: no direction.
//  SCB high, target 50, tolerance 40: Dec 2024 55 green; Sep 2024 45 amber.
const MEASURES = [
  aMeasure({ id: 'EHA', area: 'early-help', title: 'Families contacted on time', polarity: 'high' }),
  aMeasure({ id: 'EHB', area: 'early-help', title: 'Days to allocate a worker', polarity: 'low', unit: 'days' }),
  aMeasure({ id: 'EHC', area: 'early-help', title: 'Requests received', polarity: 'none', unit: 'number' }),
  aMeasure({ id: 'SCA', area: 'social-care', title: 'Visits on time', polarity: 'high' }),
  aMeasure({ id: 'SCB', area: 'social-care', title: 'Plans reviewed on time', polarity: 'high' }),
];
const OBSERVATIONS = [
  ...rowsFor('EHA', { '2023-06': '87', '2023-09': '83', '2023-12': '85', '2024-06': '86', '2024-09': '82', '2024-12': '80' }),
  ...rowsFor('EHB', { '2023-12': '3', '2024-09': '6', '2024-12': '4' }),
  ...rowsFor('EHC', { '2024-09': '90', '2024-12': '100' }),
  ...rowsFor('SCA', { '2024-09': '60', '2024-12': '40' }),
  ...rowsFor('SCB', { '2024-09': '45', '2024-12': '55' }),
];
const TARGETS = [
  aTarget('2023-24', '90', '84', 'EHA'),
  aTarget('2024-25', '90', '84', 'EHA'),
  aTarget('2024-25', '5', '7', 'EHB'),
  aTarget('2024-25', '50', null, 'SCA'),
  aTarget('2024-25', '50', '40', 'SCB'),
];

describe('per-area tallies and their movement since the previous quarter', () => {
  const summary = summaryOf(MEASURES, OBSERVATIONS, TARGETS);

  it('counts each area by rating, red first, in the fixed area order', () => {
    expect(summary.previousLabel).toBe('2024-25 Q2');
    expect(summary.areas.map((a) => [a.area, a.current])).toEqual([
      ['early-help', { red: 1, amber: 0, green: 1, none: 1, total: 3 }],
      ['social-care', { red: 1, amber: 0, green: 1, none: 0, total: 2 }],
    ]);
    expect(summary.total.current).toEqual({ red: 2, amber: 0, green: 2, none: 1, total: 5 });
  });

  it('subtracts the previous quarter: early help went from 1 red, 1 amber to 1 red, 1 green', () => {
    // Q2: EHA red, EHB amber, EHC not rated; SCA green, SCB amber.
    expect(summary.areas[0]!.movement).toEqual({
      previous: { red: 1, amber: 1, green: 0, none: 1, total: 3 },
      change: { red: 0, amber: -1, green: 1, none: 0 },
    });
    expect(summary.areas[1]!.movement?.change).toEqual({ red: 1, amber: -1, green: 0, none: 0 });
    expect(summary.total.movement?.change).toEqual({ red: 1, amber: -2, green: 1, none: 0 });
  });

  it('says there is nothing to compare with when the previous quarter has no data, rather than "+5"', () => {
    const onlyDecember = OBSERVATIONS.filter((o) => o.period.end === aMonth(2024, 12).end);
    const first = summaryOf(MEASURES, onlyDecember, TARGETS);
    expect(first.total.movement).toBeNull();
    expect(first.areas.map((a) => a.movement)).toEqual([null, null]);
    expect(read(first.areas[1]!.paragraph)).toContain('There is no data for 2024-25 Q2 to compare with.');
  });

  it('judges an area of annual measures alone by its annual figures, but ignores annual figures elsewhere', () => {
    const annual = aMeasure({ id: 'AN1', frequency: 'annual', polarity: 'none' });
    const index = indexDataset(aDataset({ measures: [annual], observations: [anObservation(aYearEnding(2024, 3), '7', { measureId: 'AN1' })] }));
    expect(hasDataForQuarter(quarterRatings(index, Q2))).toBe(true);
    const mixed = indexDataset(
      aDataset({ measures: [annual, MEASURES[0]!], observations: [anObservation(aYearEnding(2024, 3), '7', { measureId: 'AN1' })] }),
    );
    expect(hasDataForQuarter(quarterRatings(mixed, Q2))).toBe(false);
    expect(tallyRag(quarterRatings(mixed, Q2))).toEqual({ red: 0, amber: 0, green: 0, none: 2, total: 2 });
    // The same as counting whole rows.
    expect(tallyRag(buildScorecard(mixed, Q2).map(ratingOfRow))).toEqual(tallyRag(quarterRatings(mixed, Q2)));
  });
});

describe('exceptions: red, and getting worse', () => {
  const summary = summaryOf(MEASURES, OBSERVATIONS, TARGETS);

  it('lists red and declining first, then red, then declining, with how long each has lasted', () => {
    expect(summary.exceptions.map((e) => [e.row.measure.id, e.kind, e.redStreak, e.decliningStreak, e.streakUnit])).toEqual([
      ['EHA', 'red-and-declining', 2, 3, 'quarter'],
      ['SCA', 'red', 1, 0, 'quarter'],
      ['EHB', 'declining', 0, 1, 'quarter'],
    ]);
  });

  it('counts an annual figure once however many quarters show it: red in 2023-24 and 2022-23 is 2 years', () => {
    const annual = aMeasure({ id: 'AN1', frequency: 'annual', polarity: 'high', ytd: 'none' });
    // 2023-24 (to March 2024) 70 and 2022-23 72, both below the target 80 with no tolerance: red. 2021-22 has no row.
    const observations = [anObservation(aYearEnding(2023, 3), '72', { measureId: 'AN1' }), anObservation(aYearEnding(2024, 3), '70', { measureId: 'AN1' })];
    const targets = [aTarget('2022-23', '80', null, 'AN1'), aTarget('2023-24', '80', null, 'AN1')];
    const [exception] = summaryOf([annual], observations, targets).exceptions;
    // 70 is lower than 72 a year earlier: declining, but 2022-23 has no year before it, so that run is 1.
    expect(exception).toMatchObject({ kind: 'red-and-declining', redStreak: 2, decliningStreak: 1, streakUnit: 'year' });
  });

  it('has no exceptions when nothing is red or declining', () => {
    expect(summaryOf(MEASURES.slice(4), OBSERVATIONS, TARGETS).exceptions).toEqual([]);
  });
});

describe('the plain-English paragraphs', () => {
  const summary = summaryOf(MEASURES, OBSERVATIONS, TARGETS);

  it('sums up the whole scorecard, with each number a link to its measures', () => {
    expect(read(summary.paragraph)).toBe(
      'The scorecard for 2024-25 Q3 has [5 measures]: [2 red], [2 green] and [1 not rated]. ' +
        'Since 2024-25 Q2: [1 more red], [2 fewer amber] and [1 more green]. [1 measure] is red and getting worse.',
    );
    const links = summary.paragraph.filter((p) => p.kind === 'count');
    // Each change links to the quarter before's measures of its rating. Q2: EHA red; EHB, SCB amber; SCA green.
    expect(links.map((p) => [p.text, p.count, p.filter, p.description])).toEqual([
      ['5 measures', 5, {}, undefined],
      ['2 red', 2, { rag: ['red'] }, undefined],
      ['2 green', 2, { rag: ['green'] }, undefined],
      ['1 not rated', 1, { rag: ['none'] }, undefined],
      ['1 more red', 1, { quarter: '2024-25-Q2', rag: ['red'] }, '2024-25 Q2: 1 red measure'],
      ['2 fewer amber', 2, { quarter: '2024-25-Q2', rag: ['amber'] }, '2024-25 Q2: 2 amber measures'],
      ['1 more green', 1, { quarter: '2024-25-Q2', rag: ['green'] }, '2024-25 Q2: 1 green measure'],
      ['1 measure', 1, { rag: ['red'], dot: ['declining'] }, undefined],
    ]);
  });

  it('names what is red in an area, in lower case inside the sentence, and how long it has been so', () => {
    const earlyHelp = summary.areas[0]!.paragraph;
    expect(read(earlyHelp)).toBe(
      'Early help has [3 measures]: [1 red], [1 green] and [1 not rated]. Since 2024-25 Q2: [1 fewer amber] and 1 more green. ' +
        'Red and getting worse: [families contacted on time] (red for 2 quarters in a row, worse than a year earlier for 3 quarters in a row). ' +
        '[1 other measure] is getting worse, though not red.',
    );
    expect(earlyHelp).toContainEqual({ kind: 'measure', measureId: 'EHA', text: 'families contacted on time' });
    // Early help had no green measure in Q2 (EHB was amber), so "1 more green" is not a link; "1 fewer amber" is.
    expect(earlyHelp).toContainEqual({
      kind: 'count',
      count: 1,
      text: '1 fewer amber',
      filter: { quarter: '2024-25-Q2', area: 'early-help', rag: ['amber'] },
      description: '2024-25 Q2: 1 amber measure in Early help',
    });
    expect(earlyHelp).toContainEqual({
      kind: 'count',
      count: 1,
      text: '1 other measure',
      filter: { area: 'early-help', rag: ['amber', 'green', 'none'], dot: ['declining'] },
    });
    expect(read(summary.areas[1]!.paragraph)).toBe(
      "Children's social care has [2 measures]: [1 red] and [1 green]. Since 2024-25 Q2: 1 more red and [1 fewer amber]. Red: [visits on time].",
    );
  });

  it('says so when nothing is red, and when the counts did not move', () => {
    // SCB alone: Dec 2024 55 green; Sep 2024 45 amber. Give it a September of 55 too and it does not move.
    const steady = OBSERVATIONS.filter((o) => o.measureId === 'SCB' && o.period.end !== aMonth(2024, 9).end);
    const noRed = summaryOf([MEASURES[4]!, MEASURES[2]!], [...steady, ...rowsFor('SCB', { '2024-09': '55' }), ...rowsFor('EHC', { '2024-09': '1' })], TARGETS);
    expect(read(noRed.areas[0]!.paragraph)).toBe('Early help has [1 measure], and it is not rated this quarter. The counts are the same as in 2024-25 Q2.');
    expect(read(noRed.paragraph)).toContain('has [2 measures] and none is red: [1 green] and [1 not rated].');
    expect(read(noRed.paragraph)).toContain('No measure is both red and getting worse.');
  });

  it('says when every rated measure is green, and when no measure in an area is rated', () => {
    const green = [
      aMeasure({ id: 'G1', area: 'send' }),
      aMeasure({ id: 'G2', area: 'send' }),
      aMeasure({ id: 'N1', area: 'send', polarity: 'none' }),
      aMeasure({ id: 'N2', area: 'lac-sufficiency', polarity: 'none' }),
      aMeasure({ id: 'N3', area: 'lac-sufficiency', polarity: 'none' }),
    ];
    const rows = ['G1', 'G2', 'N1', 'N2', 'N3'].flatMap((id) => rowsFor(id, { '2024-12': '95' }));
    const targets = [aTarget('2024-25', '90', '80', 'G1'), aTarget('2024-25', '90', '80', 'G2')];
    const [send, lac] = summaryOf(green, rows, targets).areas;
    expect(read(send!.paragraph)).toBe(
      'Special educational needs and disabilities (SEND) has [3 measures]: [all 2 rated are green]; [1 is not rated]. There is no data for 2024-25 Q2 to compare with.',
    );
    expect(read(lac!.paragraph)).toBe(
      'Looked-after children placement sufficiency has [2 measures], and none is rated this quarter. There is no data for 2024-25 Q2 to compare with.',
    );
  });
});

describe('prepareSummaryExceptions', () => {
  it('works out the streaks a measure per step ahead of the summary, which then says the same as without it', () => {
    const fresh = indexDataset(aDataset({ measures: MEASURES, observations: OBSERVATIONS, targets: TARGETS }));
    const prepared = indexDataset(aDataset({ measures: MEASURES, observations: OBSERVATIONS, targets: TARGETS }));
    const rows = buildScorecard(prepared, Q3);
    expect([...prepareSummaryExceptions(prepared, rows)]).toHaveLength(MEASURES.length);
    const read = (exceptions: SummaryException[]) => exceptions.map((e) => [e.row.measure.id, e.kind, e.redStreak, e.decliningStreak]);
    // Worked out afresh, without the remembered streaks, on an index of its own.
    const afresh = buildScorecard(fresh, Q3).flatMap((row) => {
      const red = row.rag.rag === 'red' ? streak(fresh, row.measure, Q3, (s) => s.rag === 'red') : 0;
      const declining = row.dot.judgement === 'declining' ? streak(fresh, row.measure, Q3, (s) => s.judgement === 'declining') : 0;
      return red + declining > 0 ? [[row.measure.id, red, declining]] : [];
    });
    expect(read(summaryExceptions(prepared, rows)).map(([id, , red, declining]) => [id, red, declining])).toEqual(
      expect.arrayContaining(afresh),
    );
    expect(afresh).toHaveLength(3);
    // By hand above: EHA red 2 and declining 3 quarters, SCA red 1, EHB declining 1.
    expect(read(summaryExceptions(prepared, rows))).toEqual([
      ['EHA', 'red-and-declining', 2, 3],
      ['SCA', 'red', 1, 0],
      ['EHB', 'declining', 0, 1],
    ]);
  });
});

describe('one summary per scorecard', () => {
  it('gives the summary view and the e-mail snapshot the same summary, made once for the same rows', () => {
    const index = indexDataset(aDataset({ measures: MEASURES, observations: OBSERVATIONS, targets: TARGETS }));
    const rows = buildScorecard(index, Q3);
    expect(performanceSummary(index, Q3, rows)).toBe(performanceSummary(index, Q3, rows));
  });

  it('makes a new one for new data, and never hands back a summary made for another index or quarter', () => {
    const index = indexDataset(aDataset({ measures: MEASURES, observations: OBSERVATIONS, targets: TARGETS }));
    const rows = buildScorecard(index, Q3);
    const first = performanceSummary(index, Q3, rows);
    // New data (no targets): its own rows, its own summary.
    const republished = indexDataset(aDataset({ measures: MEASURES, observations: OBSERVATIONS, targets: [] }));
    const newSummary = performanceSummary(republished, Q3, buildScorecard(republished, Q3));
    expect(newSummary.total).not.toEqual(first.total);
    // The memo is keyed by the rows array; a caller passing the same array with another index or quarter (which the
    // app does not do) still gets a summary made for what it asked.
    expect(performanceSummary(republished, Q3, rows)).not.toBe(first);
    expect(performanceSummary(index, Q2, rows).previousLabel).toBe('2024-25 Q1');
    expect(performanceSummary(index, Q3, rows)).toEqual(first);
  });
});

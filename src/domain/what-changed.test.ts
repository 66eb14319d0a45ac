import { describe, expect, it } from 'vitest';
import { indexDataset } from './scorecard';
import { EMPTY, aDataset, aMeasure, aMonth, aQuarterEnding, aTarget, anObservation, num, special } from './test-factories';
import type { Cell, Measure, Observation, Period, Target } from './types';
import { whatChanged } from './what-changed';

const C = special('c');

function row(measureId: string, period: Period, value: Cell | string): Observation {
  return anObservation(period, value, { measureId });
}

function index(measures: Measure[], observations: Observation[], targets: Target[]) {
  return indexDataset(aDataset({ measures, observations, targets }));
}

const texts = (items: readonly { text: string }[]) => items.map((item) => item.text);

// Published data (before) runs to 2024-25 Q2 (Jul-Sep 2024); the new files (after) add Q3 (Oct-Dec 2024).
const EH01 = aMeasure({ id: 'EH01', title: 'Families contacted within 3 working days', dot: 'previous' });
const CSC04 = aMeasure({ id: 'CSC04', area: 'social-care', title: 'Re-referrals within 12 months', frequency: 'quarterly', polarity: 'low', dot: 'previous' });
const EH02 = aMeasure({ id: 'EH02', title: 'Assessments completed in 45 days', dot: 'previous' });
const LAC01 = aMeasure({ id: 'LAC01', area: 'lac-sufficiency', title: 'Placement stability' });
const SEN09 = aMeasure({ id: 'SEN09', area: 'send', title: 'EHC plans issued in 20 weeks' });

const BEFORE = index(
  [EH01, CSC04, EH02, LAC01],
  [
    row('EH01', aMonth(2024, 6), '84.9'),
    row('EH01', aMonth(2024, 7), '85.1'),
    row('EH01', aMonth(2024, 8), '84.0'),
    row('EH01', aMonth(2024, 9), '86.0'),
    row('CSC04', aQuarterEnding(2024, 6), '24.0'),
    row('CSC04', aQuarterEnding(2024, 9), '23.0'),
    row('EH02', aMonth(2024, 9), C),
    row('LAC01', aMonth(2024, 9), '70'),
  ],
  [
    aTarget('2024-25', '85', '78', 'EH01'),
    aTarget('2024-25', '20', '22', 'CSC04'),
    aTarget('2024-25', '75', '72', 'EH02'),
    aTarget('2024-25', '60', null, 'LAC01'),
  ],
);

const AFTER = index(
  [EH01, CSC04, EH02, SEN09],
  [
    // June 2024 dropped, July now [c], August restated, September as published.
    row('EH01', aMonth(2024, 7), C),
    row('EH01', aMonth(2024, 8), '83.5'),
    row('EH01', aMonth(2024, 9), '86.0'),
    row('EH01', aMonth(2024, 11), '82.0'),
    row('EH01', aMonth(2024, 12), '79.0'),
    // A quarter that was never published before (Jan-Mar 2024) now supplied.
    row('CSC04', aQuarterEnding(2024, 3), '25.0'),
    row('CSC04', aQuarterEnding(2024, 6), '24.0'),
    row('CSC04', aQuarterEnding(2024, 9), '23.0'),
    row('CSC04', aQuarterEnding(2024, 12), '21.0'),
    row('EH02', aMonth(2024, 9), C),
    row('EH02', aMonth(2024, 12), '70.0'),
    row('SEN09', aMonth(2024, 12), '60'),
  ],
  [
    aTarget('2024-25', '85', '80', 'EH01'),
    // Same numbers, written differently: not a change.
    aTarget('2024-25', '20.0', '22.00', 'CSC04'),
    aTarget('2024-25', '75', '72', 'EH02'),
    aTarget('2024-25', '65', null, 'SEN09'),
  ],
);

describe('whatChanged: next quarter against the published data', () => {
  const report = whatChanged({ before: BEFORE, after: AFTER });

  it('compares the newest quarter in the new data with the financial quarter before it', () => {
    expect(report.quarter).toEqual({ startYear: 2024, quarter: 3 });
    expect(report.previousQuarter).toEqual({ startYear: 2024, quarter: 2 });
  });

  // EH01 high, target 85 tolerance 80: Sep 86.0 >= 85 green; Dec 79.0 < 80 red.
  // CSC04 low, target 20 tolerance 22: Sep quarter 23.0 > 22 red; Dec quarter 21.0 <= 22 amber.
  // EH02: Sep [c] is not rated, so it is not a change between two ratings (it is a new red below).
  it('lists measures whose rating moved between two ratings, with both ratings and periods', () => {
    expect(texts(report.ragChanges)).toEqual([
      'EH01 Families contacted within 3 working days: green in September 2024, red in December 2024',
      'CSC04 Re-referrals within 12 months: red in 2024-25 Q2, amber in 2024-25 Q3',
    ]);
    expect(report.ragChanges[0]).toMatchObject({
      measureId: 'EH01',
      from: { rag: 'green', period: aMonth(2024, 9), figure: '86.0%' },
      to: { rag: 'red', period: aMonth(2024, 12), figure: '79.0%' },
    });
  });

  // EH02 Dec 70.0 < tolerance 72: red, Sep [c] not rated. SEN09 Dec 60 < target 65, no tolerance: red,
  // with no row in Jul-Sep 2024. CSC04 was already red, so its move to amber is not a new red.
  it('lists measures red now and not red last quarter, whatever they were before', () => {
    expect(texts(report.newReds)).toEqual([
      'EH01 Families contacted within 3 working days: green in September 2024, red in December 2024',
      'EH02 Assessments completed in 45 days: not rated in September 2024, red in December 2024',
      'SEN09 EHC plans issued in 20 weeks: no figure in 2024-25 Q2, red in December 2024',
    ]);
    expect(report.newReds[2]).toMatchObject({ from: { rag: 'none', period: null, figure: null }, to: { rag: 'red', figure: '60.0%' } });
    // A suppressed figure is rated "not rated" and printed as it stands.
    expect(report.newReds[1]!.from).toEqual({ rag: 'none', period: aMonth(2024, 9), figure: '[c]' });
  });

  // EH01 (previous period): Sep 86.0 up from Aug 83.5 improving; Dec 79.0 down from Nov 82.0 declining.
  // CSC04 (low): 23.0 down from 24.0 and 21.0 down from 23.0: improving both times, no turn.
  it('lists measures whose direction turned between improving and declining', () => {
    expect(report.directionTurned).toEqual([
      {
        measureId: 'EH01',
        title: 'Families contacted within 3 working days',
        from: 'improving',
        to: 'declining',
        fromDot: { arrow: 'up', judgement: 'improving', text: 'Up from 83.5% in August 2024 - improving' },
        toDot: { arrow: 'down', judgement: 'declining', text: 'Down from 82.0% in November 2024 - declining' },
        text: 'EH01 Families contacted within 3 working days: improving in 2024-25 Q2, declining in 2024-25 Q3',
      },
    ]);
  });

  it('lists new and retired measures by measures.csv', () => {
    expect(report.newMeasures).toEqual([{ measureId: 'SEN09', title: 'EHC plans issued in 20 weeks', text: 'New measure: SEN09 EHC plans issued in 20 weeks' }]);
    expect(report.retiredMeasures).toEqual([{ measureId: 'LAC01', title: 'Placement stability', text: 'Retired measure: LAC01 Placement stability' }]);
  });

  // EH01 tolerance 78 -> 80; CSC04 20/22 vs 20.0/22.00 is the same; SEN09 is new and LAC01 retired, so
  // their targets are not target changes.
  it('lists targets whose target or tolerance changed, comparing the decimals as written', () => {
    expect(report.targetChanges).toEqual([
      {
        measureId: 'EH01',
        title: 'Families contacted within 3 working days',
        year: '2024-25',
        before: { target: { value: 85, decimal: '85' }, tolerance: { value: 78, decimal: '78' } },
        after: { target: { value: 85, decimal: '85' }, tolerance: { value: 80, decimal: '80' } },
        printed: { before: { target: '85.0%', tolerance: '78.0%' }, after: { target: '85.0%', tolerance: '80.0%' } },
        text: 'EH01 Families contacted within 3 working days: 2024-25 tolerance changed from 78.0% to 80.0%',
      },
    ]);
  });

  // Earlier periods are those ending before October 2024. EH01: June gone, July 85.1 -> [c], August
  // 84.0 -> 83.5, September unchanged. CSC04: Jan-Mar 2024 (2023-24 Q4) added. EH02 September [c] both times.
  // The October-December rows are this quarter's news, not revisions.
  it('lists values revised, suppressed, removed or added for earlier periods', () => {
    expect(texts(report.revisions)).toEqual([
      'EH01 June 2024 row removed (was 84.9%)',
      'EH01 July 2024 revised from 85.1% to [c]',
      'EH01 August 2024 revised from 84.0% to 83.5%',
      'CSC04 2023-24 Q4 row added (25.0%)',
    ]);
    expect(report.revisions.map(({ kind, before, after }) => ({ kind, before, after }))).toEqual([
      { kind: 'removed', before: '84.9%', after: null },
      { kind: 'revised', before: '85.1%', after: '[c]' },
      { kind: 'revised', before: '84.0%', after: '83.5%' },
      { kind: 'added', before: null, after: '25.0%' },
    ]);
    expect(report.revisions[1]!.period).toEqual(aMonth(2024, 7));
  });
});

describe('whatChanged: revisions and targets in detail', () => {
  const measure = aMeasure({ id: 'EH01', title: 'Families contacted' });
  const dec24 = row('EH01', aMonth(2024, 12), '90.0');

  it('flags a [c] that became a number, and a suppressed numerator as [c]', () => {
    const before = index([measure], [row('EH01', aMonth(2024, 8), C), row('EH01', aMonth(2024, 9), '70.0'), dec24], []);
    const after = index(
      [measure],
      [row('EH01', aMonth(2024, 8), '12.5'), anObservation(aMonth(2024, 9), '70.0', { measureId: 'EH01', numerator: C }), dec24],
      [],
    );
    expect(texts(whatChanged({ before, after }).revisions)).toEqual([
      'EH01 August 2024 revised from [c] to 12.5%',
      'EH01 September 2024 revised from 70.0% to [c]',
    ]);
  });

  // 84.96 and 85.0 both show as 85.0% at 1 decimal place; 85.1 [p] -> 85.1 [r] changes only the flag.
  it('ignores figures that read the same at the measure precision and flag-only changes', () => {
    const before = index([measure], [row('EH01', aMonth(2024, 8), '84.96'), row('EH01', aMonth(2024, 9), num('85.1', 'p')), dec24], []);
    const after = index([measure], [row('EH01', aMonth(2024, 8), '85.0'), row('EH01', aMonth(2024, 9), num('85.1', 'r')), dec24], []);
    expect(whatChanged({ before, after }).revisions).toEqual([]);
  });

  it('counts a value that became "not supplied" as a revision', () => {
    const before = index([measure], [row('EH01', aMonth(2024, 9), '70.0'), dec24], []);
    const after = index([measure], [row('EH01', aMonth(2024, 9), EMPTY), dec24], []);
    expect(texts(whatChanged({ before, after }).revisions)).toEqual(['EH01 September 2024 revised from 70.0% to -']);
  });

  it('reports a target set, a target removed and a tolerance dropped', () => {
    const before = index([measure], [dec24], [aTarget('2023-24', '80', null, 'EH01'), aTarget('2024-25', '85', '80', 'EH01')]);
    const after = index([measure], [dec24], [aTarget('2024-25', '85', null, 'EH01'), aTarget('2025-26', '88', '82', 'EH01')]);
    expect(texts(whatChanged({ before, after }).targetChanges)).toEqual([
      'EH01 Families contacted: 2023-24 target of 80.0% removed',
      'EH01 Families contacted: 2024-25 tolerance changed from 80.0% to none',
      'EH01 Families contacted: 2025-26 target set at 88.0%, tolerance 82.0%',
    ]);
    expect(whatChanged({ before, after }).targetChanges.map((c) => c.printed)).toEqual([
      { before: { target: '80.0%', tolerance: 'none' }, after: null },
      { before: { target: '85.0%', tolerance: '80.0%' }, after: { target: '85.0%', tolerance: 'none' } },
      { before: null, after: { target: '88.0%', tolerance: '82.0%' } },
    ]);
  });

  it('uses the quarter asked for: revisions are then periods before that quarter', () => {
    const before = index([measure], [row('EH01', aMonth(2024, 8), '70.0'), row('EH01', aMonth(2024, 11), '71.0')], []);
    const after = index([measure], [row('EH01', aMonth(2024, 8), '70.0'), row('EH01', aMonth(2024, 11), '72.0'), dec24], []);
    // Newest quarter Oct-Dec 2024: November is this quarter, not a revision.
    expect(whatChanged({ before, after }).revisions).toEqual([]);
    // Asked for 2025-26 Q1 (Apr-Jun 2025): November 2024 is an earlier period, and December 2024 (only in
    // the new data) an earlier row added.
    const later = whatChanged({ before, after }, { startYear: 2025, quarter: 1 });
    expect(later.previousQuarter).toEqual({ startYear: 2024, quarter: 4 });
    expect(texts(later.revisions)).toEqual(['EH01 November 2024 revised from 71.0% to 72.0%', 'EH01 December 2024 row added (90.0%)']);
  });
});

describe('whatChanged: edge cases', () => {
  it('with nothing published, every measure is new and nothing is revised', () => {
    const report = whatChanged({ before: null, after: AFTER });
    expect(report.newMeasures.map((m) => m.measureId)).toEqual(['EH01', 'CSC04', 'EH02', 'SEN09']);
    expect(report.retiredMeasures).toEqual([]);
    expect(report.targetChanges).toEqual([]);
    expect(report.revisions).toEqual([]);
    // The quarter's own movements come from the new data alone, as above.
    expect(report.ragChanges.map((c) => c.measureId)).toEqual(['EH01', 'CSC04']);
    expect(report.newReds.map((c) => c.measureId)).toEqual(['EH01', 'EH02', 'SEN09']);
  });

  // EH01 high, target 85: Sep 86.0 and Dec 87.0 both green; Sep up from Aug 85.5 and Dec up from Nov 86.5:
  // improving both quarters.
  it('with identical data and a steady quarter, nothing changed', () => {
    const parts = () => ({
      measures: [aMeasure({ id: 'EH01', dot: 'previous' })],
      observations: [
        row('EH01', aMonth(2024, 8), '85.5'),
        row('EH01', aMonth(2024, 9), '86.0'),
        row('EH01', aMonth(2024, 11), '86.5'),
        row('EH01', aMonth(2024, 12), '87.0'),
      ],
      targets: [aTarget('2024-25', '85', '80', 'EH01')],
    });
    const report = whatChanged({ before: indexDataset(aDataset(parts())), after: indexDataset(aDataset(parts())) });
    expect(report).toEqual({
      quarter: { startYear: 2024, quarter: 3 },
      previousQuarter: { startYear: 2024, quarter: 2 },
      ragChanges: [],
      newReds: [],
      directionTurned: [],
      newMeasures: [],
      retiredMeasures: [],
      targetChanges: [],
      revisions: [],
    });
  });

  it('with no monthly or quarterly rows there is no quarter to compare', () => {
    const after = index([aMeasure({ id: 'EH01' })], [], []);
    const report = whatChanged({ before: after, after });
    expect(report.quarter).toBeNull();
    expect(report.previousQuarter).toBeNull();
    expect(report.ragChanges).toEqual([]);
  });
});

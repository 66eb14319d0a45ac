import { describe, expect, it } from 'vitest';
import { indexDataset } from './scorecard';
import { aDataset, aMeasure, aMonth, aTarget, anObservation, special } from './test-factories';
import type { Measure, Observation, Period, Target } from './types';
import { whatChanged } from './what-changed';
import { MEMBER_SECTIONS, OFFICER_SECTIONS, checksLead, quarterLead, quarterMonthsWords } from './what-changed-text';

const row = (measureId: string, period: Period, value: string): Observation => anObservation(period, value, { measureId });
const index = (measures: Measure[], observations: Observation[], targets: Target[]) => indexDataset(aDataset({ measures, observations, targets }));
const Q1 = { startYear: 2024, quarter: 1 } as const;
const Q2 = { startYear: 2024, quarter: 2 } as const;
const Q3 = { startYear: 2024, quarter: 3 } as const;

// Figures and targets copied from the sample (data/early-help.csv, social-care.csv, send.csv, targets.csv, 2024-25).
// EH01 and EH02 compare with a year ago, and these fixtures have no year-ago rows: no direction, so no turn.
const EH01 = aMeasure({ id: 'EH01', title: 'Families contacted within 3 working days of referral' });
const EH02 = aMeasure({ id: 'EH02', title: 'Early help assessments completed within 45 days' });
const EH04 = aMeasure({ id: 'EH04', title: 'Early help assessments completed by partners', dot: 'previous' });
const CSC04 = aMeasure({ id: 'CSC04', area: 'social-care', title: 'Re-referrals within 12 months of a previous referral', polarity: 'low' });
const SEND05 = aMeasure({ id: 'SEND05', area: 'send', title: 'EHC plan annual reviews completed within timescale' });
const TARGETS = [
  aTarget('2024-25', '90', '84', 'EH01'),
  aTarget('2024-25', '90', '85', 'EH02'),
  aTarget('2024-25', '25', '22', 'EH04'),
  aTarget('2024-25', '18', '20', 'CSC04'),
  aTarget('2024-25', '80', '70', 'SEND05'),
];
const SAMPLE = index(
  [EH01, EH02, EH04, CSC04, SEND05],
  [
    row('EH01', aMonth(2024, 9), '91.7'),
    row('EH01', aMonth(2024, 12), '85.1'),
    row('EH02', aMonth(2024, 6), '85.0'),
    row('EH02', aMonth(2024, 9), '83.3'),
    row('EH02', aMonth(2024, 12), '92.9'),
    row('EH04', aMonth(2024, 8), '21.1'),
    row('EH04', aMonth(2024, 9), '20.5'),
    row('EH04', aMonth(2024, 11), '22.3'),
    row('EH04', aMonth(2024, 12), '24.2'),
    row('CSC04', aMonth(2024, 6), '18.9'),
    row('CSC04', aMonth(2024, 9), '21.3'),
    row('CSC04', aMonth(2024, 12), '23.4'),
    row('SEND05', aMonth(2024, 9), '58.3'),
  ],
  TARGETS,
);

describe('quarterMonthsWords', () => {
  it('names the three months of a financial quarter', () => {
    expect(quarterMonthsWords(Q2)).toBe('July to September 2024');
    expect(quarterMonthsWords({ startYear: 2024, quarter: 4 })).toBe('January to March 2025');
  });
});

describe('quarterLead: the quarter against the one before, in words', () => {
  // 2024-25 Q3 against Q2. EH01 (high, target 90, tolerance 84): September 91.7 >= 90 green, December 85.1
  // between 84 and 90 amber. EH02 (90/85): 83.3 < 85 red, 92.9 green. EH04 (25/22): 20.5 < 22 red, 24.2 amber.
  // CSC04 (low, 18/20): 21.3 and 23.4 both > 20, red both times. SEND05: no December row, so no rating now.
  // EH04 compares with the month before: September 20.5 down from August 21.1 (declining), December 24.2 up
  // from November 22.3 (improving): a turn.
  it('counts rating changes by the rating they became, new reds and turned directions', () => {
    expect(quarterLead(whatChanged({ before: null, after: SAMPLE }, Q3), SAMPLE)).toBe(
      '3 measures changed rating since July to September 2024 (2024-25 Q2): 2 became amber and 1 became green. ' +
        'No measure is newly red. The direction of travel turned for 1 measure: 1 is now improving.',
    );
  });

  // 2024-25 Q2 against Q1. EH02 June 85.0 = tolerance 85 amber, September 83.3 red. CSC04 June 18.9 between
  // 18 and 20 amber, September 21.3 red. EH01 has no June row and is green. EH04 (September 20.5 < 22) and SEND05
  // (September 58.3 < 70) are red with no June row: newly red, though not changes between two ratings.
  it('counts a measure with no figure last quarter among the new reds, not the rating changes', () => {
    expect(quarterLead(whatChanged({ before: null, after: SAMPLE }, Q2), SAMPLE)).toBe(
      '2 measures changed rating since April to June 2024 (2024-25 Q1): 2 became red. ' +
        '4 measures are newly red. No direction of travel turned between improving and declining.',
    );
  });

  it('says when the data has nothing for the quarter before, rather than "no change"', () => {
    // The earliest rows are June 2024: nothing in January to March 2024.
    expect(quarterLead(whatChanged({ before: null, after: SAMPLE }, Q1), SAMPLE)).toBe(
      'There is no data for January to March 2024 (2023-24 Q4) to compare with.',
    );
  });

  it('says so when nothing moved', () => {
    const steady = index([EH01], [row('EH01', aMonth(2024, 9), '91.7'), row('EH01', aMonth(2024, 12), '92.0')], TARGETS);
    expect(quarterLead(whatChanged({ before: null, after: steady }, Q3), steady)).toBe(
      'No measure changed rating since July to September 2024 (2024-25 Q2). No measure is newly red. ' +
        'No direction of travel turned between improving and declining.',
    );
  });

  it('has no quarter to compare when the data has no monthly or quarterly rows', () => {
    const empty = index([EH01], [], []);
    expect(quarterLead(whatChanged({ before: null, after: empty }), empty)).toBe('There is no quarter to compare.');
  });
});

describe('checksLead: what officers must check before publishing', () => {
  const LAC01 = aMeasure({ id: 'LAC01', area: 'lac-sufficiency', title: 'Children looked after', polarity: 'none', unit: 'number', decimals: 0 });
  const SEN09 = aMeasure({ id: 'SEN09', area: 'send', title: 'Schools represented at SENCO network events' });
  const published = index(
    [EH01, LAC01],
    [row('EH01', aMonth(2024, 7), '85.7'), row('EH01', aMonth(2024, 8), '82.8'), row('EH01', aMonth(2024, 9), '91.7')],
    [aTarget('2024-25', '90', '84', 'EH01')],
  );

  // July 85.7 -> [c] and August 82.8 -> 83.5: 2 restated; tolerance 84 -> 85: 1 target; SEN09 new, LAC01 retired.
  it('counts restated figures, target changes, new and retired measures', () => {
    const next = index(
      [EH01, SEN09],
      [
        anObservation(aMonth(2024, 7), special('c'), { measureId: 'EH01' }),
        row('EH01', aMonth(2024, 8), '83.5'),
        row('EH01', aMonth(2024, 9), '91.7'),
        row('EH01', aMonth(2024, 12), '85.1'),
      ],
      [aTarget('2024-25', '90', '85', 'EH01')],
    );
    expect(checksLead(whatChanged({ before: published, after: next }))).toBe(
      'Check before publishing: 2 figures for earlier periods were restated, 1 target changed, 1 new measure and 1 retired measure.',
    );
  });

  it('says each check was made when nothing differs from the published data', () => {
    expect(checksLead(whatChanged({ before: published, after: published }))).toBe(
      'Compared with the published data, no figure for an earlier period was restated, no target changed and no measure was added or retired.',
    );
  });
});

describe('the lists each reader sees', () => {
  it('shows members the quarter’s movements, new reds first, and officers every list, restated figures first', () => {
    expect(MEMBER_SECTIONS).toEqual(['newReds', 'ragChanges', 'directionTurned']);
    expect(OFFICER_SECTIONS[0]).toBe('revisions');
    expect(new Set(OFFICER_SECTIONS).size).toBe(7);
  });
});

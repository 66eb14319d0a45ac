import { describe, expect, it } from 'vitest';
import { NO_DOT } from './direction-of-travel';
import type { Dot } from './direction-of-travel';
import { spcAnalysis, withVariationNote, isCommonCause, ASSURANCE_TOKENS, VARIATION_TOKENS } from './spc';
import type { SpcInput, SpcMeasure } from './spc';
import { aMeasure, aMonth, aTarget, anObservation, num, special } from './test-factories';
import type { Observation, Polarity } from './types';

// Hand-worked examples. Every series is monthly from April 2022; a figure is written as in the CSV.
// '[c]' etc. is a special value, null is a month with no row, 'b:19' is 19 flagged [b] (break in series).

const measure = (polarity: Polarity = 'high'): SpcMeasure => aMeasure({ polarity, unit: 'number', decimals: 1 });

function monthly(values: readonly (string | null)[], start: [number, number] = [2022, 4]): Observation[] {
  const rows: Observation[] = [];
  values.forEach((v, i) => {
    if (v === null) return;
    const months = start[0] * 12 + start[1] - 1 + i;
    const period = aMonth(Math.floor(months / 12), (months % 12) + 1);
    if (v.startsWith('[')) rows.push(anObservation(period, special(v.slice(1, -1) as 'c')));
    else if (v.startsWith('b:')) rows.push(anObservation(period, num(v.slice(2), 'b')));
    else rows.push(anObservation(period, v));
  });
  return rows;
}

function analyse(values: readonly (string | null)[], extra: Partial<SpcInput> = {}) {
  return spcAnalysis({ measure: measure(), observations: monthly(values), ...extra });
}

/** n figures alternating 10, 12 (mean 11 when n is even; every moving range 2). */
const alternating = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? '10' : '12'));

// Latest point exactly on the upper limit. 14 figures then 15:
//   11 12 10 10 12 10 11 10 12 12 10 11 10 12 | 15
//   sum = 153 + 15 = 168; mean = 168 / 15 = 11.2
//   moving ranges 1 2 0 2 2 1 1 2 0 2 1 1 2 = 17, + |15 - 12| = 3, total 20 over 14: mean moving range 20/14
//   upper = 11.2 + 2.66 x 20/14 = 11.2 + 3.8 = 15.0; lower = 11.2 - 3.8 = 7.4
const ON_UPPER = ['11', '12', '10', '10', '12', '10', '11', '10', '12', '12', '10', '11', '10', '12', '15'];
// The same series mirrored about 11.2 (each figure x becomes 22.4 - x): mean 11.2, same moving ranges,
// so the latest figure 7.4 is exactly on the lower limit 7.4.
const ON_LOWER = ON_UPPER.map((v) => (22.4 - Number(v)).toFixed(1));

describe('process limits', () => {
  it('are mean +/- 2.66 x the mean moving range: 16 figures alternating 10, 12', () => {
    // mean 176 / 16 = 11; 15 moving ranges of 2: mean 2; limits 11 -/+ 5.32; 2-sigma lines 11 -/+ 3.546...
    const { phases } = analyse(alternating(16));
    expect(phases).toHaveLength(1);
    const limits = phases[0]!.limits!;
    expect(limits.mean).toBe(11);
    expect(limits.averageMovingRange).toBe(2);
    expect(limits.lower).toBeCloseTo(5.68, 12);
    expect(limits.upper).toBeCloseTo(16.32, 12);
    expect(limits.upperOuterThird).toBeCloseTo(11 + (2 / 3) * 5.32, 12);
    expect(phases[0]).toMatchObject({ pointCount: 16, movingRangeCount: 15, reliability: 'reliable', startsAt: 'first' });
  });

  it('put a figure exactly on the upper limit inside it', () => {
    const { phases, latest, variation } = analyse(ON_UPPER);
    expect(phases[0]!.limits!.upper).toBeCloseTo(15, 12);
    expect(latest).toMatchObject({ value: 15, zone: 'outer-third', side: 'above', rules: [], variation: 'common' });
    expect(variation.token).toBe('common');
  });

  it('put a figure exactly on the lower limit inside it', () => {
    const { phases, latest } = analyse(ON_LOWER);
    expect(phases[0]!.limits!.lower).toBeCloseTo(7.4, 12);
    expect(latest).toMatchObject({ value: 7.4, zone: 'outer-third', side: 'below', variation: 'common' });
  });

  it('put a figure just beyond the upper limit outside it', () => {
    // 15.001: sum 168.001, mean 11.20006...; moving ranges 20.001, upper 11.20006... + 0.19 x 20.001 = 15.00025... < 15.001
    const { latest } = analyse([...ON_UPPER.slice(0, -1), '15.001']);
    expect(latest).toMatchObject({ zone: 'outside', rules: ['outside-limits'], cause: 'outside-limits', direction: 'high' });
  });

  it('use the figure as written, not rounded to the measure’s display precision', () => {
    // decimals 0 would show 15.001 as "15"; SPC still sees 15.001, outside the limit.
    const result = spcAnalysis({ measure: { ...measure(), decimals: 0 }, observations: monthly([...ON_UPPER.slice(0, -1), '15.001']) });
    expect(result.latest!.zone).toBe('outside');
  });
});

describe('variation verdict by polarity', () => {
  const aboveUpper = [...ON_UPPER.slice(0, -1), '15.001'];
  const belowLower = [...ON_LOWER.slice(0, -1), '7.399'];

  it.each([
    ['high', aboveUpper, 'improvement', 'high'],
    ['low', aboveUpper, 'concern', 'high'],
    ['none', aboveUpper, 'neutral', 'high'],
    ['high', belowLower, 'concern', 'low'],
    ['low', belowLower, 'improvement', 'low'],
    ['none', belowLower, 'neutral', 'low'],
  ] as const)('polarity %s, %#: %s (%s)', (polarity, values, token, direction) => {
    const { variation } = spcAnalysis({ measure: measure(polarity), observations: monthly(values) });
    expect(variation).toMatchObject({ token, direction, cause: 'outside-limits', reason: 'judged' });
  });

  it('words a special cause plainly', () => {
    const { variation } = spcAnalysis({ measure: measure('high'), observations: monthly(belowLower) });
    expect(variation.text).toBe('Special cause concern (low) - the latest figure is below the lower process limit');
  });

  it('words common cause plainly', () => {
    expect(analyse(alternating(16)).variation).toEqual({
      token: 'common',
      direction: null,
      cause: null,
      reason: 'judged',
      text: 'Common cause variation - no sign of significant change',
    });
  });

  it('offers exactly the data-variation tokens of the contract', () => {
    expect(VARIATION_TOKENS).toEqual(['common', 'improvement', 'concern', 'neutral', 'none']);
  });
});

describe('shift at its boundary (7 points on one side of the mean)', () => {
  it('is a special cause with 7 in a row above the mean', () => {
    // 10 12 10 12 10 12 10 12 10, then 11.5 x 7: sum 50 + 48 + 80.5 = 178.5, mean 178.5 / 16 = 11.156...
    // The 7 figures of 11.5 are above it and the 10 before them below: a run of exactly 7.
    const { points, variation } = analyse([...alternating(9), ...Array<string>(7).fill('11.5')]);
    expect(points.map((p) => p.rules.includes('shift'))).toEqual([...Array<boolean>(9).fill(false), ...Array<boolean>(7).fill(true)]);
    expect(variation).toMatchObject({ token: 'improvement', direction: 'high', cause: 'shift' });
  });

  it('is common cause with 6 in a row above the mean', () => {
    // 12 10 12 10 12 10 12 10 12 10, then 11.5 x 6: sum 60 + 50 + 69 = 179, mean 11.1875; the 10 before is below.
    const { points, variation } = analyse(['12', '10', '12', '10', '12', '10', '12', '10', '12', '10', ...Array<string>(6).fill('11.5')]);
    expect(points.every((p) => p.rules.length === 0)).toBe(true);
    expect(variation.token).toBe('common');
  });

  it('is ended by a figure exactly on the mean', () => {
    // 10 12 10 12 10 12 10 12, 11.7 11.7 11.7, 11.3, 11.7 11.7 11.7
    // sum 88 + 70.2 + 11.3 = 169.5; mean 169.5 / 15 = 11.3, so the 11.3 is on the mean: runs above are 4 (12 and
    // three 11.7) and 3, not 8.
    const values = [...alternating(8), '11.7', '11.7', '11.7', '11.3', '11.7', '11.7', '11.7'];
    const { points, variation } = analyse(values);
    expect(points[11]).toMatchObject({ value: 11.3, side: 'on' });
    expect(points.every((p) => p.rules.length === 0)).toBe(true);
    expect(variation.token).toBe('common');
  });

  it('runs on when that figure is just above the mean instead', () => {
    // 11.4 instead: sum 169.6, mean 11.3066...; 12, 11.7 x 3, 11.4, 11.7 x 3 are 8 in a row above it.
    const values = [...alternating(8), '11.7', '11.7', '11.7', '11.4', '11.7', '11.7', '11.7'];
    const { points, variation } = analyse(values);
    expect(points.map((p) => p.rules.includes('shift'))).toEqual([...Array<boolean>(7).fill(false), ...Array<boolean>(8).fill(true)]);
    expect(variation).toMatchObject({ token: 'improvement', cause: 'shift' });
  });
});

describe('trend at its boundary (7 points each higher or lower than the last)', () => {
  it('is a special cause with 7 rising figures (6 rises)', () => {
    // 10 12 10 12 10 12 10 12, then 10.5 10.8 11.1 11.4 11.7 12.0 12.3 (12 -> 10.5 is a fall, so the run is 7).
    // mean (88 + 79.8) / 15 = 11.19; moving ranges 14 + 1.5 + 1.8 = 17.3, mean 1.2357; limits 11.19 +/- 3.287
    const values = [...alternating(8), '10.5', '10.8', '11.1', '11.4', '11.7', '12.0', '12.3'];
    const { points, variation } = analyse(values);
    expect(points.map((p) => p.rules.includes('trend'))).toEqual([...Array<boolean>(8).fill(false), ...Array<boolean>(7).fill(true)]);
    expect(variation).toMatchObject({ token: 'improvement', direction: 'high', cause: 'trend' });
    expect(variation.text).toBe('Special cause improvement (high) - the latest figure is part of a run of 7 or more figures each higher than the one before');
  });

  it('is common cause with 6 rising figures', () => {
    // 12 10 12 10 12 10 12 10 12, then 10.5 .. 12.0: 10.5 after 12 is a fall, so 6 rising.
    const values = ['12', ...alternating(8), '10.5', '10.8', '11.1', '11.4', '11.7', '12.0'];
    const { points, variation } = analyse(values);
    expect(points.every((p) => p.rules.length === 0)).toBe(true);
    expect(variation.token).toBe('common');
  });

  it('takes its direction from the way it runs, not its side of the mean (NHSRplotthedots pull request #180)', () => {
    // 10 12 ... 12, then 14.0 13.8 ... 12.8: mean (88 + 93.8) / 15 = 12.12, so the 7 falling figures are also
    // 7 above the mean (a shift, high). The trend comes first: falling, a concern when high is good.
    const values = [...alternating(8), '14.0', '13.8', '13.6', '13.4', '13.2', '13.0', '12.8'];
    const { latest, variation } = analyse(values);
    expect(latest!.rules).toEqual(['trend', 'shift']);
    expect(variation).toMatchObject({ token: 'concern', direction: 'low', cause: 'trend' });
  });
});

describe('two in three at its boundary', () => {
  // 11 12 10 10 12 10 11 10 12 12 10 11 (sum 131), then 14.3 13.7 13.8:
  //   sum 131 + 41.8 = 172.8, mean 172.8 / 15 = 11.52
  //   moving ranges 1 2 0 2 2 1 1 2 0 2 1 = 14, + 3.3 + 0.6 + 0.1 = 18 over 14: mean moving range 9/7
  //   upper limit 11.52 + 2.66 x 9/7 = 11.52 + 3.42 = 14.94; 2-sigma line 11.52 + (2/3) x 3.42 = 11.52 + 2.28 = 13.8
  const base = ['11', '12', '10', '10', '12', '10', '11', '10', '12', '12', '10', '11'];

  it('is common cause with 1 of 3 in the outer third: the last figure is exactly on the 2-sigma line', () => {
    const { points, variation } = analyse([...base, '14.3', '13.7', '13.8']);
    expect(points.slice(-3).map((p) => p.zone)).toEqual(['outer-third', 'inner', 'inner']);
    expect(points.every((p) => p.rules.length === 0)).toBe(true);
    expect(variation.token).toBe('common');
  });

  it('is a special cause with 2 of 3 in the outer third, and marks only those 2', () => {
    // 13.9 instead: mean 172.9 / 15 = 11.5266..., moving ranges 18.1 / 14; 2-sigma line 11.5266 + 2.2926 = 13.819...
    // and upper limit 14.9656...: 14.3 and 13.9 are in the outer third, 13.7 is not.
    const { points, variation } = analyse([...base, '14.3', '13.7', '13.9']);
    expect(points.slice(-3).map((p) => p.rules)).toEqual([['two-in-three'], [], ['two-in-three']]);
    expect(variation).toMatchObject({ token: 'improvement', direction: 'high', cause: 'two-in-three' });
  });
});

describe('enough history', () => {
  it.each([
    [11, 'none', 'too-few-points', 'Not enough data for process limits (11 points; at least 12 needed)'],
    [12, 'trial', 'trial-limits', 'Trial limits only: not enough data for a reliable verdict (12 points; 15 needed)'],
    [14, 'trial', 'trial-limits', 'Trial limits only: not enough data for a reliable verdict (14 points; 15 needed)'],
    [15, 'reliable', 'judged', 'Common cause variation - no sign of significant change'],
  ] as const)('%i figures: %s limits', (n, reliability, reason, text) => {
    const { phases, variation, latest } = analyse(alternating(n));
    expect(phases[0]!.reliability).toBe(reliability);
    expect(phases[0]!.limits === null).toBe(reliability === 'none');
    expect(variation.reason).toBe(reason);
    expect(variation.text).toBe(text);
    expect(variation.token).toBe(reliability === 'reliable' ? 'common' : 'none');
    // Trial limits place a figure (for drawing) but do not judge it.
    expect(latest!.variation).toBe(reliability === 'reliable' ? 'common' : null);
    expect(latest!.zone).toBe(reliability === 'none' ? null : 'inner');
  });

  it('has nothing to say about a measure with no figures', () => {
    const result = analyse(['[c]', '[x]']);
    expect(result.points).toEqual([]);
    expect(result.slots).toHaveLength(2);
    expect(result.variation).toMatchObject({ token: 'none', reason: 'no-points', text: 'No figures to chart' });
    expect(result.assurance.token).toBe('none');
  });
});

describe('gaps: a month with no row or a special value', () => {
  // 10 12 10 12 10 12 10, gap, 14 12 14 12 14 12 14 12: 15 figures, sum 76 + 104 = 180, mean 12.
  // Moving ranges: 6 before the gap and 7 after, all 2; none across the gap (10 -> 14 would be 4).
  // Mean moving range 2, limits 12 +/- 5.32 = 6.68 and 17.32 (spanning the gap would give 30/14 = 2.142...).
  const before = ['10', '12', '10', '12', '10', '12', '10'];
  const after = ['14', '12', '14', '12', '14', '12', '14', '12'];

  it.each([['[c]'], ['[x]'], ['[z]'], ['[low]'], ['[u]'], ['[empty]'], [null]])('no moving range spans a gap of %s', (gap) => {
    const { slots, points, phases } = analyse([...before, gap, ...after]);
    expect(slots).toHaveLength(16);
    expect(slots[7]!.point).toBeNull();
    expect(slots[7]!.observation === null).toBe(gap === null);
    expect(points).toHaveLength(15);
    expect(points[7]).toMatchObject({ value: 14, movingRange: null });
    expect(points[8]!.movingRange).toBe(2);
    expect(phases[0]).toMatchObject({ pointCount: 15, movingRangeCount: 13 });
    expect(phases[0]!.limits!.averageMovingRange).toBe(2);
    expect(phases[0]!.limits!.lower).toBeCloseTo(6.68, 12);
    expect(phases[0]!.limits!.upper).toBeCloseTo(17.32, 12);
  });

  it('treats a [c] numerator as suppressing the value too', () => {
    const rows = monthly(alternating(15));
    rows[3] = { ...rows[3]!, numerator: special('c') };
    const { points, slots } = spcAnalysis({ measure: measure(), observations: rows });
    expect(points).toHaveLength(14);
    expect(slots[3]!.observation!.value).toEqual(special('c'));
  });

  it('neither breaks nor extends a run: 3 + gap + 4 above the mean is a shift of 7', () => {
    // 10 12 10 12 10 12 10 12 10, 11.5 x 3, [x], 11.5 x 4: 16 figures, sum 98 + 80.5 = 178.5, mean 11.156...
    const { points, variation } = analyse([...alternating(9), '11.5', '11.5', '11.5', '[x]', '11.5', '11.5', '11.5', '11.5']);
    expect(points.filter((p) => p.rules.includes('shift'))).toHaveLength(7);
    expect(variation.cause).toBe('shift');
  });
});

describe('phases: baseline and breaks in series', () => {
  // 16 figures alternating 9, 11 (mean 10, moving ranges 2) then 16 alternating 19, 21 (mean 20, moving ranges 2).
  const low = Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? '9' : '11'));
  const high = Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? '19' : '21'));

  it('recalculates limits from the baseline period; earlier figures keep their own', () => {
    // Baseline = the 17th month, August 2023 (April 2022 + 16 months).
    const { phases, points, variation } = analyse([...low, ...high], { baseline: aMonth(2023, 8) });
    expect(phases.map((p) => [p.startsAt, p.pointCount, p.movingRangeCount, p.limits!.mean, p.limits!.averageMovingRange])).toEqual([
      ['first', 16, 15, 10, 2],
      ['baseline', 16, 15, 20, 2],
    ]);
    // phase 1: 10 -/+ 5.32 = 4.68, 15.32; phase 2: 20 -/+ 5.32 = 14.68, 25.32
    expect(phases[0]!.limits!.upper).toBeCloseTo(15.32, 12);
    expect(phases[1]!.limits!.lower).toBeCloseTo(14.68, 12);
    expect(phases[1]!.start).toEqual(aMonth(2023, 8));
    // No moving range across the boundary (11 -> 19).
    expect(points[16]).toMatchObject({ phase: 1, movingRange: null });
    expect(points.every((p) => p.variation === 'common')).toBe(true);
    expect(variation.token).toBe('common');
  });

  it('without the baseline, the step up is a special cause', () => {
    const { phases, variation } = analyse([...low, ...high]);
    expect(phases).toHaveLength(1);
    expect(variation).toMatchObject({ token: 'improvement', direction: 'high' });
  });

  it('starts a phase at a figure flagged [b], and at a baseline that falls in a gap (first figure after it)', () => {
    const values = [...low, `b:${high[0]}`, ...high.slice(1)];
    expect(analyse(values).phases.map((p) => p.startsAt)).toEqual(['first', 'break']);
    const gapped = [...low, '[c]', ...high];
    const { phases } = analyse(gapped, { baseline: aMonth(2023, 8) });
    expect(phases.map((p) => [p.startsAt, p.start])).toEqual([
      ['first', aMonth(2022, 4)],
      ['baseline', aMonth(2023, 9)],
    ]);
  });

  it('ignores a baseline at or before the first figure', () => {
    expect(analyse(low, { baseline: aMonth(2022, 4) }).phases).toHaveLength(1);
    expect(analyse(low, { baseline: aMonth(2020, 1) }).phases).toHaveLength(1);
  });

  it('gives a short latest phase no limits and no verdict, while the earlier phase keeps its limits', () => {
    // Baseline at the 27th month: the new phase has 6 figures.
    const { phases, variation, assurance } = analyse([...low, ...high], { baseline: aMonth(2024, 6), target: aTarget('2024-25', '12') });
    expect(phases.map((p) => [p.pointCount, p.reliability])).toEqual([
      [26, 'reliable'],
      [6, 'none'],
    ]);
    expect(phases[1]!.limits).toBeNull();
    expect(variation).toMatchObject({ token: 'none', reason: 'too-few-points' });
    expect(assurance).toMatchObject({ token: 'none', reason: 'not-enough-data' });
  });

  it('combines a [b] break and a baseline into three phases', () => {
    const values = [...low, `b:${high[0]}`, ...high.slice(1), ...low];
    const { phases } = analyse(values, { baseline: aMonth(2024, 12) });
    expect(phases.map((p) => [p.startsAt, p.pointCount])).toEqual([
      ['first', 16],
      ['break', 16],
      ['baseline', 16],
    ]);
  });
});

describe('assurance against the current target', () => {
  // 16 figures alternating 10, 12: limits 5.68 and 16.32 (see "process limits").
  const assure = (polarity: Polarity, target: string | null, n = 16) =>
    spcAnalysis({ measure: measure(polarity), observations: monthly(alternating(n)), target: target === null ? null : aTarget('2023-24', target) }).assurance;

  it.each([
    ['high', '5', 'pass'],
    ['high', '5.67', 'pass'],
    ['high', '5.68', 'hit-and-miss'],
    ['high', '11', 'hit-and-miss'],
    ['high', '16.32', 'hit-and-miss'],
    ['high', '16.33', 'fail'],
    ['low', '17', 'pass'],
    ['low', '16.32', 'hit-and-miss'],
    ['low', '5.68', 'hit-and-miss'],
    ['low', '5', 'fail'],
  ] as const)('polarity %s, target %s: %s (a target exactly on a limit is hit and miss)', (polarity, target, token) => {
    expect(assure(polarity, target)).toMatchObject({ token, reason: 'judged' });
  });

  it('says what each verdict means', () => {
    expect(assure('high', '5').text).toBe(
      'Consistently passing - the target of 5.0 is outside the process limits on the failing side, so the process should meet it every time',
    );
    expect(assure('high', '17').text).toBe(
      'Consistently failing - the target of 17.0 is outside the process limits, so the process will not meet it without a change',
    );
    expect(assure('high', '11').text).toBe(
      'Hit and miss - the target of 11.0 is within the process limits, so it will be met some periods and missed in others',
    );
  });

  it('gives none for a contextual measure, without a target, or without reliable limits', () => {
    expect(assure('none', '11')).toMatchObject({ token: 'none', reason: 'not-rated' });
    expect(assure('high', null)).toMatchObject({ token: 'none', reason: 'no-target', text: 'No assurance: no target' });
    expect(assure('high', '11', 14)).toMatchObject({ token: 'none', reason: 'not-enough-data' });
  });

  it('offers exactly the data-assurance tokens of the contract', () => {
    expect(ASSURANCE_TOKENS).toEqual(['pass', 'fail', 'hit-and-miss', 'none']);
  });
});

describe('which rows count', () => {
  it('judges the latest figure up to the period being viewed', () => {
    // The 15.001 in month 16 is after the period viewed (month 15), so the verdict is for month 15.
    const values = [...alternating(15), '15.001'];
    const upTo = aMonth(2023, 6);
    const result = analyse(values, { upTo });
    expect(result.latest!.period).toEqual(upTo);
    expect(result.points).toHaveLength(15);
  });

  it('ignores other measures, other period kinds, and a second row for the same month', () => {
    const rows = [
      ...monthly(alternating(16)),
      anObservation(aMonth(2022, 4), '99', { measureId: 'OTHER' }),
      anObservation(aMonth(2022, 5), '99'),
      anObservation({ kind: 'quarter', yearType: 'financial', end: aMonth(2022, 6).end }, '99'),
    ];
    const { points } = spcAnalysis({ measure: measure(), observations: rows });
    expect(points.map((p) => p.value)).toEqual(alternating(16).map(Number));
  });

  it('places quarterly figures a quarter apart, so a missing quarter is a gap', () => {
    const quarterly = { ...measure(), frequency: 'quarterly' as const };
    const rows = [6, 9, 15].map((m, i) =>
      anObservation({ kind: 'quarter', yearType: 'financial', end: aMonth(2022, 1).end + m - 1 }, String(10 + i)),
    );
    const { slots, points } = spcAnalysis({ measure: quarterly, observations: rows });
    expect(slots.map((s) => s.point?.value ?? null)).toEqual([10, 11, null, 12]);
    expect(points.map((p) => p.movingRange)).toEqual([null, 1, null]);
  });
});

describe('direction of travel and SPC', () => {
  const up: Dot = { arrow: 'up', judgement: 'improving', text: 'Up from 24.1% in 2023-24 Q3 - improving' };
  const common = analyse(alternating(16)).variation;
  const special = analyse([...ON_UPPER.slice(0, -1), '15.001']).variation;
  const trial = analyse(alternating(13)).variation;

  it('labels a movement that is common cause variation "within normal variation"', () => {
    expect(isCommonCause(common)).toBe(true);
    expect(withVariationNote(up, common)).toEqual({ ...up, text: 'Up from 24.1% in 2023-24 Q3 - improving, within normal variation' });
    const down: Dot = { arrow: 'down', judgement: 'neutral', text: 'Down from 12 in 2023-24 Q3 - decreased' };
    expect(withVariationNote(down, common).text).toBe('Down from 12 in 2023-24 Q3 - decreased, within normal variation');
  });

  it('leaves the text alone for a special cause, without a reliable verdict, or without a movement', () => {
    expect(isCommonCause(special)).toBe(false);
    expect(isCommonCause(trial)).toBe(false);
    expect(withVariationNote(up, special)).toBe(up);
    expect(withVariationNote(up, trial)).toBe(up);
    const level: Dot = { arrow: 'level', judgement: 'no-change', text: 'No change from 12 in 2023-24 Q3' };
    expect(withVariationNote(level, common)).toBe(level);
    expect(withVariationNote(NO_DOT, common)).toBe(NO_DOT);
  });
});

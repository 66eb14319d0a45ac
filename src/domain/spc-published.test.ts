import { describe, expect, it } from 'vitest';
import { spcAnalysis } from './spc';
import type { SpcMeasure } from './spc';
import { aMeasure, aMonth, anObservation } from './test-factories';

// Cross-checks against worked examples published with NHSRplotthedots, the NHS-R Community's open-source
// implementation of Making Data Count (github.com/nhs-r-community/NHSRplotthedots).
//
// Examples 1 and 2: tests/testthat/test-integration_tests.R, "ae_all attendances spc returns expected values" and
// "ae_all attendances spc with rebase returns expected values": ptd_spc() on NHSRdatasets::ae_attendances summed by
// month (April 2016 to March 2019), without and with `rebase = as.Date("2017-04-01")`. The expected values are
// the package's own snapshot of the result, tests/testthat/_snaps/integration_tests.md (R serialisation in
// base64; the doubles below are decoded from it, digit for digit).
//
// Deliberate difference: NHSRplotthedots screens moving ranges by default (it drops any of 3.267 x the mean
// moving range or more and averages again); we do not, as the MDC Excel tool does not. On this data no moving
// range reaches that threshold, so the published limits are exactly the unscreened ones - the first test
// checks that premise rather than assuming it.

const ATTENDANCES = [
  1867781, 2070340, 1958802, 2079034, 1932901, 1952464, 2001816, 1907871, 1944567, 1895272, 1735619, 2015834, 1949762,
  2066789, 1994056, 2073944, 1924663, 1925961, 2044137, 1976971, 2003954, 2000086, 1820012, 2049785, 1984369, 2164458,
  2093942, 2179896, 1997854, 2005695, 2079492, 2037847, 2047518, 2113413, 1954947, 2167550,
];

// improvement_direction "increase" (the package default) is our polarity high.
const aeMeasure: SpcMeasure = aMeasure({ polarity: 'high', unit: 'number', decimals: 0 });
const aeRows = ATTENDANCES.map((v, i) => anObservation(aMonth(2016 + Math.floor((3 + i) / 12), ((3 + i) % 12) + 1), String(v)));

describe('NHSRplotthedots example 1: ae_all attendances', () => {
  const result = spcAnalysis({ measure: aeMeasure, observations: aeRows });
  const limits = result.phases[0]!.limits!;

  it('has the published mean and process limits', () => {
    expect(result.phases).toHaveLength(1);
    expect(limits.mean).toBeCloseTo(2000538.9444444445, 6);
    expect(limits.lower).toBeCloseTo(1731844.3644444444, 6);
    expect(limits.upper).toBeCloseTo(2269233.5244444446, 6);
  });

  it('has no moving range that NHSRplotthedots’ screening would drop (so its limits are comparable)', () => {
    const largest = Math.max(...result.points.map((p) => p.movingRange ?? 0));
    expect(largest).toBe(280215); // |2015834 - 1735619|, February to March 2017
    expect(largest).toBeLessThan(3.267 * limits.averageMovingRange);
  });

  it('puts the same points above and below the mean (published relative_to_mean)', () => {
    const published = [
      -1, 1, -1, 1, -1, -1, 1, -1, -1, -1, -1, 1, -1, 1, -1, 1, -1, -1, 1, -1, 1, -1, -1, 1, -1, 1, 1, 1, -1, 1, 1, 1, 1, 1,
      -1, 1,
    ];
    expect(result.points.map((p) => (p.side === 'above' ? 1 : -1))).toEqual(published);
  });

  it('puts the same points close to the limits: 11, 23 and 28 (published close_to_limits), none outside', () => {
    const outer = result.points.flatMap((p, i) => (p.zone === 'outer-third' ? [i + 1] : []));
    expect(outer).toEqual([11, 23, 28]);
    expect(result.points.some((p) => p.zone === 'outside')).toBe(false);
  });

  it('finds every point common cause, as published (point_type all "common_cause")', () => {
    expect(result.points.every((p) => p.variation === 'common')).toBe(true);
    expect(result.variation.token).toBe('common');
    expect(result.assurance).toMatchObject({ token: 'none', reason: 'no-target' });
  });
});

describe('NHSRplotthedots example 2: ae_all attendances rebased at April 2017', () => {
  const result = spcAnalysis({ measure: aeMeasure, observations: aeRows, baseline: aMonth(2017, 4) });

  it('recalculates the limits from April 2017, as published', () => {
    const [first, second] = result.phases;
    expect(result.phases).toHaveLength(2);
    expect(first!.pointCount).toBe(12);
    expect(first!.limits!.mean).toBeCloseTo(1946858.4166666667, 6);
    expect(first!.limits!.lower).toBeCloseTo(1639947.374848485, 6);
    expect(first!.limits!.upper).toBeCloseTo(2253769.4584848485, 6);
    expect(second!.pointCount).toBe(24);
    expect(second!.start).toEqual(aMonth(2017, 4));
    expect(second!.limits!.mean).toBeCloseTo(2027379.2083333333, 6);
    expect(second!.limits!.lower).toBeCloseTo(1772921.0639855072, 6);
    expect(second!.limits!.upper).toBeCloseTo(2281837.3526811595, 6);
  });

  it('draws the 12-point first phase as trial limits (our rule; NHSRplotthedots only warns below 12) and judges the second', () => {
    expect(result.phases.map((p) => p.reliability)).toEqual(['trial', 'reliable']);
    expect(result.points.slice(0, 12).every((p) => p.variation === null)).toBe(true);
    expect(result.points.slice(12).every((p) => p.variation === 'common')).toBe(true);
    expect(result.variation.token).toBe('common');
  });
});

describe('NHSRplotthedots example 3: two points close to the limits on opposite sides of the mean', () => {
  // tests/testthat/test-ptd_spc_standard.R, "it only reports special cause for 2 of 3 points close to limits when
  // they are on the same side of the mean": 1, -1 repeated 8 times, then point 15 = 5.5 and point 16 = -5.5;
  // both are published as "common_cause".
  // Our limits (no screening): mean 0; moving ranges 13 x 2 + |5.5 - -1| + |-5.5 - 5.5| = 26 + 6.5 + 11 = 43.5
  // over 15 = 2.9; limits +/- 2.66 x 2.9 = 7.714; 2-sigma lines +/- 5.1427, so both are in the outer third.
  // (NHSRplotthedots screens out the 11: 3.267 x 2.9 = 9.47; its limits are +/- 2.66 x 32.5/14 = 6.175.)
  const values = Array.from({ length: 16 }, (_, i): string => (i % 2 === 0 ? '1' : '-1'));
  values[14] = '5.5';
  values[15] = '-5.5';
  const rows = values.map((v, i) => anObservation(aMonth(2022 + Math.floor((3 + i) / 12), ((3 + i) % 12) + 1), v));
  const result = spcAnalysis({ measure: aeMeasure, observations: rows });

  it('finds both common cause', () => {
    expect(result.phases[0]!.limits!.upper).toBeCloseTo(7.714, 12);
    expect(result.points.slice(-2).map((p) => [p.zone, p.variation])).toEqual([
      ['outer-third', 'common'],
      ['outer-third', 'common'],
    ]);
    expect(result.variation.token).toBe('common');
  });
});

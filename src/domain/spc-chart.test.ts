import { describe, expect, it } from 'vitest';
import { spcAnalysis } from './spc';
import { spcChart } from './spc-chart';
import { aMeasure, aMonth, aTarget, anObservation, special } from './test-factories';
import type { Observation, Polarity } from './types';

const measure = (polarity: Polarity = 'high') => aMeasure({ polarity, unit: 'number', decimals: 1 });

/** Monthly rows from April 2022; '[c]' is a suppressed month. */
function monthly(values: readonly string[]): Observation[] {
  return values.map((v, i) => {
    const months = 2022 * 12 + 3 + i;
    const period = aMonth(Math.floor(months / 12), (months % 12) + 1);
    return v === '[c]' ? anObservation(period, special('c')) : anObservation(period, v);
  });
}

const alternating = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? '10' : '12'));

function chartOf(values: readonly string[], polarity: Polarity = 'high', target = aTarget('2023-24', '15')) {
  const m = measure(polarity);
  return spcChart(spcAnalysis({ measure: m, observations: monthly(values), target }), m, target);
}

describe('spcChart: the XmR chart laid out for drawing and reading', () => {
  // April 2022 [c], then May 2022 to August 2023 alternating 10, 12 (16 figures), then September 2023 20.
  // 17 figures: sum 8 x 10 + 8 x 12 + 20 = 196, mean 196 / 17 = 11.5294...
  // moving ranges: 15 of 2 and |20 - 12| = 8: 38 / 16 = 2.375; 2.66 x 2.375 = 6.3175
  // limits 11.5294 - 6.3175 = 5.2119 and 11.5294 + 6.3175 = 17.8469; 20 is above the upper limit (high is good).
  const chart = chartOf(['[c]', ...alternating(16), '20']);

  it('has one entry per month, a gap for [c] (never zero) and its reason', () => {
    expect(chart.entries).toHaveLength(18);
    expect(chart.entries[0]).toEqual({
      label: 'Apr 2022',
      period: 'April 2022',
      value: null,
      text: '[c] suppressed',
      limits: null,
      special: null,
      verdict: 'No point: [c] suppressed',
    });
    expect(chart.entries.slice(1, 4).map((e) => e.value)).toEqual([10, 12, 10]);
  });

  it('gives the mean and limits, one decimal place finer than the figures', () => {
    expect(chart.phases).toHaveLength(1);
    expect(chart.phases[0]).toMatchObject({ reliability: 'reliable', meanText: '11.53', lowerText: '5.21', upperText: '17.85' });
    expect(chart.entries[1]!.limits?.upper).toBeCloseTo(17.8469, 4);
    expect(chart.target).toEqual({ value: 15, text: '15.0' });
    expect(chart.reliability).toBe('reliable');
    expect(chart.pointCount).toBe(17);
  });

  it('flags the figure above the upper limit as special cause improvement, and says why', () => {
    const last = chart.entries.at(-1)!;
    expect(last).toMatchObject({ label: 'Sep 2023', text: '20.0', special: 'improvement', verdict: 'Special cause improvement (high): above the upper process limit' });
    expect(chart.entries[1]!.verdict).toBe('Common cause');
    expect(chart.entries.filter((e) => e.special !== null)).toHaveLength(1);
    expect(chart.summary).toEqual([
      'Over the 17 figures from May 2022 to September 2023, the average is 11.53 and the process limits are 5.21 to 17.85.',
      'Special cause improvement (high) - above the upper process limit: September 2023.',
    ]);
  });

  it('calls the same figure a concern when low is good, and has no target for a context measure', () => {
    expect(chartOf(['[c]', ...alternating(16), '20'], 'low').entries.at(-1)!.special).toBe('concern');
    const context = chartOf(['[c]', ...alternating(16), '20'], 'none');
    expect(context.entries.at(-1)!.verdict).toBe('Special cause (high): above the upper process limit');
    expect(context.target).toBeNull();
  });

  it('draws trial limits with 13 figures and says they give no verdict', () => {
    // mean (7 x 10 + 6 x 12) / 13 = 142 / 13 = 10.9231; moving ranges all 2; limits 10.9231 -/+ 5.32 = 5.6031, 16.2431.
    const trial = chartOf(alternating(13));
    expect(trial.reliability).toBe('trial');
    expect(trial.phases[0]).toMatchObject({ reliability: 'trial', meanText: '10.92', lowerText: '5.60', upperText: '16.24' });
    expect(trial.entries.every((e) => e.verdict === 'Not judged: trial limits' && e.special === null)).toBe(true);
    expect(trial.summary).toEqual([
      'SPC needs at least 15 figures; this measure has 13.',
      'Trial limits: not enough data for a reliable verdict. Over the 13 figures from April 2022 to April 2023, the average is 10.92 and the process limits are 5.60 to 16.24.',
    ]);
  });

  it('has no limits with fewer than 12 figures', () => {
    const few = chartOf(alternating(10));
    expect(few.reliability).toBe('none');
    expect(few.phases).toEqual([]);
    expect(few.entries.every((e) => e.limits === null && e.verdict === 'Not judged: too few figures')).toBe(true);
    expect(few.summary).toEqual(['SPC needs at least 15 figures; this measure has 10.']);
  });

  it('says so when there are no figures', () => {
    const none = chartOf([]);
    expect(none.entries).toEqual([]);
    expect(none.summary).toEqual(['There are no figures to chart.']);
  });
});

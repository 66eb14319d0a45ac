import { describe, expect, it } from 'vitest';
import { specialCauses } from './spc-rules';
import type { RuleInput } from './spc-rules';

// The rules on their own: each point is given as its value, side of the mean (+ above, - below, 0 on it) and
// zone (o = outside the limits, t = outer third, . = inside), so runs can be written out exactly.
// Several cases repeat NHSRplotthedots' own unit tests (tests/testthat/test-ptd_calculate_point_type.R,
// nhs-r-community/NHSRplotthedots): ptd_seven_point_one_side_mean, ptd_seven_point_trend, ptd_two_in_three.

function point(value: number, side: '+' | '-' | '0', zone: 'o' | 't' | '.' = '.'): RuleInput {
  return { value: BigInt(value), side: side === '+' ? 1 : side === '-' ? -1 : 0, outside: zone === 'o', outerThird: zone === 't' };
}

/** Points whose only feature is their side of the mean; values alternate so no trend forms. */
function sides(pattern: string): RuleInput[] {
  return [...pattern].map((s, i) => point(i % 2, s as '+' | '-' | '0'));
}

/** Points whose only feature is their value (all on the same side, so shifts are not in play: side 0). */
function values(...vs: number[]): RuleInput[] {
  return vs.map((v) => point(v, '0'));
}

const marked = (hits: ReturnType<typeof specialCauses>) => hits.map((h) => (h.cause === null ? '.' : `${h.cause}:${h.direction}`));

describe('shift: 7 points in a row on the same side of the mean', () => {
  it('flags nothing for 6 in a row above the mean', () => {
    expect(specialCauses(sides('-++++++-')).every((h) => h.rules.length === 0)).toBe(true);
  });

  it('flags all 7 points of a run of 7 above the mean, high', () => {
    expect(marked(specialCauses(sides('-+++++++-')))).toEqual(['.', ...Array(7).fill('shift:high'), '.']);
  });

  it('flags a run of 8 below the mean, low (NHSRplotthedots: c(rep(-1, 8), 1))', () => {
    expect(marked(specialCauses(sides('--------+')))).toEqual([...Array(8).fill('shift:low'), '.']);
  });

  it('is ended by a point exactly on the mean: 4 + 3 either side of it is no shift', () => {
    expect(specialCauses(sides('++++0+++')).every((h) => h.rules.length === 0)).toBe(true);
  });
});

describe('trend: 7 points in a row each higher (or lower) than the one before', () => {
  it('flags nothing for 6 rising points (NHSRplotthedots: 1:6)', () => {
    expect(specialCauses(values(1, 2, 3, 4, 5, 6)).every((h) => h.rules.length === 0)).toBe(true);
  });

  it('flags all 7 points of 1..7, high (7 points, 6 rises)', () => {
    expect(marked(specialCauses(values(1, 2, 3, 4, 5, 6, 7)))).toEqual(Array(7).fill('trend:high'));
  });

  it('flags all 7 points of 7..1, low', () => {
    expect(marked(specialCauses(values(7, 6, 5, 4, 3, 2, 1)))).toEqual(Array(7).fill('trend:low'));
  });

  it('is broken by an equal value (NHSRplotthedots: c(1:3, 3:6))', () => {
    expect(specialCauses(values(1, 2, 3, 3, 4, 5, 6)).every((h) => h.rules.length === 0)).toBe(true);
  });

  it('marks only the run, not the points either side (NHSRplotthedots: c(2, 1:7, 3))', () => {
    expect(marked(specialCauses(values(2, 1, 2, 3, 4, 5, 6, 7, 3)))).toEqual(['.', ...Array(7).fill('trend:high'), '.']);
  });

  it('gives a turning point shared by a rising and a falling trend the later (falling) direction', () => {
    const hits = marked(specialCauses(values(1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1)));
    expect(hits).toEqual([...Array(6).fill('trend:high'), ...Array(7).fill('trend:low')]);
  });
});

describe('two in three: 2 of 3 points in a row in the outer third, all on the same side', () => {
  it.each([
    ['t.t', ['two-in-three:high', '.', 'two-in-three:high']],
    ['.tt', ['.', 'two-in-three:high', 'two-in-three:high']],
    ['tt.', ['two-in-three:high', 'two-in-three:high', '.']],
  ])('flags only the outer-third points of %s (NHSRplotthedots: c(1, 0, 1), c(0, 1, 1), c(1, 1, 0))', (zones, expected) => {
    const input = [...zones].map((z, i) => point(i, '+', z as 't' | '.'));
    expect(marked(specialCauses(input))).toEqual(expected);
  });

  it('flags nothing for 1 of 3 in the outer third', () => {
    expect(specialCauses([point(0, '+', 't'), point(1, '+'), point(2, '+')]).every((h) => h.rules.length === 0)).toBe(true);
  });

  it('flags nothing for outer-third points 3 apart (NHSRplotthedots: c(1, 0, 0, 1))', () => {
    const input = [point(0, '-', 't'), point(1, '-'), point(0, '-'), point(1, '-', 't')];
    expect(specialCauses(input).every((h) => h.rules.length === 0)).toBe(true);
  });

  it('flags nothing when the 3 points are not all on the same side of the mean', () => {
    expect(specialCauses([point(0, '+', 't'), point(1, '-'), point(2, '+', 't')]).every((h) => h.rules.length === 0)).toBe(true);
  });

  it('flags nothing when one of the 3 is exactly on the mean', () => {
    expect(specialCauses([point(0, '+', 't'), point(1, '0'), point(2, '+', 't')]).every((h) => h.rules.length === 0)).toBe(true);
  });

  it('does not count a point outside the limits as in the outer third (NHSRplotthedots issue #153)', () => {
    const hits = specialCauses([point(0, '+', 'o'), point(1, '+', 't'), point(0, '+')]);
    expect(marked(hits)).toEqual(['outside-limits:high', '.', '.']);
  });
});

describe('outside the limits, and which rule decides the direction', () => {
  it('flags a point outside the limits by its side of the mean', () => {
    expect(marked(specialCauses([point(0, '+'), point(1, '-', 'o'), point(0, '+')]))).toEqual(['.', 'outside-limits:low', '.']);
  });

  it('takes a trend over a shift: 7 falling points above the mean are a falling (low) special cause', () => {
    const hits = specialCauses([7, 6, 5, 4, 3, 2, 1].map((v) => point(v, '+')));
    expect(hits[0]).toEqual({ rules: ['trend', 'shift'], cause: 'trend', direction: 'low' });
    expect(hits.every((h) => h.direction === 'low')).toBe(true);
  });

  it('takes outside the limits over a trend', () => {
    const input = [1, 2, 3, 4, 5, 6, 7].map((v) => point(v, '-'));
    input[6] = point(7, '-', 'o');
    expect(specialCauses(input)[6]).toEqual({ rules: ['outside-limits', 'trend', 'shift'], cause: 'outside-limits', direction: 'low' });
  });

  it('returns nothing for no points', () => {
    expect(specialCauses([])).toEqual([]);
  });
});

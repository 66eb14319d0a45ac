import { describe, expect, it } from 'vitest';
import { DIRECTION_TOKENS, RAG_TOKENS } from '../ui/tokens';
import { performanceSummary } from './performance-summary';
import { buildScorecard, indexDataset } from './scorecard';
import { SNAPSHOT_WIDTH, summarySnapshotSvg } from './summary-snapshot-svg';
import { aDataset, aMeasure, aMonth, aTarget, anObservation, special } from './test-factories';
import type { FinancialQuarter, Measure, Observation } from './types';

const palette = { rag: RAG_TOKENS, direction: DIRECTION_TOKENS };
const Q3: FinancialQuarter = { startYear: 2024, quarter: 3 }; // October-December 2024
const data = { authorityName: 'Sample & Borough <Council>', dataDate: '2025-01-10' };

const obs = (id: string, year: number, m: number, value: string | ReturnType<typeof special>): Observation =>
  anObservation(aMonth(year, m), value, { measureId: id });

// Two areas. Every measure high is good, target 90 tolerance 84, December 2024 against December 2023:
//  EHA 80 < 84 red; 85 a year ago, so down: declining -> red and getting worse.
//  EHB 95 >= 90 green; 92 a year ago: improving.
//  EHC [c]: not rated, no direction.
//  SCA 86: amber (84 <= 86 < 90); 88 a year ago: declining -> getting worse.
//  SCB 70 red; 60 a year ago: improving -> red.
// Early help: 1 red, 0 amber, 1 green, 1 not rated (3). Social care: 1 red, 1 amber, 0 green, 0 not rated (2).
// All areas: 2 red, 1 amber, 1 green, 1 not rated (5). Exceptions, worst kind first: EHA, SCB, SCA.
const measure = (id: string, area: string, title: string): Measure => aMeasure({ id, area, title });
const MEASURES = [
  measure('EHA', 'early-help', 'Families <contacted> & "seen"'),
  measure('EHB', 'early-help', 'Plans agreed'),
  measure('EHC', 'early-help', 'Small cohort measured'),
  measure('SCA', 'social-care', 'Visits on time'),
  measure('SCB', 'social-care', 'Plans reviewed on time'),
];
const OBSERVATIONS = [
  obs('EHA', 2024, 12, '80'),
  obs('EHA', 2023, 12, '85'),
  obs('EHB', 2024, 12, '95'),
  obs('EHB', 2023, 12, '92'),
  obs('EHC', 2024, 12, special('c')),
  obs('EHC', 2023, 12, '40'),
  obs('SCA', 2024, 12, '86'),
  obs('SCA', 2023, 12, '88'),
  obs('SCB', 2024, 12, '70'),
  obs('SCB', 2023, 12, '60'),
];
const TARGETS = MEASURES.map((m) => aTarget('2024-25', '90', '84', m.id));

function snapshot() {
  const index = indexDataset(aDataset({ measures: MEASURES, observations: OBSERVATIONS, targets: TARGETS }));
  return summarySnapshotSvg(performanceSummary(index, Q3, buildScorecard(index, Q3)), data, palette);
}

/** Each area row's cells as text: name, red, amber, green, not rated, total. */
function areaRows(svg: string): string[][] {
  return [...svg.matchAll(/<g class="snapshot-area">(.*?)<\/g>/g)].map((m) => [...m[1]!.matchAll(/>([^<]*)<\/text>/g)].map((t) => t[1]!));
}

describe('summarySnapshotSvg', () => {
  it('counts each area red, amber, green, not rated and the total, under badges that say the rating in words', () => {
    const { svg, width, height } = snapshot();
    expect(width).toBe(SNAPSHOT_WIDTH);
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${SNAPSHOT_WIDTH}" height="${height}"`));
    expect(areaRows(svg)).toEqual([
      ['Early help', '1', '0', '1', '1', '3'],
      ['Children&#39;s social care', '1', '1', '0', '0', '2'],
      ['All areas', '2', '1', '1', '1', '5'],
    ]);
    for (const word of ['Red', 'Amber', 'Green', 'Not rated']) expect(svg).toContain(`>${word}</text>`);
  });

  it('lists the exceptions worst first, in words, escaped', () => {
    const { svg, alt } = snapshot();
    const lines = [...svg.matchAll(/class="snapshot-exception">([^<]*)</g)].map((m) => m[1]);
    expect(lines.join(' ')).toBe(
      [
        'EHA Families &lt;contacted&gt; &amp; &quot;seen&quot;: 80.0% in December 2024, red and getting worse',
        'SCB Plans reviewed on time: 70.0% in December 2024, red, not getting worse',
        'SCA Visits on time: 86.0% in December 2024, getting worse, not red',
      ].join(' '),
    );
    expect(svg).toContain('Red or getting worse (3)');
    expect(svg).not.toMatch(/<script|<Council>/);
    expect(svg).toContain('Sample &amp; Borough &lt;Council&gt;');
    expect(svg).toContain('Source: Sample &amp; Borough &lt;Council&gt; · data extracted 10 January 2025');
    expect(alt).toContain('Early help: 1 red, 0 amber, 1 green, 1 not rated');
    expect(alt).toContain('All areas: 2 red, 1 amber, 1 green, 1 not rated');
    expect(alt).toContain('3 measures are red or getting worse.');
  });

  it('never shows the suppressed measure as a number', () => {
    const { svg } = snapshot();
    const texts = [...svg.matchAll(/>([^<]*)<\/text>/g)].map((m) => m[1]).join('\n');
    expect(texts).toContain('EHA');
    expect(texts).not.toContain('EHC');
    // Its year-ago figure (40) is not shown either: it has no direction, so it is not an exception.
    expect(texts).not.toContain('40');
  });
});

import { describe, expect, it } from 'vitest';
import { DIRECTION_TOKENS, RAG_TOKENS } from '../ui/tokens';
import { indexDataset, scorecardRow } from './scorecard';
import { scorecardSectionSvg, sectionAltText, truncateText } from './section-svg';
import { aDataset, aMeasure, aMonth, aTarget, anObservation, num, special } from './test-factories';
import type { FinancialQuarter, Measure, Observation, Target } from './types';

const palette = { rag: RAG_TOKENS, direction: DIRECTION_TOKENS };
const Q3: FinancialQuarter = { startYear: 2024, quarter: 3 }; // October-December 2024
const data = { authorityName: 'Sample Borough Council', dataDate: '2025-01-10' };

function rowOf(measure: Measure, observations: Observation[], targets: Target[]) {
  return scorecardRow(indexDataset(aDataset({ measures: [measure], observations, targets })), measure, Q3);
}

function textsOf(svg: string, className: string): string[] {
  return [...svg.matchAll(new RegExp(`<text [^>]*class="${className}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]!);
}

const area = 'social-care';
const measure = (id: string, title: string, extra: Partial<Measure> = {}) => aMeasure({ id, area, title, source: 'Liquidlogic LCS', ...extra });

// S1: high is good, 95 against target 90 (tolerance 84): green. A year before 90, so up: improving.
const s1 = rowOf(measure('S1', 'Assessments on time'), [anObservation(aMonth(2024, 12), '95', { measureId: 'S1' }), anObservation(aMonth(2023, 12), '90', { measureId: 'S1' })], [aTarget('2024-25', '90', '84', 'S1')]);
// S2: low is good, 25 against target 20 (tolerance 23): 25 > 23, red. A year before 22, so up, and low is good: declining.
const s2 = rowOf(
  measure('S2', 'Re-referrals <12 months> & "repeat"', { polarity: 'low' }),
  [anObservation(aMonth(2024, 12), '25', { measureId: 'S2' }), anObservation(aMonth(2023, 12), '22', { measureId: 'S2' })],
  [aTarget('2024-25', '20', '23', 'S2')],
);
// S3: high is good, 85 against 90 (tolerance 84): amber. No year-ago figure: no comparison.
const s3 = rowOf(measure('S3', 'Visits within 10 days'), [anObservation(aMonth(2024, 12), '85', { measureId: 'S3' })], [aTarget('2024-25', '90', '84', 'S3')]);
// S4: suppressed [c]: not rated, whatever the target.
const s4 = rowOf(measure('S4', 'Placements far from home', { unit: 'number', decimals: 0, polarity: 'low' }), [anObservation(aMonth(2024, 12), special('c'), { measureId: 'S4' }), anObservation(aMonth(2023, 12), '7', { measureId: 'S4' })], [aTarget('2024-25', '8', '10', 'S4')]);
// S5: high is good, 50 against 90 (tolerance 84): red.
const longTitle = 'Children seen alone at every statutory visit during the quarter, including those placed outside the borough';
const s5 = rowOf(measure('S5', longTitle), [anObservation(aMonth(2024, 12), num('50', 'p'), { measureId: 'S5' })], [aTarget('2024-25', '90', '84', 'S5')]);
const rows = [s1, s2, s3, s4, s5];

describe('scorecardSectionSvg', () => {
  it('has the area, quarter and one line per measure with the figure, rating and direction in words', () => {
    const { svg, width, height } = scorecardSectionSvg(area, Q3, rows, data, palette);
    expect(width).toBe(960);
    expect(svg).toContain(`width="960" height="${height}" viewBox="0 0 960 ${height}"`);
    expect(textsOf(svg, 'section-heading')).toEqual(['Children&#39;s social care']);
    expect(textsOf(svg, 'section-quarter')).toEqual(['2024-25 Q3 · 5 measures']);
    expect(textsOf(svg, 'section-ref')).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
    expect(textsOf(svg, 'section-value')).toEqual(['95.0% in December 2024', '25.0% in December 2024', '85.0% in December 2024', '[c] in December 2024', '50.0% [p] in December 2024']);
    // Badges in words: green, red, amber, not rated, red.
    expect([...svg.matchAll(/font-weight="bold" fill="[^"]+">(Green|Amber|Red|Not rated)<\/text>/g)].map((m) => m[1])).toEqual(['Green', 'Red', 'Amber', 'Not rated', 'Red']);
    // The red diamond shape is there, so the rating reads in greyscale.
    expect(svg).toContain('<rect x="2.5" y="2.5" width="11" height="11" transform="rotate(45 8 8)"/>');
    expect(textsOf(svg, 'section-direction')).toEqual(['Improving', 'Declining', 'No comparison', 'No comparison', 'No comparison']);
    expect(textsOf(svg, 'section-caption')).toEqual(['Source: Liquidlogic LCS · data extracted 10 January 2025']);
  });

  it('escapes titles and truncates a long one with an ellipsis', () => {
    const { svg, alt } = scorecardSectionSvg(area, Q3, rows, data, palette);
    expect(svg).toContain('Re-referrals &lt;12 months&gt; &amp; &quot;repeat&quot;');
    expect(svg.match(/&(?!(amp|lt|gt|quot|#39);)/g)).toBeNull();
    const title = textsOf(svg, 'section-title')[4]!;
    expect(title.endsWith('…')).toBe(true);
    expect(longTitle.startsWith(title.slice(0, -1))).toBe(true);
    expect(title.length).toBeLessThan(longTitle.length);
    expect(alt).toContain('Re-referrals <12 months> & "repeat"'); // plain text; the title element escapes it
    expect(svg).toContain('<title id="image-title">Children&#39;s social care, 2024-25 Q3');
  });

  it('keeps [c] as [c]: no number on the suppressed line', () => {
    const { svg } = scorecardSectionSvg(area, Q3, [s4], data, palette);
    expect(textsOf(svg, 'section-value')).toEqual(['[c] in December 2024']);
    expect(svg).not.toContain('>7');
    expect(svg).toContain('>Not rated</text>');
  });
});

describe('sectionAltText', () => {
  it('counts the ratings and names the red measures', () => {
    // Worked by hand above: S1 green, S2 red, S3 amber, S4 not rated, S5 red: 2 red, 1 amber, 1 green, 1 not rated.
    expect(sectionAltText(area, Q3, rows, palette)).toBe(
      `Children's social care, 2024-25 Q3: 5 measures; 2 red, 1 amber, 1 green, 1 not rated. Red: Re-referrals <12 months> & "repeat"; ${longTitle}`,
    );
  });

  it('leaves out the red list when nothing is red, and says "measure" for one', () => {
    expect(sectionAltText(area, Q3, [s1], palette)).toBe("Children's social care, 2024-25 Q3: 1 measure; 0 red, 0 amber, 1 green, 0 not rated.");
  });
});

describe('truncateText', () => {
  it('keeps text that fits and cuts at a word with an ellipsis otherwise', () => {
    expect(truncateText('Short title', 20)).toBe('Short title');
    expect(truncateText('Children seen alone at every visit', 20)).toBe('Children seen alone…');
    expect(truncateText('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });
});

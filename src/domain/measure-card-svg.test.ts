import { describe, expect, it } from 'vitest';
import { DIRECTION_TOKENS, RAG_TOKENS } from '../ui/tokens';
import { chartImageSvg, measureCardAltText, measureCardSvg, wrapText, xmlEscape } from './measure-card-svg';
import { indexDataset, scorecardRow } from './scorecard';
import { aDataset, aMeasure, aMonth, aTally, aTarget, anObservation, num, special } from './test-factories';
import type { FinancialQuarter, Measure, Observation, Target } from './types';

const palette = { rag: RAG_TOKENS, direction: DIRECTION_TOKENS };
const Q3: FinancialQuarter = { startYear: 2024, quarter: 3 }; // October-December 2024
const data = { authorityName: 'Sample Borough Council', dataDate: '2025-01-10' };

function rowOf(measure: Measure, observations: Observation[], targets: Target[]) {
  return scorecardRow(indexDataset(aDataset({ measures: [measure], observations, targets })), measure, Q3);
}

/** The text of every <text> element with the class, entities left as written. */
function textsOf(svg: string, className: string): string[] {
  return [...svg.matchAll(new RegExp(`<text [^>]*class="${className}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]!);
}

// EH01 as in data/early-help.csv: December 2024 85.1 [p] (57 of 67), December 2023 90.6 (58 of 64).
// Target for 2024-25 is 90 with tolerance 84, high is good: 85.1 < 90 but >= 84, so amber.
// 85.1 is lower than 90.6 a year before, and high is good: down, declining.
const eh01 = aMeasure({ id: 'EH01', title: 'Families contacted within 3 working days of referral', source: 'Liquidlogic EHM' });
const eh01Row = rowOf(
  eh01,
  [
    anObservation(aMonth(2024, 12), num('85.1', 'p'), { numerator: num('57'), denominator: num('67'), measureId: 'EH01' }),
    anObservation(aMonth(2023, 12), '90.6', { numerator: num('58'), denominator: num('64'), measureId: 'EH01' }),
  ],
  [aTarget('2024-25', '90', '84', 'EH01'), aTarget('2023-24', '90', '84', 'EH01')],
);

describe('measureCardSvg', () => {
  it('puts the ref, title, quarter, figure, period, tally, rating and direction on the card in words', () => {
    const { svg, width, height } = measureCardSvg(eh01Row, data, palette);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="\d+" viewBox="0 0 640 \d+"/);
    expect(width).toBe(640);
    expect(svg).toContain(`height="${height}" viewBox="0 0 640 ${height}"`);
    expect(height).toBeGreaterThan(200);
    expect(svg).toContain('EH01 · Early help · 2024-25 Q3');
    expect(textsOf(svg, 'card-title').join(' ')).toBe('Families contacted within 3 working days of referral');
    expect(textsOf(svg, 'card-value')).toEqual(['85.1% [p]']);
    expect(textsOf(svg, 'card-period').join(' ')).toBe('in December 2024 (57 of 67), provisional');
    expect(svg).toContain('>Amber</text>');
    expect(svg).toContain('Below target of 90.0%, within tolerance of 84.0%');
    expect(textsOf(svg, 'card-direction').join(' ')).toMatch(/^Down from 90\.6% in December 2023 - declining/);
    // The amber badge in its token colour, with the triangle shape.
    expect(svg).toContain('fill="#ffbf47"');
    expect(svg).toContain('<polygon points="8,1.5 15,14.5 1,14.5"/>');
    // The declining arrow, pointing down, in the declining colour.
    expect(svg).toContain('d="M8 14 L14 7 H10 V2 H6 V7 H2 Z" fill="#b10e1e"');
    expect(svg).toContain('Source: Liquidlogic EHM · data extracted 10 January 2025');
    expect(svg).toContain('font-family="Liberation Sans, Arial, sans-serif"');
  });

  it('offers the card as alt text in one sentence', () => {
    expect(measureCardAltText(eh01Row, palette)).toBe(
      'EH01 Families contacted within 3 working days of referral: 85.1% [p] in December 2024, amber, down from 90.6% in December 2023 - declining',
    );
  });

  it('escapes a title with markup and ampersands, in the text and in the title element', () => {
    const measure = aMeasure({ id: 'X1', title: 'Visits <script>alert("x")</script> & \'reviews\'' });
    const row = rowOf(measure, [anObservation(aMonth(2024, 12), '50', { measureId: 'X1' })], []);
    const { svg, alt } = measureCardSvg(row, data, palette);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('Visits &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;reviews&#39;');
    expect(alt).toContain('<script>'); // the alt text is plain text; whoever puts it in markup escapes it
    // Every & in the document starts an entity, so the XML is well formed.
    expect(svg.match(/&(?!(amp|lt|gt|quot|#39);)/g)).toBeNull();
    // No source on the measure: the caption names the authority.
    expect(svg).toContain('Source: Sample Borough Council · data extracted 10 January 2025');
  });

  it('keeps a suppressed value as [c]: no number for the value, no tally, not rated, no direction', () => {
    // LAC06 as in data/lac-sufficiency.csv: December 2024 [c], December 2023 7; low is good, target 8 tolerance 10.
    const lac06 = aMeasure({ id: 'LAC06', area: 'lac-sufficiency', title: 'New placements more than 20 miles from home', unit: 'number', decimals: 0, polarity: 'low' });
    const row = rowOf(
      lac06,
      [
        anObservation(aMonth(2024, 12), special('c'), { numerator: special('c'), measureId: 'LAC06' }),
        anObservation(aMonth(2023, 12), '7', { measureId: 'LAC06' }),
      ],
      [aTarget('2024-25', '8', '10', 'LAC06')],
    );
    const { svg, alt } = measureCardSvg(row, data, palette);
    expect(textsOf(svg, 'card-value')).toEqual(['[c]']);
    const period = textsOf(svg, 'card-period').join(' ');
    expect(period).toBe('in December 2024 (suppressed to protect individuals)');
    expect(period.replace('2024', '')).not.toMatch(/\d/);
    expect(svg).toContain('>Not rated</text>');
    expect(svg).toContain('Value suppressed');
    expect(textsOf(svg, 'card-direction')).toEqual(['No comparison available']);
    expect(svg).not.toContain(' of ');
    expect(alt).toBe('LAC06 New placements more than 20 miles from home: [c] in December 2024, not rated: value suppressed, no comparison available');
  });

  it('says when there is no figure for the quarter', () => {
    const row = rowOf(aMeasure(), [aTally(aMonth(2024, 6), 1, 2)], [aTarget('2024-25', '90')]);
    const { svg, alt } = measureCardSvg(row, data, palette, { spc: false });
    expect(textsOf(svg, 'card-value')).toEqual(['No figure']);
    expect(svg).toContain('No figure supplied for this quarter');
    expect(svg).not.toContain('Variation:');
    expect(alt).toContain('no figure for 2024-25 Q3');
  });
});

describe('chartImageSvg', () => {
  it('frames the page\'s chart with the title, figure, rating and direction in words, and the caption', () => {
    const chart = { markup: '<svg class="recharts-surface" width="700" height="300"><path d="M0 0 L10 10"/></svg>', width: 700, height: 300, description: 'Each month & its target' };
    const { svg, width, height, alt } = chartImageSvg(eh01Row, chart, data, palette);
    // 700 wide chart + 24 padding either side.
    expect(width).toBe(748);
    expect(height).toBeGreaterThan(300);
    expect(svg).toContain(`width="748" height="${height}"`);
    expect(svg).toContain(chart.markup);
    expect(svg).toContain('>Amber</text>');
    expect(textsOf(svg, 'chart-figure').join(' ')).toMatch(/^85\.1% \[p\] in December 2024\. Down from 90\.6% in December 2023 - declining/);
    expect(textsOf(svg, 'chart-caption')).toEqual(['Source: Liquidlogic EHM · data extracted 10 January 2025']);
    expect(alt).toMatch(/declining.*\. Each month & its target$/);
    expect(svg).toContain('Each month &amp; its target</title>');
  });
});

describe('helpers', () => {
  it('escapes the five XML specials', () => {
    expect(xmlEscape(`<a & "b" 'c'>`)).toBe('&lt;a &amp; &quot;b&quot; &#39;c&#39;&gt;');
  });

  it('wraps at spaces within the width, a long word alone on its line', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('supercalifragilistic ok', 5)).toEqual(['supercalifragilistic', 'ok']);
  });
});

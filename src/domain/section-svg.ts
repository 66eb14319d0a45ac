// One service area's section of the scorecard as a self-contained SVG picture, for a slide: the area and quarter,
// then one compact line per measure (reference, title, figure with its period, rating and direction, all in
// words), then the caption with the source and data date. Pure: it returns a string; drawing the PNG is the
// browser's job. Shapes, escaping and the caption come from the card builder, so they read the same.
import { areaName } from './areas';
import { capitalise } from './format-value';
import {
  INK,
  MUTED,
  charsFitting,
  directionArrow,
  figureText,
  ragBadge,
  sourceCaption,
  svgDocument,
  svgText,
  wrapText,
  type SvgImage,
  type SvgPalette,
  type SvgSource,
} from './measure-card-svg';
import { financialQuarterLabel, periodName } from './periods';
import type { Rag } from './rag-for';
import type { ScorecardRow } from './scorecard-row';
import type { AreaSlug, FinancialQuarter } from './types';

export const SECTION_WIDTH = 960;
const PAD = 24;
const LINE = 17;
// Columns: reference, title, figure, rating badge, direction (arrow then words).
const REF_X = PAD;
const TITLE_X = 88;
const VALUE_X = 412;
const BADGE_X = 636;
const ARROW_X = 744;
const DIRECTION_X = 762;
const FONT = 14;

/**
 * Shortens text to at most `maxChars` characters, ending in an ellipsis: at the last space when that keeps most
 * of the text, otherwise mid-word. Text that fits is returned as it is.
 */
export function truncateText(text: string, maxChars: number): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= maxChars) return clean;
  const room = Math.max(1, maxChars - 1);
  const cut = clean.slice(0, room);
  // A space just after the cut means the last word is whole.
  const space = clean.charAt(room) === ' ' ? room : cut.lastIndexOf(' ');
  const kept = space >= room * 0.6 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.\-–(]+$/, '')}…`;
}

/** "85.1% [p] in December 2024", "[c] in December 2024", or "No figure" for the quarter. */
export function sectionValueText(row: ScorecardRow): string {
  const figure = figureText(row);
  if (figure === null) return 'No figure';
  return row.period ? `${figure} in ${periodName(row.period)}` : figure;
}

/** How many of the rows are each rating. */
export function ragCounts(rows: readonly ScorecardRow[]): Record<Rag, number> {
  const counts: Record<Rag, number> = { red: 0, amber: 0, green: 0, none: 0 };
  for (const row of rows) counts[row.rag.rag] += 1;
  return counts;
}

/** "Children's social care, 2024-25 Q3: 9 measures; 2 red, 1 amber, 3 green, 3 not rated. Red: <title>; <title>". */
export function sectionAltText(area: AreaSlug, quarter: FinancialQuarter, rows: readonly ScorecardRow[], palette: Pick<SvgPalette, 'rag'>): string {
  const counts = ragCounts(rows);
  const n = rows.length;
  const tally = (['red', 'amber', 'green', 'none'] as const).map((rag) => `${counts[rag]} ${palette.rag[rag].label.toLowerCase()}`).join(', ');
  const reds = rows.filter((row) => row.rag.rag === 'red').map((row) => row.measure.title);
  const red = reds.length > 0 ? ` Red: ${reds.join('; ')}` : '';
  return `${areaName(area)}, ${financialQuarterLabel(quarter)}: ${n} ${n === 1 ? 'measure' : 'measures'}; ${tally}.${red}`;
}

/** The caption's source: the one system every measure names, or each named once; none falls back to the authority. */
function sectionSource(rows: readonly ScorecardRow[]): string | null {
  const sources = [...new Set(rows.map((row) => row.measure.source).filter((source): source is string => Boolean(source)))];
  return sources.length > 0 ? sources.join(', ') : null;
}

/** One measure's line at `top`: returns its markup and height. */
function measureLine(row: ScorecardRow, top: number, palette: SvgPalette): { markup: string; height: number } {
  const baseline = top + 18;
  const title = truncateText(row.measure.title, charsFitting(VALUE_X - TITLE_X - 12, FONT));
  const valueLines = wrapText(sectionValueText(row), charsFitting(BADGE_X - VALUE_X - 8, FONT));
  const direction = palette.direction[row.dot.judgement];
  const directionLines = wrapText(capitalise(direction.label), charsFitting(SECTION_WIDTH - PAD - DIRECTION_X, 13));
  const badge = ragBadge(row.rag.rag, BADGE_X, top + 2, palette, 12);
  const parts = [
    svgText(REF_X, baseline, row.measure.id, { 'font-size': FONT, 'font-weight': 'bold', fill: INK, class: 'section-ref' }),
    svgText(TITLE_X, baseline, title, { 'font-size': FONT, fill: INK, class: 'section-title' }),
    ...valueLines.map((line, i) => svgText(VALUE_X, baseline + i * LINE, line, { 'font-size': FONT, fill: INK, class: 'section-value' })),
    `<g class="section-rag">${badge.markup}</g>`,
    directionArrow(row.dot.arrow, ARROW_X, top + 5, 14, direction.colour),
    ...directionLines.map((line, i) => svgText(DIRECTION_X, baseline + i * LINE, line, { 'font-size': 13, fill: INK, class: 'section-direction' })),
  ];
  const lines = Math.max(valueLines.length, directionLines.length);
  return { markup: `<g class="section-measure">${parts.join('')}</g>`, height: Math.max(26, 18 + (lines - 1) * LINE + 8) };
}

/** One area's section of the scorecard (the rows as shown, in their order): every word escaped, [c] kept as [c]. */
export function scorecardSectionSvg(
  area: AreaSlug,
  quarter: FinancialQuarter,
  rows: readonly ScorecardRow[],
  data: SvgSource,
  palette: SvgPalette,
): SvgImage {
  const inner = SECTION_WIDTH - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  for (const line of wrapText(areaName(area), charsFitting(inner, 22, true))) {
    y += 28;
    parts.push(svgText(PAD, y, line, { 'font-size': 22, 'font-weight': 'bold', fill: INK, class: 'section-heading' }));
  }
  y += 22;
  const n = rows.length;
  parts.push(svgText(PAD, y, `${financialQuarterLabel(quarter)} · ${n} ${n === 1 ? 'measure' : 'measures'}`, { 'font-size': 15, fill: MUTED, class: 'section-quarter' }));

  // Column headings, then a rule.
  y += 28;
  const heading = { 'font-size': 12, 'font-weight': 'bold', fill: MUTED };
  parts.push(svgText(REF_X, y, 'Ref', heading), svgText(TITLE_X, y, 'Measure', heading), svgText(VALUE_X, y, 'Latest figure', heading));
  parts.push(svgText(BADGE_X, y, 'Rating', heading), svgText(ARROW_X, y, 'Direction of travel', heading));
  y += 8;
  parts.push(`<line x1="${PAD}" y1="${y}" x2="${SECTION_WIDTH - PAD}" y2="${y}" stroke="#b1b4b6" stroke-width="1"/>`);

  for (const row of rows) {
    const line = measureLine(row, y + 4, palette);
    parts.push(line.markup);
    y += 4 + line.height;
    parts.push(`<line x1="${PAD}" y1="${y}" x2="${SECTION_WIDTH - PAD}" y2="${y}" stroke="#e5e6e7" stroke-width="1"/>`);
  }

  // Caption: source and data date.
  y += 6;
  for (const line of wrapText(sourceCaption(sectionSource(rows), data), charsFitting(inner, 13))) {
    y += 20;
    parts.push(svgText(PAD, y, line, { 'font-size': 13, fill: MUTED, class: 'section-caption' }));
  }
  const height = y + PAD;
  const alt = sectionAltText(area, quarter, rows, palette);
  return { svg: svgDocument(SECTION_WIDTH, height, alt, parts.join('\n')), width: SECTION_WIDTH, height, alt };
}

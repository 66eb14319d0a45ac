// One measure's card as a self-contained SVG picture, for pasting into slides and newsletters: the title,
// quarter, figure, rating and direction of travel all in words on the image (never colour alone), and a caption
// with the source and the data date. Pure: it returns a string; drawing it into a PNG is the browser's job.
import { longDate } from './actions';
import { areaName } from './areas';
import type { DotArrow, DotJudgement } from './direction-of-travel';
import { capitalise, formatCell, formatNumber, qualifierMeaning } from './format-value';
import { financialQuarterLabel, periodName } from './periods';
import type { Rag } from './rag-for';
import type { ScorecardRow } from './scorecard-row';
import { assuranceLabel, variationLabel } from './spc-labels';
import type { Cell } from './types';

/** The colours to draw with: pass RAG_TOKENS and DIRECTION_TOKENS from src/ui/tokens.ts (the domain cannot import them). */
export interface SvgPalette {
  rag: Record<Rag, { background: string; foreground: string; label: string }>;
  direction: Record<DotJudgement, { colour: string; label: string }>;
}

export interface SvgImage {
  svg: string;
  /** The declared size in CSS pixels; a PNG at 2x is twice each. */
  width: number;
  height: number;
  /** Text equivalent of the picture, for an <img alt> or a slide's alt text. */
  alt: string;
}

/** Where the figures came from and when they were extracted, for the caption. */
export interface SvgSource {
  authorityName: string | null;
  /** settings.csv's data_date ("2025-01-10"). */
  dataDate: string | null;
}

export const SVG_FONT_FAMILY = 'Liberation Sans, Arial, sans-serif';
export const INK = '#0b0c0c';
export const MUTED = '#505a5f';

/** Escapes text for XML or HTML content and attributes in either kind of quotes (&#39;, which HTML 4 mail readers know too). */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Splits text into lines of at most `maxChars` characters at spaces (a longer word gets a line of its own).
 * An estimate of the rendered width: Liberation Sans averages a little over half an em per character.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** How many characters fit in `width` pixels at `fontSize` (bold text is wider). */
export function charsFitting(width: number, fontSize: number, bold = false): number {
  return Math.max(8, Math.floor(width / (fontSize * (bold ? 0.58 : 0.52))));
}

/** A text element; `text` is escaped here, so callers pass it as written. */
export function svgText(x: number, y: number, text: string, attributes: Record<string, string | number> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${xmlEscape(String(value))}"`)
    .join('');
  return `<text x="${x}" y="${y}"${attrs}>${xmlEscape(text)}</text>`;
}

// The same shapes as the screen's RagBadge and DirectionArrow (a 16 x 16 box), so a rating reads in greyscale.
const RAG_SHAPES: Record<Rag, string> = {
  green: '<circle cx="8" cy="8" r="6"/>',
  amber: '<polygon points="8,1.5 15,14.5 1,14.5"/>',
  red: '<rect x="2.5" y="2.5" width="11" height="11" transform="rotate(45 8 8)"/>',
  none: '<line x1="3" y1="8" x2="13" y2="8" stroke-width="2.5"/>',
};

const ARROW_PATHS: Record<Exclude<DotArrow, 'none'>, string> = {
  up: 'M8 2 L14 9 H10 V14 H6 V9 H2 Z',
  down: 'M8 14 L14 7 H10 V2 H6 V7 H2 Z',
  level: 'M14 8 L7 2 V6 H2 V10 H7 V14 Z',
};

/** The RAG shape, `size` pixels square, at (x, y), in `colour` (outlined in `outline` if given). */
export function ragShape(rag: Rag, x: number, y: number, size: number, colour: string, outline = colour): string {
  const scale = size / 16;
  return `<g transform="translate(${x} ${y}) scale(${scale})" fill="${colour}" stroke="${outline}">${RAG_SHAPES[rag]}</g>`;
}

/** A badge: the RAG colour, its shape and its word ("Amber"), as on screen. Returns the markup and its width. */
export function ragBadge(rag: Rag, x: number, y: number, palette: SvgPalette, fontSize = 16): { markup: string; width: number } {
  const token = palette.rag[rag];
  const height = Math.round(fontSize * 1.75);
  const icon = Math.round(fontSize * 0.9);
  const width = Math.round(icon + fontSize * 1.1 + token.label.length * fontSize * 0.68);
  const border = rag === 'none' ? ` stroke="${token.foreground}" stroke-width="1"` : '';
  const at = (n: number) => Math.round(n * 10) / 10;
  const markup = [
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="4" fill="${token.background}"${border}/>`,
    ragShape(rag, at(x + fontSize * 0.5), at(y + (height - icon) / 2), icon, token.foreground),
    svgText(at(x + fontSize * 0.5 + icon + fontSize * 0.35), at(y + height / 2 + fontSize * 0.35), token.label, {
      'font-size': fontSize,
      'font-weight': 'bold',
      fill: token.foreground,
    }),
  ].join('');
  return { markup, width };
}

/** The direction arrow, `size` pixels square, or nothing when there is no comparison. */
export function directionArrow(arrow: DotArrow, x: number, y: number, size: number, colour: string): string {
  if (arrow === 'none') return '';
  return `<path transform="translate(${x} ${y}) scale(${size / 16})" d="${ARROW_PATHS[arrow]}" fill="${colour}"/>`;
}

/** "Source: Liquidlogic EHM · data extracted 10 January 2025". */
export function sourceCaption(source: string | null, data: SvgSource): string {
  const from = source ?? data.authorityName;
  const parts = [from ? `Source: ${from}` : null, data.dataDate ? `data extracted ${longDate(data.dataDate)}` : null].filter(Boolean);
  return parts.length > 0 ? capitalise(parts.join(' · ')) : 'Source not recorded';
}

/** The opening tag every picture shares: explicit size, white background, the fonts fonts-liberation supplies. */
export function svgDocument(width: number, height: number, alt: string, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="image-title" font-family="${SVG_FONT_FAMILY}">`,
    `<title id="image-title">${xmlEscape(alt)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    body,
    '</svg>',
  ].join('\n');
}

/** A count as written (tallies are usually whole numbers). */
function countText(cell: Extract<Cell, { kind: 'number' }>): string {
  return formatNumber(cell, 'number', Math.min(3, cell.decimal.split('.')[1]?.length ?? 0));
}

/** "57 of 67", only when the value and both counts are numbers: a suppressed row's tally is never shown. */
export function tallyText(row: ScorecardRow): string | null {
  const current = row.current;
  if (!current) return null;
  const { value, numerator, denominator } = current;
  if (value.kind !== 'number' || numerator.kind !== 'number' || denominator.kind !== 'number') return null;
  return `${countText(numerator)} of ${countText(denominator)}`;
}

/** The figure as printed ("85.1% [p]", "[c]"), or null with no figure for the quarter. */
export function figureText(row: ScorecardRow): string | null {
  return row.current ? formatCell(row.current.value, row.measure.unit, row.measure.decimals) : null;
}

/** "in December 2024 (57 of 67), provisional" or "no figure for this quarter". */
function periodLine(row: ScorecardRow): string {
  if (!row.current || !row.period) return row.noDataForQuarter ? 'No figure supplied for this quarter' : 'No figure published yet';
  const tally = tallyText(row);
  const value = row.current.value;
  const flags = value.kind === 'number' && value.flags.length > 0 ? `, ${value.flags.map(qualifierMeaning).join(', ')}` : '';
  const special = value.kind === 'special' && value.code === 'c' ? ' (suppressed to protect individuals)' : '';
  return `in ${periodName(row.period)}${tally ? ` (${tally})` : ''}${flags}${special}`;
}

/** The direction of travel's sentence as it reads mid-sentence: "down from 90.6% in December 2023 - declining". */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The card's text equivalent, offered for copying as alt text:
 * "EH01 Families contacted within 3 working days of referral: 85.1% [p] in December 2024, amber, down from 90.6% in December 2023 - declining".
 */
export function measureCardAltText(row: ScorecardRow, palette: Pick<SvgPalette, 'rag'>): string {
  const { measure } = row;
  const figure = figureText(row);
  const value = figure && row.period ? `${figure} in ${periodName(row.period)}` : `no figure for ${financialQuarterLabel(row.quarter)}`;
  const rating = row.rag.rag === 'none' ? lowerFirst(row.rag.text) : palette.rag[row.rag.rag].label.toLowerCase();
  return `${measure.id} ${measure.title}: ${value}, ${rating}, ${lowerFirst(row.dot.text)}`;
}

export interface MeasureCardOptions {
  /** Add the SPC verdicts in words (variation and assurance). Default true. */
  spc?: boolean;
}

export const CARD_WIDTH = 640;
const PAD = 24;

/** One measure's card: everything on it is text in the picture, escaped, with [c] kept as [c]. */
export function measureCardSvg(row: ScorecardRow, data: SvgSource, palette: SvgPalette, options: MeasureCardOptions = {}): SvgImage {
  const { measure } = row;
  const inner = CARD_WIDTH - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;

  // Reference, area and quarter.
  y += 14;
  parts.push(svgText(PAD, y, `${measure.id} · ${areaName(measure.area)} · ${financialQuarterLabel(row.quarter)}`, { 'font-size': 14, fill: MUTED }));

  // Title, wrapped.
  for (const line of wrapText(measure.title, charsFitting(inner, 22, true))) {
    y += 30;
    parts.push(svgText(PAD, y, line, { 'font-size': 22, 'font-weight': 'bold', fill: INK, class: 'card-title' }));
  }

  // The figure, then its period and tally.
  y += 52;
  parts.push(svgText(PAD, y, figureText(row) ?? 'No figure', { 'font-size': 40, 'font-weight': 'bold', fill: INK, class: 'card-value' }));
  for (const line of wrapText(periodLine(row), charsFitting(inner, 16))) {
    y += 24;
    parts.push(svgText(PAD, y, line, { 'font-size': 16, fill: INK, class: 'card-period' }));
  }

  // Rating: the badge (colour, shape, word) and why.
  y += 18;
  const badge = ragBadge(row.rag.rag, PAD, y, palette);
  parts.push(`<g class="card-rag">${badge.markup}</g>`);
  const whyX = PAD + badge.width + 12;
  const whyLines = wrapText(capitalise(row.rag.why), charsFitting(CARD_WIDTH - PAD - whyX, 15));
  whyLines.forEach((line, i) => parts.push(svgText(whyX, y + 19 + i * 20, line, { 'font-size': 15, fill: INK })));
  y += Math.max(28, 19 + (whyLines.length - 1) * 20 + 9);

  // Direction of travel: the arrow in its colour and the sentence.
  y += 14;
  const direction = palette.direction[row.dot.judgement];
  parts.push(directionArrow(row.dot.arrow, PAD, y, 22, direction.colour));
  const dotX = PAD + 32;
  const dotLines = wrapText(row.dot.text, charsFitting(CARD_WIDTH - PAD - dotX, 15));
  dotLines.forEach((line, i) => parts.push(svgText(dotX, y + 16 + i * 20, line, { 'font-size': 15, fill: INK, class: 'card-direction' })));
  y += Math.max(22, 16 + (dotLines.length - 1) * 20 + 6);

  if (options.spc ?? true) {
    const spc = `Variation: ${variationLabel(row.spc.variation)}. Assurance: ${assuranceLabel(row.spc.assurance)}.`;
    for (const line of wrapText(spc, charsFitting(inner, 14))) {
      y += 22;
      parts.push(svgText(PAD, y, line, { 'font-size': 14, fill: MUTED }));
    }
  }

  // Caption: a rule, then source and data date.
  y += 18;
  parts.push(`<line x1="${PAD}" y1="${y}" x2="${CARD_WIDTH - PAD}" y2="${y}" stroke="#b1b4b6" stroke-width="1"/>`);
  for (const line of wrapText(sourceCaption(measure.source, data), charsFitting(inner, 13))) {
    y += 20;
    parts.push(svgText(PAD, y, line, { 'font-size': 13, fill: MUTED, class: 'card-caption' }));
  }
  const height = y + PAD;
  const alt = measureCardAltText(row, palette);
  return { svg: svgDocument(CARD_WIDTH, height, alt, parts.join('\n')), width: CARD_WIDTH, height, alt };
}

/** A chart drawn on the page (serialised SVG markup, its own size), to frame with the measure's words. */
export interface ChartPicture {
  markup: string;
  width: number;
  height: number;
  /** What the chart shows, in words (the figure's caption): "Each month's own figure ...". */
  description: string;
}

/**
 * The measure's trend chart framed for a slide: the ref, title and quarter above it, the figure with its rating
 * and direction in words, then the chart, then the caption with the source and data date. The chart's markup is
 * the page's own drawing, put in as it is; every word added here is escaped.
 */
export function chartImageSvg(row: ScorecardRow, chart: ChartPicture, data: SvgSource, palette: SvgPalette): SvgImage {
  const { measure } = row;
  const width = Math.max(CARD_WIDTH, Math.ceil(chart.width) + 2 * PAD);
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD + 14;
  parts.push(svgText(PAD, y, `${measure.id} · ${areaName(measure.area)} · ${financialQuarterLabel(row.quarter)}`, { 'font-size': 14, fill: MUTED }));
  for (const line of wrapText(measure.title, charsFitting(inner, 20, true))) {
    y += 28;
    parts.push(svgText(PAD, y, line, { 'font-size': 20, 'font-weight': 'bold', fill: INK, class: 'chart-title' }));
  }
  y += 12;
  const badge = ragBadge(row.rag.rag, PAD, y, palette, 14);
  parts.push(badge.markup);
  const figure = figureText(row);
  const said = [figure && row.period ? `${figure} in ${periodName(row.period)}` : 'No figure for the quarter', row.dot.text].join('. ');
  const saidX = PAD + badge.width + 10;
  const saidLines = wrapText(said, charsFitting(width - PAD - saidX, 14));
  saidLines.forEach((line, i) => parts.push(svgText(saidX, y + 17 + i * 19, line, { 'font-size': 14, fill: INK, class: 'chart-figure' })));
  y += Math.max(25, 17 + (saidLines.length - 1) * 19 + 6) + 12;
  parts.push(`<g transform="translate(${PAD} ${y})">${chart.markup}</g>`);
  y += Math.ceil(chart.height) + 16;
  parts.push(`<line x1="${PAD}" y1="${y}" x2="${width - PAD}" y2="${y}" stroke="#b1b4b6" stroke-width="1"/>`);
  for (const line of wrapText(sourceCaption(measure.source, data), charsFitting(inner, 13))) {
    y += 20;
    parts.push(svgText(PAD, y, line, { 'font-size': 13, fill: MUTED, class: 'chart-caption' }));
  }
  const height = y + PAD;
  const alt = `${measureCardAltText(row, palette)}. ${chart.description}`;
  return { svg: svgDocument(width, height, alt, parts.join('\n')), width, height, alt };
}

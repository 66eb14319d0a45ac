// "Performance on a page" as one self-contained SVG picture, for the member newsletter's e-mail (which runs no
// script and no iframe): per service area the count of red, amber, green and not rated measures, and the top
// exceptions, all in words. The counts and exceptions are performanceSummary's, never counted again here.
import {
  INK,
  MUTED,
  charsFitting,
  directionArrow,
  figureText,
  ragBadge,
  ragShape,
  sourceCaption,
  svgDocument,
  svgText,
  wrapText,
} from './measure-card-svg';
import type { SvgImage, SvgPalette, SvgSource } from './measure-card-svg';
import type { PerformanceSummary } from './performance-summary';
import type { SummaryException } from './performance-summary-exceptions';
import { RAG_STATUSES } from './performance-summary-tally';
import type { AreaTally } from './performance-summary-tally';
import { EXCEPTION_GROUP_TITLES } from './performance-summary-text';
import { financialQuarterLabel, periodName } from './periods';

export const SNAPSHOT_WIDTH = 800;
/** How many exceptions the picture lists; the rest are counted in a line after them. */
export const SNAPSHOT_TOP_EXCEPTIONS = 5;

const PAD = 24;
const AREA_COLUMN = 300;
const ROW_LINE = 20;
const COUNT_COLUMN = 100;
/** The centre of the column for each rating (0-3), then of the total (4), which takes what is left: it has no badge. */
function columnCentre(i: number): number {
  const counts = PAD + AREA_COLUMN;
  if (i < RAG_STATUSES.length) return Math.round(counts + COUNT_COLUMN * (i + 0.5));
  return Math.round((counts + COUNT_COLUMN * RAG_STATUSES.length + SNAPSHOT_WIDTH - PAD) / 2);
}

const SERVICES = "Children and young people's services";

/** "Sample Borough Council. Children and young people's services: performance on a page, 2024-25 Q3". */
export function snapshotTitle(summary: PerformanceSummary, data: SvgSource): string {
  const what = `${SERVICES}: performance on a page, ${financialQuarterLabel(summary.quarter)}`;
  return data.authorityName ? `${data.authorityName}. ${what}` : what;
}

/** "Early help: 3 red, 2 amber, 6 green, 1 not rated". */
function tallyWords(tally: AreaTally, palette: Pick<SvgPalette, 'rag'>): string {
  return `${tally.name}: ${RAG_STATUSES.map((status) => `${tally.current[status]} ${palette.rag[status].label.toLowerCase()}`).join(', ')}`;
}

/** "CSC04 Re-referrals within 12 months of a previous referral: 23.4% in December 2024, red and getting worse". */
export function exceptionLine(exception: SummaryException): string {
  const { row } = exception;
  const figure = figureText(row);
  const value = figure && row.period ? `${figure} in ${periodName(row.period)}` : 'no figure';
  return `${row.measure.id} ${row.measure.title}: ${value}, ${EXCEPTION_GROUP_TITLES[exception.kind].toLowerCase()}`;
}

/** The picture's text equivalent: the title, every area's counts, and how many measures are red or getting worse. */
export function summarySnapshotAlt(summary: PerformanceSummary, data: SvgSource, palette: Pick<SvgPalette, 'rag'>): string {
  const areas = [...summary.areas, summary.total].map((tally) => tallyWords(tally, palette)).join('. ');
  const n = summary.exceptions.length;
  const exceptions = n === 0 ? 'No measure is red or getting worse.' : `${n} ${n === 1 ? 'measure is' : 'measures are'} red or getting worse.`;
  return `${snapshotTitle(summary, data)}. ${areas}. ${exceptions}`;
}

/** One line of the table at baseline `y`: the area's name (wrapped to its column) and its counts. Returns the markup and its height. */
function countRow(tally: AreaTally, y: number, bold: boolean): { markup: string; height: number } {
  const weight: Record<string, string> = bold ? { 'font-weight': 'bold' } : {};
  const names = wrapText(tally.name, charsFitting(AREA_COLUMN - 16, 16, bold));
  const cells = names.map((line, i) => svgText(PAD, y + i * ROW_LINE, line, { 'font-size': 16, fill: INK, ...weight }));
  [...RAG_STATUSES.map((status) => tally.current[status]), tally.current.total].forEach((count, i) => {
    const x = columnCentre(i);
    cells.push(svgText(x, y, String(count), { 'font-size': 16, fill: INK, 'text-anchor': 'middle', ...weight }));
  });
  return { markup: `<g class="snapshot-area">${cells.join('')}</g>`, height: (names.length - 1) * ROW_LINE };
}

/** Performance on a page as a picture: counts per area under badge headings, then the top exceptions. */
export function summarySnapshotSvg(summary: PerformanceSummary, data: SvgSource, palette: SvgPalette): SvgImage {
  const parts: string[] = [];
  let y = PAD;

  y += 14;
  const who = data.authorityName ? `${data.authorityName} · ${SERVICES}` : SERVICES;
  parts.push(svgText(PAD, y, who, { 'font-size': 14, fill: MUTED }));
  y += 30;
  parts.push(svgText(PAD, y, `Performance on a page, ${financialQuarterLabel(summary.quarter)}`, { 'font-size': 24, 'font-weight': 'bold', fill: INK }));

  // Column headings: each rating as its badge (colour, shape, word), then the total.
  y += 22;
  parts.push(svgText(PAD, y + 19, 'Service area', { 'font-size': 14, 'font-weight': 'bold', fill: INK }));
  RAG_STATUSES.forEach((status, i) => {
    const badge = ragBadge(status, 0, 0, palette, 13);
    const x = columnCentre(i) - badge.width / 2;
    parts.push(ragBadge(status, Math.round(x), y, palette, 13).markup);
  });
  parts.push(
    svgText(columnCentre(RAG_STATUSES.length), y + 19, 'Total', {
      'font-size': 14,
      'font-weight': 'bold',
      fill: INK,
      'text-anchor': 'middle',
    }),
  );
  y += 30;

  for (const area of summary.areas) {
    y += 28;
    const row = countRow(area, y, false);
    parts.push(row.markup);
    y += row.height;
  }
  y += 12;
  parts.push(`<line x1="${PAD}" y1="${y}" x2="${SNAPSHOT_WIDTH - PAD}" y2="${y}" stroke="${INK}" stroke-width="1"/>`);
  y += 24;
  const total = countRow(summary.total, y, true);
  parts.push(total.markup);
  y += total.height;

  // The exceptions, worst first (performanceSummary's order).
  y += 40;
  const shown = summary.exceptions.slice(0, SNAPSHOT_TOP_EXCEPTIONS);
  const heading = summary.exceptions.length === 0 ? 'No measure is red or getting worse' : `Red or getting worse (${summary.exceptions.length})`;
  parts.push(svgText(PAD, y, heading, { 'font-size': 18, 'font-weight': 'bold', fill: INK }));
  for (const exception of shown) {
    const { rag, dot } = exception.row;
    y += 10;
    const token = palette.rag[rag.rag];
    const textX = PAD + 48;
    const lines = wrapText(exceptionLine(exception), charsFitting(SNAPSHOT_WIDTH - PAD - textX, 15));
    // The shape in its rating colour, outlined so amber reads on white; the arrow in its direction colour.
    parts.push(ragShape(rag.rag, PAD, y + 4, 16, rag.rag === 'none' ? token.foreground : token.background, INK));
    parts.push(directionArrow(dot.arrow, PAD + 22, y + 4, 16, palette.direction[dot.judgement].colour));
    lines.forEach((line, i) => parts.push(svgText(textX, y + 17 + i * 20, line, { 'font-size': 15, fill: INK, class: 'snapshot-exception' })));
    y += 17 + (lines.length - 1) * 20 + 6;
  }
  const more = summary.exceptions.length - shown.length;
  if (more > 0) {
    y += 24;
    parts.push(svgText(PAD, y, `and ${more} more on the live scorecard`, { 'font-size': 15, fill: MUTED }));
  }

  y += 22;
  parts.push(`<line x1="${PAD}" y1="${y}" x2="${SNAPSHOT_WIDTH - PAD}" y2="${y}" stroke="#b1b4b6" stroke-width="1"/>`);
  y += 20;
  parts.push(svgText(PAD, y, sourceCaption(null, data), { 'font-size': 13, fill: MUTED }));
  const height = y + PAD;
  const alt = summarySnapshotAlt(summary, data, palette);
  return { svg: svgDocument(SNAPSHOT_WIDTH, height, alt, parts.join('\n')), width: SNAPSHOT_WIDTH, height, alt };
}

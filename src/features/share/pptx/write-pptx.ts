// Lays a briefing plan out as a PowerPoint deck with pptxgenjs: native tables and native line charts, so an
// officer can restyle them in PowerPoint. Loaded only when an officer asks for a pack (dynamic import), so the
// first page does not carry pptxgenjs. Every word and number comes from the plan; colours from the tokens.
import PptxGenJS from 'pptxgenjs';
import type { BriefingPlan, MeasureSlide, SlideTable, SummarySlide, TitleSlide } from '../../../domain/briefing-pack';
import type { Rag } from '../../../domain/rag-for';
import { DIRECTION_TOKENS, RAG_TOKENS, SPC_TOKENS } from '../../../ui/tokens';

type Slide = PptxGenJS.Slide;
type TableRow = PptxGenJS.TableRow;

const FONT = 'Arial';
const INK = '0B0C0C';
const RULE = 'B1B4B6';
const HEADER_FILL = 'F3F2F1';
/** pptxgenjs takes colours without the "#". */
const hex = (colour: string) => colour.replace('#', '').toUpperCase();
// This year in the direction-neutral blue, last year in grey, the target in the green of "on target".
const SERIES_COLOURS = [DIRECTION_TOKENS.neutral.colour, SPC_TOKENS.common.colour, RAG_TOKENS.green.background].map(hex);

function ragFill(rag: Rag) {
  const token = RAG_TOKENS[rag];
  return { fill: { color: hex(token.background) }, color: hex(token.foreground) };
}

function tableRows(table: SlideTable, styleCell?: (row: number, column: number) => PptxGenJS.TableCellProps): TableRow[] {
  const header: TableRow = table.header.map((text, column) => ({
    text,
    options: { bold: true, fill: { color: HEADER_FILL }, ...styleCell?.(-1, column) },
  }));
  const body: TableRow[] = table.rows.map((cells, row) =>
    cells.map((text, column) => ({ text, options: { ...styleCell?.(row, column) } })),
  );
  return [header, ...body];
}

const TABLE_BASE = { fontFace: FONT, color: INK, border: { type: 'solid' as const, pt: 0.75, color: RULE }, valign: 'middle' as const };

function titleSlide(slide: Slide, plan: TitleSlide): void {
  slide.addText(plan.title, { x: 0.8, y: 1.8, w: 11.7, h: 1.4, fontFace: FONT, fontSize: 34, bold: true, color: INK });
  slide.addText(plan.quarter, { x: 0.8, y: 3.2, w: 11.7, h: 0.7, fontFace: FONT, fontSize: 26, color: hex(DIRECTION_TOKENS.neutral.colour) });
  slide.addText(
    plan.lines.map((text) => ({ text, options: { breakLine: true } })),
    { x: 0.8, y: 4.1, w: 11.7, h: 2, fontFace: FONT, fontSize: 18, color: INK, valign: 'top' },
  );
}

function summarySlide(slide: Slide, plan: SummarySlide): void {
  slide.addText(plan.title, { x: 0.5, y: 0.3, w: 12.3, h: 0.8, fontFace: FONT, fontSize: 28, bold: true, color: INK });
  const ragOfColumn: (Rag | null)[] = [null, 'red', 'amber', 'green', 'none', null, null];
  const lastRow = plan.table.rows.length - 1;
  slide.addTable(
    tableRows(plan.table, (row, column) => {
      const rag = ragOfColumn[column];
      if (row === -1 && rag) return { ...ragFill(rag), align: 'center' };
      return { bold: row === lastRow || row === -1, align: column === 0 ? 'left' : 'center' };
    }),
    { x: 0.5, y: 1.2, w: 12.3, colW: [4.3, 1.1, 1.1, 1.1, 1.3, 1.1, 2.3], fontSize: 13, rowH: 0.4, ...TABLE_BASE },
  );
  slide.addText(
    [
      { text: plan.paragraph, options: { breakLine: true } },
      { text: ' ', options: { breakLine: true } },
      { text: plan.exceptions, options: { bold: true } },
    ],
    { x: 0.5, y: 4.0, w: 12.3, h: 3.0, fontFace: FONT, fontSize: 14, color: INK, valign: 'top', fit: 'shrink' },
  );
}

function measureSlide(slide: Slide, plan: MeasureSlide, footer: string): void {
  const dot = DIRECTION_TOKENS[plan.dot];
  slide.addText(plan.title, { x: 0.5, y: 0.2, w: 12.3, h: 0.7, fontFace: FONT, fontSize: 22, bold: true, color: INK, fit: 'shrink' });
  slide.addText(plan.headline, { x: 0.5, y: 0.9, w: 12.3, h: 0.5, fontFace: FONT, fontSize: 18, color: INK });
  // The rating in words on its own colour; "Not rated" is white, so it gets a border to read as a badge.
  slide.addText(`Rating: ${plan.ragText}`, {
    x: 0.5, y: 1.5, w: 6.1, h: 0.5, fontFace: FONT, fontSize: 13, bold: true, margin: 6,
    ...ragFill(plan.rag),
    line: { color: RULE, width: 0.75 },
  });
  slide.addText(
    [
      { text: 'Direction of travel: ', options: { bold: true, color: INK } },
      { text: plan.dotText, options: { color: hex(dot.colour) } },
    ],
    { x: 0.5, y: 2.05, w: 6.1, h: 0.45, fontFace: FONT, fontSize: 13 },
  );
  slide.addTable(tableRows(plan.figures, (_row, column) => ({ align: column === 0 ? 'left' : 'right' })), {
    x: 0.5, y: 2.6, w: 6.1, colW: [1.6, 1.25, 1.25, 1.0, 1.0], fontSize: 11, rowH: 0.3, ...TABLE_BASE,
  });
  if (plan.benchmarks) {
    slide.addText(plan.benchmarks.caption, { x: 0.5, y: 4.85, w: 6.1, h: 0.3, fontFace: FONT, fontSize: 11, bold: true, color: INK });
    slide.addTable(tableRows(plan.benchmarks), { x: 0.5, y: 5.15, w: 6.1, colW: [2.1, 1.2, 1.2, 1.6], fontSize: 11, rowH: 0.28, ...TABLE_BASE });
  }

  const { chart } = plan;
  slide.addChart(
    'line',
    // A null value is a gap (pptxgenjs writes it as a blank point), never a zero.
    chart.series.map((s) => ({ name: s.name, labels: chart.labels, values: s.values as number[] })),
    {
      x: 6.9, y: 1.5, w: 5.9, h: 3.4,
      altText: chart.summary,
      showTitle: true, title: chart.title, titleFontSize: 11, titleFontFace: FONT, titleColor: INK,
      displayBlanksAs: 'gap',
      chartColors: SERIES_COLOURS.slice(0, chart.series.length),
      lineSize: 2, lineDataSymbol: 'circle', lineDataSymbolSize: 6,
      showLegend: true, legendPos: 'b', legendFontSize: 10, legendFontFace: FONT,
      catAxisLabelFontSize: 10, valAxisLabelFontSize: 10, catAxisLabelFontFace: FONT, valAxisLabelFontFace: FONT,
      showValAxisTitle: true, valAxisTitle: chart.unit, valAxisTitleFontSize: 10,
    },
  );
  const notes = [
    chart.gaps.length > 0 ? `Gaps in the chart: ${chart.gaps.join('; ')}.` : '',
    ...plan.commentary.map((text) => `Commentary: ${text}`),
  ].filter(Boolean);
  slide.addText(notes.length > 0 ? notes.map((text) => ({ text, options: { breakLine: true } })) : 'No commentary for this period.', {
    x: 6.9, y: 5.0, w: 5.9, h: 2.0, fontFace: FONT, fontSize: 11, color: INK, valign: 'top', fit: 'shrink',
  });
  slide.addText(footer, { x: 0.5, y: 7.05, w: 12.3, h: 0.3, fontFace: FONT, fontSize: 9, color: hex(SPC_TOKENS.common.colour) });
}

type Output = 'blob' | 'nodebuffer';

/** The deck as a Blob (in the browser) or a Buffer (in Node, for the LibreOffice check). */
export async function renderBriefingPack(plan: BriefingPlan, outputType: Output = 'blob'): Promise<Blob | Uint8Array> {
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = plan.title;
  pres.subject = plan.title;
  pres.author = 'Scorecard';
  for (const planned of plan.slides) {
    const slide = pres.addSlide();
    if (planned.kind === 'title') titleSlide(slide, planned);
    else if (planned.kind === 'summary') summarySlide(slide, planned);
    else measureSlide(slide, planned, plan.title);
  }
  return (await pres.write({ outputType, compression: true })) as Blob | Uint8Array;
}

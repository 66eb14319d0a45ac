// The browser half of image export, loaded only when an officer asks for a picture: drawing an SVG into a canvas
// at twice its size for a crisp PNG, and lifting the measure page's trend chart out of the page as a standalone SVG.
import { chartImageSvg } from '../../../domain/measure-card-svg';
import type { ChartPicture, SvgImage, SvgSource } from '../../../domain/measure-card-svg';
import type { ScorecardRow } from '../../../domain/scorecard';
import { PALETTE } from './palette';

/** PNGs are drawn at this many device pixels per CSS pixel, so they stay sharp on slides and retina screens. */
export const PNG_SCALE = 2;

export function svgBlob(svg: string): Blob {
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml;charset=utf-8' });
}

/** Draws the SVG into a canvas `scale` times its declared size and returns the PNG. */
export async function svgToPng({ svg, width, height }: Pick<SvgImage, 'svg' | 'width' | 'height'>, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the browser could not draw the picture'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw pictures');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not make the PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The measure page's trend chart: the largest Recharts drawing in its figure (legend icons are small ones). */
export const CHART_SELECTOR = '[data-measure-id] figure.trend-chart svg.recharts-surface';

export function findChart(root: ParentNode = document): SVGSVGElement | null {
  const found = [...root.querySelectorAll<SVGSVGElement>(CHART_SELECTOR)];
  const area = (svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect();
    return box.width * box.height;
  };
  return found.sort((a, b) => area(b) - area(a))[0] ?? null;
}

// What the page's style sheets set on the chart that a standalone SVG would lose.
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** A copy of the chart that draws the same outside the page: computed colours, strokes and fonts written inline. */
export function serialiseChart(svg: SVGSVGElement): ChartPicture {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i] as SVGElement | undefined;
    if (!target) return;
    const computed = getComputedStyle(original);
    // Through the CSSOM, not setAttribute('style'): a strict Content-Security-Policy (style-src 'self') blocks the latter.
    for (const name of INLINED) {
      const value = computed.getPropertyValue(name);
      if (value !== '') target.style.setProperty(name, value);
    }
    target.removeAttribute('class');
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const figure = svg.closest('figure');
  const words = [figure?.querySelector('.trend-chart__title')?.textContent, figure?.querySelector('.trend-chart__summary')?.textContent];
  return {
    markup: new XMLSerializer().serializeToString(copy),
    width,
    height,
    description: words.filter(Boolean).join(' ').trim() || 'The trend chart from the measure page.',
  };
}

export function chartImage(row: ScorecardRow, data: SvgSource): SvgImage | null {
  const chart = findChart();
  return chart ? chartImageSvg(row, serialiseChart(chart), data, PALETTE) : null;
}

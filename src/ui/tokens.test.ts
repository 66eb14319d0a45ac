import { describe, expect, it } from 'vitest';
import { BRAG_TOKENS, DIRECTION_TOKENS, RAG_TOKENS, SPC_TOKENS } from './tokens';

// WCAG 2.2 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('colour tokens', () => {
  it('computes contrast as WCAG does (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it.each(Object.entries({ ...RAG_TOKENS, ...Object.fromEntries(Object.entries(BRAG_TOKENS).map(([k, v]) => [`brag-${k}`, v])) }))(
    'gives %s badge text at least 4.5:1 against its background',
    (_, token) => {
      expect(contrast(token.foreground, token.background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(Object.entries(SPC_TOKENS))('gives the SPC %s icon at least 4.5:1 against white, as its letter is text', (_, token) => {
    expect(contrast(token.colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(DIRECTION_TOKENS))('gives the %s arrow at least 3:1 against the white page (a graphical object)', (_, token) => {
    expect(contrast(token.colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { useBuiltApp } from './served-app';

// Image export and the newsletter's e-mail snapshot, on the built app with the bundled sample data (2024-25 Q3).
// Expected figures are worked out by hand from data/*.csv in the comments.

const app = useBuiltApp();

/** Clicks the button and returns the file the browser downloaded. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: (file as Download).suggestedFilename(), bytes: readFileSync((await (file as Download).path())!) };
}

/** Width and height from a PNG's IHDR chunk (big-endian, at bytes 16 and 20), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Parses the SVG with the browser's own XML parser: the root's name and declared size, or the parser's error. */
async function parseSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const root = doc.documentElement;
    return {
      error,
      root: root.localName,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      value: doc.querySelector('.card-value')?.textContent ?? null,
      text: root.textContent ?? '',
    };
  }, text);
}

describe('image export', () => {
  it('downloads the EH01 card as SVG and as a PNG at twice its size, with alt text to copy', async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=measure&measure=EH01'), { width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Download card as SVG' }).waitFor();

    const svgFile = await download(page, 'Download card as SVG');
    expect(svgFile.name).toBe('EH01-2024-25-Q3-card.svg');
    const svgText = svgFile.bytes.toString('utf8');
    expect(svgText).toMatch(/<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const svg = await parseSvg(page, svgText);
    expect(svg.error).toBeNull();
    expect(svg.root).toBe('svg');
    expect(svg.namespace).toBe('http://www.w3.org/2000/svg');
    // EH01 December 2024: 85.1 [p] (57 of 67); target 90, tolerance 84, high is good: amber. December 2023 was
    // 90.6, so it went down: declining.
    expect(svg.value).toBe('85.1% [p]');
    expect(svg.text).toContain('Amber');
    expect(svg.text).toContain('(57 of 67)');
    expect(svg.text).toContain('Down from 90.6% in December 2023 - declining');
    expect(svg.text).toContain('Source: Liquidlogic EHM · data extracted 10 January 2025');

    const pngFile = await download(page, 'Download card as PNG');
    expect(pngFile.name).toBe('EH01-2024-25-Q3-card.png');
    expect(pngSize(pngFile.bytes)).toEqual({ width: svg.width * 2, height: svg.height * 2 });
    expect(svg.width).toBe(640);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Downloaded EH01-2024-25-Q3-card.png' }).count()).toBe(1);

    const alt = await page.getByLabel('Alt text for the card').inputValue();
    expect(alt).toMatch(/^EH01 Families contacted within 3 working days of referral: 85\.1% \[p\] in December 2024, amber, down from 90\.6% in December 2023 - declining/);

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the trend chart as SVG and PNG with the measure in words around it', async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=measure&measure=EH01'), { width: 1280, height: 900 });
    await page.locator('figure.trend-chart svg.recharts-surface').first().waitFor();

    const svgFile = await download(page, 'Download chart as SVG');
    expect(svgFile.name).toBe('EH01-2024-25-Q3-chart.svg');
    const svg = await parseSvg(page, svgFile.bytes.toString('utf8'));
    expect(svg.error).toBeNull();
    expect(svg.root).toBe('svg');
    expect(svg.text).toContain('Families contacted within 3 working days');
    expect(svg.text).toContain('Amber');
    // The chart's own drawing came along: lines as paths, with their colours written inline.
    expect(svgFile.bytes.toString('utf8')).toMatch(/<path[^>]*style="[^"]*stroke:/);

    const pngFile = await download(page, 'Download chart as PNG');
    expect(pngSize(pngFile.bytes)).toEqual({ width: svg.width * 2, height: svg.height * 2 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps LAC06 suppressed: the card says [c], never a number', async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=measure&measure=LAC06'));
    await page.getByRole('button', { name: 'Download card as SVG' }).waitFor();
    const svgFile = await download(page, 'Download card as SVG');
    const svg = await parseSvg(page, svgFile.bytes.toString('utf8'));
    expect(svg.error).toBeNull();
    // data/lac-sufficiency.csv: LAC06,2024-12,[c]
    expect(svg.value).toBe('[c]');
    expect(svg.value).not.toMatch(/\d/);
    expect(svg.text).toContain('[c]');
    expect(svg.text).toContain('Not rated');
    expect(await page.getByLabel('Alt text for the card').inputValue()).toContain('[c] in December 2024, not rated: value suppressed');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('scorecard section pictures', () => {
  it("downloads Children's social care as SVG and as a PNG at twice its size, with alt text to copy", async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=scorecard&area=social-care'), { width: 1280, height: 900 });
    const name = "Children's social care";
    await page.getByRole('button', { name: `Download ${name} as PNG`, exact: true }).waitFor();
    // Filtered to one area: only its section is offered.
    expect(await page.getByRole('button', { name: /^Download .* as PNG$/ }).count()).toBe(1);

    const svgFile = await download(page, `Download ${name} as SVG`);
    expect(svgFile.name).toBe('social-care-2024-25-Q3-section.svg');
    const svgText = svgFile.bytes.toString('utf8');
    const svg = await parseSvg(page, svgText);
    expect(svg.error).toBeNull();
    expect(svg.root).toBe('svg');
    expect(svg.namespace).toBe('http://www.w3.org/2000/svg');
    expect(svg.width).toBe(960);
    expect(svg.text).toContain("Children's social care");
    expect(svg.text).toContain('2024-25 Q3');
    // data/measures.csv: CSC04 "Re-referrals within 12 months of a previous referral", in social care.
    expect(svg.text).toContain('Re-referrals');
    expect(svg.text).toContain('Red');
    expect(svg.text).toContain('data extracted 10 January 2025');

    const pngFile = await download(page, `Download ${name} as PNG`);
    expect(pngFile.name).toBe('social-care-2024-25-Q3-section.png');
    expect(pngSize(pngFile.bytes)).toEqual({ width: svg.width * 2, height: svg.height * 2 });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Downloaded social-care-2024-25-Q3-section.png' }).count()).toBe(1);

    const alt = await page.getByLabel(`Alt text for ${name}`).inputValue();
    expect(alt).toMatch(/^Children's social care, 2024-25 Q3: \d+ measures; \d+ red, \d+ amber, \d+ green, \d+ not rated\./);

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the e-mail snapshot for the newsletter', () => {
  it('gives an inline-styled HTML fragment with the picture, alt text and a link to the live quarter, and the PNG', async () => {
    const { page, errors } = await app.open(app.url('sample', '?view=summary'), { width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Download e-mail HTML' }).waitFor();

    const htmlFile = await download(page, 'Download e-mail HTML');
    expect(htmlFile.name).toBe('scorecard-2024-25-Q3-email.html');
    const html = htmlFile.bytes.toString('utf8');
    expect(html).not.toMatch(/<script|<style|<link|<iframe/i);
    const img = /<img [^>]*>/.exec(html)?.[0] ?? '';
    expect(img).toContain('src="scorecard-2024-25-Q3.png"');
    expect(img).toMatch(/ alt="[^"]*Early help: \d+ red, \d+ amber, \d+ green, \d+ not rated/);
    expect(img).toMatch(/ width="800" height="\d+"/);
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).toMatch(/^https?:\/\//);
      expect(new URL(link).searchParams.get('quarter')).toBe('2024-25-Q3');
      expect(new URL(link).pathname).toBe('/council/scorecard/');
    }
    // The box to copy from holds the same fragment.
    expect(await page.getByLabel('E-mail HTML').inputValue()).toBe(html);

    const pngFile = await download(page, 'Download snapshot picture (PNG)');
    expect(pngFile.name).toBe('scorecard-2024-25-Q3.png');
    const declaredHeight = Number(/ height="(\d+)"/.exec(img)?.[1]);
    expect(pngSize(pngFile.bytes)).toEqual({ width: 1600, height: declaredHeight * 2 });

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

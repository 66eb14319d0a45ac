import { describe, expect, it } from 'vitest';
import { emailSnapshotHtml } from './email-snapshot';

const input = {
  title: 'Sample & Borough: performance on a page, 2024-25 Q3',
  imageFile: 'scorecard-2024-25-Q3.png',
  width: 800,
  height: 420,
  alt: 'Early help: 1 red, 0 amber "x" <b>',
  summary: 'Of 40 measures, 8 are red.',
  link: 'https://council.example/scorecard/?quarter=2024-25-Q3&x="1"',
  linkText: 'See the full scorecard for 2024-25 Q3',
  caption: 'Source: Sample Borough Council · data extracted 10 January 2025',
};

describe('emailSnapshotHtml', () => {
  const html = emailSnapshotHtml(input);

  it('is a table with inline styles only: no script, no style sheet, no class', () => {
    expect(html).toMatch(/<table role="presentation"[^>]*style="/);
    expect(html).not.toMatch(/<script|<style|<link|class=/i);
    // Every cell carries its own style.
    for (const tag of html.match(/<td[^>]*>/g) ?? []) expect(tag).toContain('style="');
  });

  it('shows the picture with its size and escaped alt text, linked to the live scorecard', () => {
    expect(html).toContain(
      '<img src="scorecard-2024-25-Q3.png" alt="Early help: 1 red, 0 amber &quot;x&quot; &lt;b&gt;" width="800" height="420"',
    );
    expect(html).toContain('<a href="https://council.example/scorecard/?quarter=2024-25-Q3&amp;x=&quot;1&quot;" style=');
    expect(html).toContain('>See the full scorecard for 2024-25 Q3</a>');
    expect(html).toContain('Sample &amp; Borough: performance on a page, 2024-25 Q3');
    expect(html).toContain('Of 40 measures, 8 are red.');
  });
});

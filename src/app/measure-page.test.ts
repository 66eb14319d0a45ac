// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isMeasureLink } from './measure-page';

describe('isMeasureLink: what counts as a reader about to open a measure', () => {
  const page = () => {
    document.body.innerHTML = `
      <a id="measure" href="?view=measure&amp;quarter=2024-25-Q3&amp;measure=CSC04"><span id="inside">Re-referrals</span></a>
      <a id="scorecard" href="?view=scorecard&amp;quarter=2024-25-Q3">Scorecard</a>
      <a id="lookalike" href="?preview=measure&amp;view=measures">Not a measure page</a>
      <p id="text">Not a link</p>`;
    return (id: string) => document.getElementById(id);
  };

  it('is a link to a measure page, or anything inside one', () => {
    const byId = page();
    expect(isMeasureLink(byId('measure'))).toBe(true);
    expect(isMeasureLink(byId('inside'))).toBe(true);
  });

  it('is not another view, plain text, the page itself or nothing', () => {
    const byId = page();
    expect(isMeasureLink(byId('scorecard'))).toBe(false);
    expect(isMeasureLink(byId('lookalike'))).toBe(false);
    expect(isMeasureLink(byId('text'))).toBe(false);
    expect(isMeasureLink(document)).toBe(false);
    expect(isMeasureLink(null)).toBe(false);
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isDownloadFailure, isMeasureLink } from './measure-page';

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

describe('isDownloadFailure: the code did not arrive, as opposed to a fault while drawing', () => {
  it('recognises each browser\'s wording for a module that could not be fetched, and Vite\'s for its stylesheet', () => {
    expect(isDownloadFailure(new TypeError('Failed to fetch dynamically imported module: https://example.gov.uk/assets/MeasureDetailView-x.js'))).toBe(true);
    expect(isDownloadFailure(new TypeError('error loading dynamically imported module: https://example.gov.uk/a.js'))).toBe(true);
    expect(isDownloadFailure(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isDownloadFailure(new Error('Unable to preload CSS for /assets/MeasureDetailView-x.css'))).toBe(true);
  });

  it('is not a fault in the page itself, or something that is not an error', () => {
    expect(isDownloadFailure(new TypeError("Cannot read properties of undefined (reading 'value')"))).toBe(false);
    expect(isDownloadFailure('Failed to fetch dynamically imported module')).toBe(false);
    expect(isDownloadFailure(null)).toBe(false);
  });
});

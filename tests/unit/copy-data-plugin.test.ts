import { describe, expect, it } from 'vitest';
import { dataFileRequested } from '../../scripts/copy-data-plugin';

describe('the dev server serving data/', () => {
  it('serves a data file asked for by the app, from any sub-path and with a cache-busting query', () => {
    expect(dataFileRequested('/data/measures.csv')).toBe('measures.csv');
    expect(dataFileRequested('/council/scorecard/data/early-help.csv?v=2')).toBe('early-help.csv');
    expect(dataFileRequested('/data/README.md')).toBe('README.md');
    expect(dataFileRequested('/data/my%20notes.csv')).toBe('my notes.csv');
  });

  it('leaves module imports of the same files to Vite (the dev mocks import the sample data with ?raw)', () => {
    expect(dataFileRequested('/data/measures.csv?import&raw')).toBeNull();
    expect(dataFileRequested('/data/measures.csv?raw')).toBeNull();
    expect(dataFileRequested('/data/measures.csv?import&url')).toBeNull();
  });

  it('ignores anything that is not a data file', () => {
    expect(dataFileRequested('/src/data/load-dataset.ts')).toBeNull();
    expect(dataFileRequested('/data/')).toBeNull();
    expect(dataFileRequested('/data/sub/measures.csv')).toBeNull();
    expect(dataFileRequested('/data/..%2F..%2Fpackage.csv')).toBeNull();
    expect(dataFileRequested('/data/..%5Csecret.csv')).toBeNull();
  });
});

import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataFolderHandlers } from './data-folder';

const answer = (url: string, scenario: Parameters<typeof dataFolderHandlers>[0] = 'sample') => getResponse(dataFolderHandlers(scenario), new Request(url));

describe('the data folder mocks', () => {
  it('answer the contract files, and 404 for one the folder lacks', async () => {
    const measures = await answer('http://localhost/council/data/measures.csv');
    expect(measures?.status).toBe(200);
    expect(await measures?.text()).toMatch(/^id,area,/);
    expect((await answer('http://localhost/data/measures.csv', 'no-measures'))?.status).toBe(404);
    expect((await answer('http://localhost/data/social-care.csv', 'failing'))?.status).toBe(500);
  });

  it("let the app's own modules under src/data/ through (in dev, the parsing worker's script is one)", async () => {
    const response = await answer('http://localhost/src/data/dataset-worker.ts?worker_file&type=module');
    // A passthrough: no mocked answer, the request goes on to the dev server.
    expect(response === undefined || response.headers.get('x-msw-intention') === 'passthrough').toBe(true);
    expect(response?.status).not.toBe(404);
  });
});

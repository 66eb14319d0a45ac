import { delay, http, HttpResponse, passthrough } from 'msw';
import { isContractFileName } from '../../src/data/contract-files';

// The bundled sample data and a deliberately broken folder, read at build time so dev and tests share them.
const sampleFiles = fixtureFolder(import.meta.glob('../../data/*.csv', { query: '?raw', import: 'default', eager: true }));
const malformedFiles = fixtureFolder(
  import.meta.glob('../fixtures/malformed/*.csv', { query: '?raw', import: 'default', eager: true }),
);

function fixtureFolder(modules: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(modules).map(([path, text]) => [path.split('/').pop()!, String(text)]));
}

export const SCENARIOS = ['sample', 'slow', 'failing', 'malformed', 'no-measures', 'html-fallback'] as const;
export type Scenario = (typeof SCENARIOS)[number];

function csv(text: string) {
  return new HttpResponse(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

function serveFolder(files: Record<string, string>, options: { latencyMs?: number; missing?: string[] } = {}) {
  return http.get('*/data/:file', async ({ params }) => {
    const name = String(params.file);
    // Only the contract's files: the pattern also matches the app's own modules under src/data/ (the parsing
    // worker's script among them), which must reach the dev server.
    if (!isContractFileName(name)) return passthrough();
    if (options.latencyMs) await delay(options.latencyMs);
    const text = files[name];
    if (text === undefined || options.missing?.includes(name)) return new HttpResponse('Not found', { status: 404 });
    return csv(text);
  });
}

/** Handlers for one scenario: the same definitions serve the dev server (`?mock=slow`) and the tests. */
export function dataFolderHandlers(scenario: Scenario, files: Record<string, string> = sampleFiles) {
  switch (scenario) {
    case 'sample':
      return [serveFolder(files)];
    case 'slow':
      return [serveFolder(files, { latencyMs: 1500 })];
    case 'failing':
      return [
        http.get('*/data/social-care.csv', () => new HttpResponse('Internal error', { status: 500, statusText: 'Server Error' })),
        serveFolder(files),
      ];
    case 'malformed':
      return [serveFolder(malformedFiles)];
    case 'no-measures':
      return [serveFolder(files, { missing: ['measures.csv'] })];
    case 'html-fallback':
      // Many static servers answer a missing file with index.html and status 200.
      return [
        http.get('*/data/glossary.csv', () => HttpResponse.html('<!doctype html><html><body>app</body></html>')),
        serveFolder(files),
      ];
  }
}

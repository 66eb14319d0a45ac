/**
 * In development only, `?mock=slow` (or failing, malformed, no-measures, html-fallback) serves the data through
 * msw, to see the loading, error and problem states without breaking real files. Production builds drop this.
 */
export async function startMocksIfAsked(): Promise<void> {
  if (!import.meta.env.DEV) return;
  const scenario = new URLSearchParams(window.location.search).get('mock');
  if (!scenario) return;
  const [{ startBrowserMocks }, { SCENARIOS }] = await Promise.all([
    import('../../mocks/browser'),
    import('../../mocks/handlers/data-folder'),
  ]);
  const known = SCENARIOS.find((name) => name === scenario);
  if (!known) {
    console.warn(`Unknown mock scenario "${scenario}"; known: ${SCENARIOS.join(', ')}`);
    return;
  }
  await startBrowserMocks(known);
}

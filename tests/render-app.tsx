import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { App } from '../src/app/App';

export const TEST_BASE_URL = 'http://localhost/scorecard/';

/** Renders the whole app with a fresh QueryClient (no retries, so failures show at once). */
export function renderApp(search = '') {
  window.history.replaceState(null, '', `/scorecard/${search}`);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<App queryClient={queryClient} baseUrl={TEST_BASE_URL} />);
}

import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';

/** Call at the top of a test file that loads data: every request is answered by the shared msw handlers. */
export function useMswServer() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

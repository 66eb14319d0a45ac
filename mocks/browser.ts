import { setupWorker } from 'msw/browser';
import { dataFolderHandlers, type Scenario } from './handlers/data-folder';

export function startBrowserMocks(scenario: Scenario) {
  return setupWorker(...dataFolderHandlers(scenario)).start({ onUnhandledRequest: 'bypass', quiet: true });
}

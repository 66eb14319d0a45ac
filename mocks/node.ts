import { setupServer } from 'msw/node';
import { dataFolderHandlers } from './handlers/data-folder';

/** Serves the sample data by default; a test swaps in a scenario with `server.use(...dataFolderHandlers('failing'))`. */
export const server = setupServer(...dataFolderHandlers('sample'));

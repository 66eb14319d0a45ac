import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { colourTokens } from './scripts/colour-tokens-plugin';
import { copyDataFolder } from './scripts/copy-data-plugin';
import { prerenderDefaultView } from './scripts/prerender';

// `base: './'` keeps every URL relative, so the built app works from a sub-path or a plain file server.
export default defineConfig({
  base: './',
  plugins: [react(), colourTokens(), copyDataFolder(), prerenderDefaultView()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});

import { defineConfig } from 'vitest/config';

// Browser tests drive the BUILT app (dist/) in Debian's headless Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One Chromium at a time: CI machines have two cores.
    fileParallelism: false,
  },
});

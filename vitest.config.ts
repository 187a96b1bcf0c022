import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'test/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts{,x}'],
    environment: 'node',
    // PDF parsing and the labelled-set evaluation are CPU-heavy; two cores on CI.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { DOTENV_CONFIG_QUIET: 'true' },
  },
});

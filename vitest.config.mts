import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // The site's tsconfig leaves JSX to Docusaurus; tests that render a component compile it here.
        oxc: {jsx: {runtime: 'automatic'}},
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          // Some tests run the command line several times; a busy two-core machine can take seconds for each.
          testTimeout: 30_000,
        },
      },
      {
        // Reads the production build (`npm test` builds first).
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // Real Chromium against the production build served on 127.0.0.1.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

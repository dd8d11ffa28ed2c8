import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/helpers/temp-root.ts'],
    // The workflow parser imports its JSON schemas without import attributes, which Node
    // refuses; inlining lets Vite load them.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});

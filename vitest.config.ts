import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Two cores: the site tests share one built dist/ and one server.
    fileParallelism: true,
    maxWorkers: 2,
  },
});

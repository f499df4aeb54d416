import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    pool: 'forks',
    // Test files share a worker's module cache: each builds its own app and database, and no
    // module keeps state tied to one database (caches are keyed by the database or its data
    // version), so isolation would only re-import the app for every file (ADR 0010).
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

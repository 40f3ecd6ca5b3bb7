import { defineConfig } from 'vitest/config';

// One test command for the whole workspace; each package keeps its own config beside its code.
export default defineConfig({
  test: {
    projects: ['shared', 'db', 'server', 'scripts', 'client', 'scripts/vitest.e2e.config.ts'],
  },
});

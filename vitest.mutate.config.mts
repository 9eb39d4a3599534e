import { defineConfig } from 'vitest/config';

// `npm run mutate`: the one test Stryker runs per mutant (graders/mutation).
export default defineConfig({
  test: {
    include: ['graders/kit/mutation/**/*.mutate.ts'],
    pool: 'forks',
    testTimeout: 120_000,
  },
});

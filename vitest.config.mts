import { defineConfig } from 'vitest/config';

// `npm run verify`: the project's own tests. Grading itself runs in worker
// threads (graders/engine), which the proof tests start like `npm test` does.
export default defineConfig({
  test: {
    include: ['graders/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

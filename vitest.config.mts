import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Untouched stubs' verdicts, shared by every test of this run and removed
// after it (graders/kit/engine/notStartedCache.ts says why it is safe).
process.env.KATA_NOT_STARTED_CACHE = path.join(os.tmpdir(), `gradkata-not-started-${process.pid}-${Date.now()}`);

// `npm run verify`: the project's own tests. Grading itself runs in worker
// threads (graders/engine), which the proof tests start like `npm test` does.
export default defineConfig({
  test: {
    include: ['graders/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['./graders/kit/proof/notStartedCacheSetup.ts'],
    // After the summary: how many browser tests were skipped for want of Chromium, and how to install it.
    reporters: ['default', './graders/kit/proof/chromiumSkipReporter.ts'],
    // The tests read what gradkata writes in English, whatever the machine's locale (and so do the processes they start).
    env: { KATA_LANG: 'en', KATA_NOT_STARTED_CACHE: process.env.KATA_NOT_STARTED_CACHE },
  },
});

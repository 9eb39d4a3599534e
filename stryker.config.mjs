// Mutation testing of the reference solutions against their graders. Run it
// through `npm run mutate [-- <kata>]` (graders/kit/cli/mutate.ts), which runs
// Stryker once per kata with MUTATE_KATA set to the kata's folder.
const kata = process.env.MUTATE_KATA;

export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.mts', related: false },
  // Grading runs in worker threads Stryker cannot see into: no per-test coverage.
  coverageAnalysis: 'off',
  mutate: [kata ? `solutions/${kata}/**/*.ts` : 'solutions/**/*.ts'],
  reporters: ['html', 'json', 'progress'],
  htmlReporter: { fileName: `reports/mutation/${kata ?? 'all'}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${kata ?? 'all'}/mutation.json` },
  concurrency: 2,
  // Per mutant; graders/mutation stops an infinite loop itself well before this.
  timeoutMS: 30000,
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['.kata', 'reports', '.stryker-tmp'],
  cleanTempDir: 'always',
};

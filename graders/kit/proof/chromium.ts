import fs from 'node:fs';

/** The Chromium the report's browser tests open: Debian's, or CHROMIUM_PATH (GitHub's runners have Google Chrome). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without it those tests are skipped, and the run's summary says so (chromiumSkipReporter.ts). */
export const chromiumPresent = fs.existsSync(CHROMIUM);

/** The test files that need it: named so, which is how the summary counts them. */
export const CHROMIUM_SUITE = /InChromium\.test\.ts$/;

/** What to do about it: Debian's package, as .ci/run installs it (playwright's own download needs its CDN). */
export const INSTALL_CHROMIUM =
  'sudo apt-get install chromium (Debian, Ubuntu), or set CHROMIUM_PATH to a Chrome or Chromium';

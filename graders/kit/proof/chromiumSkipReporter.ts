import type { Reporter, TestModule } from 'vitest/node';
import { CHROMIUM, CHROMIUM_SUITE, chromiumPresent, INSTALL_CHROMIUM } from './chromium';

/**
 * The line after vitest's summary when the browser tests were skipped for
 * want of Chromium: how many, why, and the command that installs it (a
 * "skipped" count alone reads like tests someone turned off).
 */
export function chromiumSkipNotice(
  modules: readonly Pick<TestModule, 'moduleId' | 'children'>[],
  present = chromiumPresent,
): string | undefined {
  if (present) return undefined;
  let skipped = 0;
  let files = 0;
  for (const m of modules) {
    if (!CHROMIUM_SUITE.test(m.moduleId)) continue;
    const n = [...m.children.allTests('skipped')].length;
    skipped += n;
    if (n > 0) files++;
  }
  if (skipped === 0) return undefined;
  return `${skipped} test${skipped === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} skipped: they open the HTML report in Chromium, and there is none at ${CHROMIUM}. Install it: ${INSTALL_CHROMIUM}.`;
}

export default class ChromiumSkipReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[]): void {
    const notice = chromiumSkipNotice(modules);
    if (notice) process.stdout.write(`\n ${notice}\n\n`);
  }
}

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../paths';
import { chromiumSkipNotice } from './chromiumSkipReporter';

const module = (moduleId: string, skipped: number) => ({
  moduleId,
  children: { allTests: (state?: string) => (state === 'skipped' ? Array(skipped).fill({}) : [])[Symbol.iterator]() },
});

describe('the notice for browser tests skipped without Chromium', () => {
  it('counts the skipped tests of the Chromium files only, and says how to install it', () => {
    const modules = [module('/r/a/reportInChromium.test.ts', 4), module('/r/b/x.test.ts', 9)];
    const notice = chromiumSkipNotice(modules as never, false);
    expect(notice).toMatch(/^4 tests in 1 file skipped: they open the HTML report in Chromium, and there is none at /);
    expect(notice).toMatch(/sudo apt-get install chromium/);
    expect(chromiumSkipNotice(modules as never, true)).toBeUndefined();
    expect(chromiumSkipNotice([module('/r/a/mathInChromium.test.ts', 0)] as never, false)).toBeUndefined();
  });

  it('appears in the summary of a run without Chromium', () => {
    const r = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'graders/kit/report/mathInChromium.test.ts'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', NO_COLOR: '1', CI: '1' },
        timeout: 120_000,
      },
    );
    const out = r.stdout + r.stderr;
    expect(r.status, out).toBe(0);
    expect(out).toMatch(/Tests +\d+ skipped/);
    expect(out).toMatch(
      /\d+ tests? in 1 file skipped: they open the HTML report in Chromium, and there is none at \/nonexistent\/chromium\. Install it: sudo apt-get install chromium/,
    );
  });
});

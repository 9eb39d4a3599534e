import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../paths';

// .ci/learner-branch runs the suite again on a clone where a learner has
// solved katas, and leaves out the tests that cannot see that: this holds
// the files it leaves out to what they may read. Each imports only pieces
// that work from graders/ and solutions/ (no progress state, no CLI, no
// untouched-stub recovery, no child process, no learner's kata file), so a
// learner's katas/, git history or .kata/ cannot change what they check.

const script = fs.readFileSync(path.join(repoRoot, '.ci', 'learner-branch'), 'utf8');
const excludes = [...script.matchAll(/--exclude\s+'?([^'\s]+)'?/g)].map((m) => m[1]);

/** A glob as vitest reads these (`*` within a folder, `**` across folders, `[0-9]` a class) as a regular expression. */
const globRegExp = (glob: string): RegExp =>
  new RegExp(
    `^${glob
      .replace(/[.+^${}()|\\]/g, '\\$&')
      .split('**')
      .map((part) => part.replace(/\*/g, '[^/]*'))
      .join('.*')}$`,
  );

const testFiles = (fs.readdirSync(path.join(repoRoot, 'graders'), { recursive: true }) as string[])
  .map((f) => path.posix.join('graders', f.split(path.sep).join('/')))
  .filter((f) => f.endsWith('.test.ts'));
const leftOut = testFiles.filter((f) => excludes.some((g) => globRegExp(g).test(f)));

/**
 * Left out for another reason: each builds a repository of its own from this
 * checkout with katas/ replaced by the untouched stubs, so a learner's katas
 * reach it only through the untouched-stub recovery, which stubs.test.ts
 * checks on the learner's branch for every kata.
 */
const PRISTINE_COPIES = [
  'graders/kit/proof/scaffold.test.ts',
  'graders/kit/pr/gradePullRequest.test.ts',
  'graders/kit/pr/pinnedGraders.test.ts',
];
const pure = leftOut.filter((f) => !PRISTINE_COPIES.includes(f));

/**
 * What a left-out test may import, as repository paths: its own kata folder,
 * the pure kit, the proof's pieces that read only graders/ and solutions/,
 * solutions/, katas/lib, and the test tools.
 */
const ALLOWED = [
  /^graders\/kit\/(tensor|toolkit|backends|results|reporters|report)(\/|$)/,
  /^graders\/(catalog|kit\/paths|kit\/engine\/propertySeed|kit\/engine\/runProperty)$/,
  /^graders\/kit\/proof\/(gradedFixture|openOffline|chromium|gradeTargets|loadGrader|materializeVariants|solvedReportOffline)$/,
  /^solutions\//,
  /^katas\/lib\//,
];
const PACKAGES = /^(vitest|fast-check|playwright|node:fs|node:path|node:os)$/;

/** Whether `spec`, imported by `file`, is allowed: relative imports resolved from the file's folder. */
function allowed(file: string, spec: string): boolean {
  if (!spec.startsWith('.')) return PACKAGES.test(spec);
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  const kataFolder = file.match(/^graders\/\d\d-[^/]+\//)?.[0];
  return (kataFolder !== undefined && target.startsWith(kataFolder)) || ALLOWED.some((re) => re.test(target));
}

/** Type-only imports erase: a kata's own types (the learner's signatures) may come from katas/. */
const valueImports = (text: string): string[] =>
  [...text.matchAll(/^(?:import|export)\s+(type\s)?[^;]*?\sfrom\s+['"]([^'"]+)['"]/gms)]
    .filter((m) => !m[1])
    .map((m) => m[2]);

describe('the tests .ci/learner-branch leaves out cannot see a learner’s state', () => {
  it('leaves out the proof and every kata’s own tests, nothing else', () => {
    expect(excludes.length).toBeGreaterThan(0);
    expect(leftOut).toContain('graders/kit/proof/proof.test.ts');
    expect(leftOut).not.toContain('graders/kit/proof/stubs.test.ts');
    expect(leftOut.filter((f) => f.startsWith('graders/kit/')).sort()).toEqual(
      ['graders/kit/proof/proof.test.ts', ...PRISTINE_COPIES].sort(),
    );
    // Not vacuous: the kata folders' tests are matched.
    expect(leftOut.filter((f) => /^graders\/\d\d-/.test(f)).length).toBeGreaterThan(10);
  });

  it.each(PRISTINE_COPIES.map((f) => [f] as const))('%s grades a copy whose katas are the untouched stubs', (file) => {
    const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
    // Its repository's katas/ are the untouched stubs, and it never reads this checkout's.
    expect(text).toMatch(/\b(repositoryCopy|copyPristineKatas)\(/);
    expect(text).not.toMatch(/\bkatasDir\b|KATA_TARGET: 'katas'/);
    if (!text.includes('repositoryCopy(')) expect(text).toMatch(/fs\.rmSync\(path\.join\(\w+, 'katas'\)/);
  });

  it.each(pure.map((f) => [f] as const))('%s imports only what works from graders/ and solutions/', (file) => {
    const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
    expect(valueImports(text).filter((spec) => !allowed(file, spec))).toEqual([]);
    // The untouched stub, the learner's file and the CLI's target are what a learner's branch changes.
    expect(text).not.toMatch(/\b(pristineSource|pristineTarget|learnerFile|KATA_TARGET|sources\.stub|pristine:)/);
  });
});

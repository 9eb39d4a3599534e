import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findKata } from '../../catalog';
import { repoRoot } from '../paths';
import { copyPristineKatas } from '../proof/copyPristineKatas';
import { variantSource } from '../proof/materializeVariants';
import { escapeMarkdown } from '../reporters/escapeMarkdown';
import type { PrResults } from '../results/prResults';
import { runEducationReporter } from './fixtures/classroomReporter/runReporter';
import { gradePullRequest } from './gradePullRequest';
import { validatePrResults } from './validatePrResults';

// A student's repository as GitHub Classroom makes it: a new root commit with
// the template's files, which the student owns and can push to. Its `main`
// carries a grader edited to pass anything, edited package scripts, vitest
// config and katas/lib; a PR on it has a known-wrong attention. Graded with
// the base (as before) the tampered grader passes it; graded with the pinned
// graders — the template's commit, or the instructor's repository at a
// commit — it is broken, and the comment says what was tampered with.

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-pin-'));
const instructor = path.join(tmp, 'instructor');
const student = path.join(tmp, 'student');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const gitIn = (repo: string, ...args: string[]): string =>
  execFileSync(
    'git',
    ['-C', repo, '-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
    { encoding: 'utf8' },
  ).trim();
const sgit = (...args: string[]) => gitIn(student, ...args);
const write = (file: string, text: string): void => {
  fs.mkdirSync(path.dirname(path.join(student, file)), { recursive: true });
  fs.writeFileSync(path.join(student, file), text);
};
const read = (file: string): string => fs.readFileSync(path.join(student, file), 'utf8');

interface CliRun {
  readonly status: number | null;
  readonly out: string;
  readonly log: string;
  readonly summary: string;
  readonly githubOutput: string;
}

/** grade:pr as the workflows run it, from `cwd` (the grading checkout), GitHub's output files included. */
function gradePr(cwd: string, name: string, args: string[]): CliRun {
  const out = path.join(tmp, name);
  const summary = path.join(tmp, `${name}.summary`);
  const githubOutput = path.join(tmp, `${name}.output`);
  fs.writeFileSync(summary, '');
  fs.writeFileSync(githubOutput, '');
  const r = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register', 'graders/kit/cli/gradePr.ts', '--repo', student, ...args, '--out', out],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: githubOutput, GITHUB_STEP_SUMMARY: summary },
    },
  );
  return {
    status: r.status,
    out,
    log: r.stdout + r.stderr,
    summary: fs.readFileSync(summary, 'utf8'),
    githubOutput: fs.readFileSync(githubOutput, 'utf8'),
  };
}

/** The workflows' own first step: .github/scripts/checkout-graders.sh from the student's checkout, with the env GitHub gives it. */
function checkoutGraders(name: string, env: Record<string, string>) {
  const githubOutput = path.join(tmp, `${name}.output`);
  const summary = path.join(tmp, `${name}.summary`);
  fs.writeFileSync(githubOutput, '');
  fs.writeFileSync(summary, '');
  const grader = path.join(tmp, `${name}-grader`);
  const out = path.join(tmp, `${name}-out`);
  const r = spawnSync('bash', [path.join(student, '.github', 'scripts', 'checkout-graders.sh')], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      STUDENT: student,
      GRADER: grader,
      OUT: out,
      DEFAULT_BRANCH: 'main',
      BASE_SHA: base,
      HEAD_SHA: head,
      PR_NUMBER: '9',
      GITHUB_OUTPUT: githubOutput,
      GITHUB_STEP_SUMMARY: summary,
      ...env,
    },
  });
  return {
    status: r.status,
    log: r.stdout + r.stderr,
    grader,
    out,
    graders: /^graders=(.*)$/m.exec(fs.readFileSync(githubOutput, 'utf8'))?.[1],
    summary: fs.readFileSync(summary, 'utf8'),
  };
}

const results = (run: { out: string }): PrResults =>
  JSON.parse(fs.readFileSync(path.join(run.out, 'results.json'), 'utf8')) as PrResults;
const comment = (run: { out: string }): string => fs.readFileSync(path.join(run.out, 'comment.md'), 'utf8');
const kata = (pr: PrResults, slug: string) => pr.results!.katas.find((k) => k.slug === slug)!;
/** A flagged line of the comment: the file (escaped as the comment escapes it) and its reason. */
const flag = (markdown: string, file: string): string | undefined =>
  markdown
    .split('\n')
    .find((l) => l.startsWith('> - ') && l.includes(file.replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)));

let pinCommit: string;
let rootCommit: string;
let base: string;
let head: string;
let unpinned: PrResults;
let byScript: ReturnType<typeof checkoutGraders>;
let viaRoot: CliRun;
let viaInstructor: CliRun;

beforeAll(async () => {
  // The instructor's repository: this checkout as it is, committed.
  const files = execFileSync('git', ['-C', repoRoot, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f && fs.existsSync(path.join(repoRoot, f)));
  for (const f of files) fs.cpSync(path.join(repoRoot, f), path.join(instructor, f));
  // Its katas as a fresh clone has them, whatever this checkout's katas/ holds (a learner's work on
  // .ci/learner-branch): nothing a learner's branch changes reaches this test but the untouched stubs.
  fs.rmSync(path.join(instructor, 'katas'), { recursive: true, force: true });
  copyPristineKatas(path.join(instructor, 'katas'));
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(instructor, 'node_modules'), 'dir');
  gitIn(instructor, 'init', '--quiet', '--initial-branch=main');
  fs.appendFileSync(path.join(instructor, '.git', 'info', 'exclude'), 'node_modules\n');
  gitIn(instructor, 'add', '-A');
  gitIn(instructor, 'commit', '--quiet', '-m', 'graders');
  pinCommit = gitIn(instructor, 'rev-parse', 'HEAD');

  // The student's: what "Use this template" makes, a new root commit with the same files, and no node_modules.
  fs.mkdirSync(student);
  sgit('init', '--quiet', '--initial-branch=main');
  sgit('fetch', '--quiet', instructor, 'main');
  rootCommit = sgit('commit-tree', `${pinCommit}^{tree}`, '-m', 'Initial commit');
  sgit('reset', '--quiet', '--hard', rootCommit);
  sgit('update-ref', '-d', 'FETCH_HEAD');
  sgit('gc', '--quiet', '--prune=now');
  expect(() => sgit('cat-file', '-e', pinCommit)).toThrow();

  // Pushed straight to main: a grader that passes anything, and what the issue lists besides.
  const grader = read('graders/13-attention/grader.ts');
  const opening = 'export default defineGrader<K>([';
  expect(grader.split(opening)).toHaveLength(2);
  write(
    'graders/13-attention/grader.ts',
    `${grader.replace(opening, 'const real = defineGrader<K>([')}\nexport default { properties: real.properties.map((p) => ({ ...p, check: () => undefined })) };\n`,
  );
  const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
  pkg.scripts.test = 'echo "all passed"';
  write('package.json', JSON.stringify(pkg, null, 2));
  write('vitest.config.mts', `${read('vitest.config.mts')}\n// tampered\n`);
  write('katas/lib/shape.ts', `${read('katas/lib/shape.ts')}\n// tampered\n`);
  sgit('add', '-A');
  sgit('commit', '--quiet', '-m', 'tamper on main');
  base = sgit('rev-parse', 'HEAD');
  sgit('update-ref', 'refs/remotes/origin/main', base);

  // The pull request: matmul solved, attention without 1/√d_k.
  sgit('checkout', '--quiet', '-b', 'pr');
  write('katas/00-matmul/matmul.ts', fs.readFileSync(path.join(repoRoot, 'solutions/00-matmul/matmul.ts'), 'utf8'));
  write('katas/13-attention/attention.ts', await variantSource(findKata('attention')!, 'no-scale'));
  sgit('add', '-A');
  sgit('commit', '--quiet', '-m', 'my katas');
  head = sgit('rev-parse', 'HEAD');
  sgit('checkout', '--quiet', 'main');

  // As before this change: the base's graders.
  unpinned = await gradePullRequest({ repo: student, base, head });
  // As grade.yml does it: the workflow's script checks the template's commit out, npm ci there, grade:pr from it.
  byScript = checkoutGraders('script-root', { PIN: 'root' });
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(byScript.grader, 'node_modules'), 'dir');
  viaRoot = gradePr(byScript.grader, 'via-root', [
    '--graders',
    byScript.graders ?? '',
    '--base',
    base,
    '--head',
    head,
    '--pr',
    '9',
  ]);
  // An instructor grading from their own repository, pinned to its commit (fetched into the student's clone).
  viaInstructor = gradePr(instructor, 'via-instructor', [
    '--graders',
    `${instructor}@${pinCommit}`,
    '--base',
    base,
    '--head',
    head,
  ]);
}, 300_000);

describe("a student's main cannot change what grades their PR", () => {
  it('graded with the base, as before, the tampered grader passes a broken attention', () => {
    expect(kata(unpinned, 'attention').status).toBe('passed');
  });

  it("the workflow's script checks out the template's commit, and grade:pr takes it from there", () => {
    expect(byScript.status, byScript.log).toBe(0);
    expect(byScript.graders).toBe('root:refs/remotes/origin/main');
    expect(gitIn(byScript.grader, 'rev-parse', 'HEAD')).toBe(rootCommit);
    expect(viaRoot.status, viaRoot.log).toBe(1);
    expect(results(viaRoot).base).toBe(rootCommit);
  });

  for (const [how, run, label] of [
    ['the template commit', () => viaRoot, () => `the template's commit ${rootCommit.slice(0, 7)} (the root commit)`],
    ["the instructor's repository at a commit", () => viaInstructor, () => `${instructor}@${pinCommit.slice(0, 7)}`],
  ] as const) {
    it(`pinned to ${how}: the broken attention is scored as broken, diagnosed by the untouched grader`, () => {
      const pr = results(run());
      const attention = kata(pr, 'attention');
      expect(attention.status).toBe('failing');
      expect(attention.points).toBeLessThan(attention.maxPoints);
      const named = attention.properties.flatMap((p) => p.failure?.detail.misconceptions ?? []);
      expect(named.length).toBeGreaterThan(0);
      expect(new Set(named)).toEqual(new Set(['attention.scale-missing']));
      expect(kata(pr, 'matmul').status).toBe('passed');
    });

    it(`pinned to ${how}: the comment flags every file the student changed on main, and the summary says the same`, () => {
      const md = comment(run());
      for (const f of ['graders/13-attention/grader.ts', 'package.json', 'vitest.config.mts', 'katas/lib/shape.ts']) {
        expect(flag(md, f), f).toContain("changed on the PR's base branch, before this pull request");
        expect(flag(md, f), f).toContain(escapeMarkdown(label()));
      }
      expect(md).toMatch(/^> 4 files that decide grades differ from the graders this was graded with/m);
      expect(run().summary.trim()).toBe(md.trim());
      expect(validatePrResults(fs.readFileSync(path.join(run().out, 'artifact.json'), 'utf8')).error).toBeUndefined();
    });
  }

  it('both pins grade alike', () => {
    const scores = (r: CliRun) => results(r).results!.katas.map((k) => [k.slug, k.status, k.points]);
    expect(scores(viaInstructor)).toEqual(scores(viaRoot));
  });

  it("Classroom's reporter, its own code, is told the points of the pinned grading", async () => {
    const pr = results(viaRoot);
    const b64 = /^result<<(.+)\n([\s\S]*?)\n\1$/m.exec(viaRoot.githubOutput)?.[2];
    const run = await runEducationReporter('gradkata', b64!, ['run-autograding-tests']);
    expect(run.checkRunOutput?.summary).toBe(`Points ${pr.results!.points}/${pr.results!.maxPoints}`);
    expect(run.log).toMatch(/❌ 13 attention: .* - line \d+/);
    expect(run.log).not.toContain('line undefined');
  }, 60_000);
});

describe('when the pinned graders cannot be had, grading refuses and says why', () => {
  sgitLater();

  function sgitLater(): void {
    // A second history merged into main: its root commit is no longer one.
    beforeAll(() => {
      sgit('checkout', '--quiet', '--orphan', 'other');
      sgit('rm', '-rf', '--quiet', '.');
      write('other.txt', 'another history\n');
      sgit('add', '-A');
      sgit('commit', '--quiet', '-m', 'unrelated');
      sgit('checkout', '--quiet', '-b', 'two-roots', base);
      sgit('merge', '--quiet', '--allow-unrelated-histories', '-m', 'merge', 'other');
      sgit('update-ref', 'refs/remotes/origin/two-roots', 'two-roots');
      sgit('checkout', '--quiet', 'main');
    });
  }

  it.each([
    [
      'a commit the grader repository does not have',
      () => `${instructor}@${'f'.repeat(40)}`,
      /could not fetch the pinned graders/,
    ],
    [
      'a branch instead of a commit',
      () => `${instructor}@main`,
      /must be named by a full commit sha.*a branch or tag can move/,
    ],
    ['a history with two root commits', () => 'root:two-roots', /the history of two-roots has 2 root commits/],
  ])('grade:pr, pinned to %s', (_, pin, why) => {
    const run = gradePr(instructor, `refuse-${pin().length}-${String(why).length}`, [
      '--graders',
      pin(),
      '--base',
      base,
      '--head',
      head,
      '--pr',
      '9',
    ]);
    expect(run.status, run.log).toBe(2);
    expect(run.log).toMatch(why);
    const md = comment(run);
    expect(md).toMatch(/^## gradkata could not grade this pull request$/m);
    expect(md).toMatch(why);
    expect(run.summary).toMatch(why);
    const artifact = validatePrResults(fs.readFileSync(path.join(run.out, 'artifact.json'), 'utf8'));
    expect(artifact.results).toBeUndefined();
    expect(artifact.error).toMatch(why);
  });

  it('packages installed from another lockfile than the pin', async () => {
    const other = path.join(tmp, 'other-install');
    fs.mkdirSync(path.join(other, 'node_modules'), { recursive: true });
    fs.writeFileSync(path.join(other, 'package-lock.json'), '{}\n');
    const pr = await gradePullRequest({
      repo: student,
      base,
      head,
      graders: 'root',
      nodeModules: path.join(other, 'node_modules'),
    });
    expect(pr.results).toBeUndefined();
    expect(pr.error).toMatch(/were not installed from the package-lock\.json of the pinned graders/);
  });

  it.each([
    [
      'root, on a default branch with two root commits',
      { PIN: 'root', DEFAULT_BRANCH: 'two-roots' },
      /has 2 root commits/,
    ],
    ['a branch instead of a commit', { PIN: 'someone/graders@main' }, /must be named by a full commit sha/],
    ['a pin of no known form', { PIN: 'latest' }, /give base, root, or <repository>@<commit sha>/],
  ])("the workflow's script, pinned to %s", (_, env, why) => {
    const run = checkoutGraders(`script-${env.PIN.length}-${String(why).length}`, env);
    expect(run.status, run.log).toBe(1);
    expect(run.graders).toBeUndefined();
    expect(fs.existsSync(run.grader)).toBe(false);
    expect(run.summary).toMatch(why);
    const artifact = validatePrResults(fs.readFileSync(path.join(run.out, 'artifact.json'), 'utf8'));
    expect(artifact).toMatchObject({ base, head, pullRequest: 9 });
    expect(artifact.error).toMatch(why);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog, findKata } from '../../catalog';
import { repoRoot } from '../paths';
import { copyPristineKatas } from '../proof/copyPristineKatas';
import { variantSource } from '../proof/materializeVariants';
import type { ClassroomResult } from '../reporters/classroomResult';
import { misconceptionText, setLanguage } from '../reporters/language';
import { COMMENT_MARKER, markdownComment } from '../reporters/markdownComment';
import { kataMessage } from '../reporters/propertyMessage';
import type { PrResults } from '../results/prResults';
import { gradePullRequest } from './gradePullRequest';
import { validatePrResults } from './validatePrResults';
import { writePrOutputs } from './writePrOutputs';

// Two pull requests against a real temporary git repository made from this
// checkout: one tampers with what grades it, one with the rules inside its
// katas. Each is graded the way CI grades it.

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-prtest-'));
const repo = path.join(tmp, 'repo');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const git = (...args: string[]): string =>
  execFileSync(
    'git',
    ['-C', repo, '-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
    { encoding: 'utf8' },
  ).trim();
const read = (file: string): string => fs.readFileSync(path.join(repoRoot, file), 'utf8');
const write = (file: string, text: string): void => {
  fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  fs.writeFileSync(path.join(repo, file), text);
};
const solution = (folder: string, slug: string): string => read(`solutions/${folder}/${slug}.ts`);

/** Commits what the callback writes on a new branch from base, and returns to base. */
function pullRequest(branch: string, edit: () => void): string {
  git('checkout', '--quiet', '-b', branch, 'base');
  edit();
  git('add', '-A');
  git('commit', '--quiet', '-m', branch);
  const sha = git('rev-parse', 'HEAD');
  git('checkout', '--quiet', 'base');
  return sha;
}

let tampered: { out: string; stdout: string; githubOutput: string; summary: string; head: string };
let ruleBreaker: PrResults;

beforeAll(async () => {
  const geluWrong = await variantSource(findKata('activations')!, 'gelu-constant-0-8');
  // The checkout as it is, files not yet committed included: the code under test.
  const files = execFileSync('git', ['-C', repoRoot, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f && fs.existsSync(path.join(repoRoot, f)));
  for (const f of files) fs.cpSync(path.join(repoRoot, f), path.join(repo, f));
  // Its katas as a fresh clone has them, whatever this checkout's katas/ holds (a learner's work on
  // .ci/learner-branch): nothing a learner's branch changes reaches this test but the untouched stubs.
  fs.rmSync(path.join(repo, 'katas'), { recursive: true, force: true });
  copyPristineKatas(path.join(repo, 'katas'));
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(repo, 'node_modules'), 'dir');
  git('init', '--quiet', '--initial-branch=base');
  // .gitignore's `node_modules/` matches folders only, not this symlink.
  fs.appendFileSync(path.join(repo, '.git', 'info', 'exclude'), 'node_modules\n');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'base');

  const tamperHead = pullRequest('tamper', () => {
    write('katas/00-matmul/matmul.ts', solution('00-matmul', 'matmul'));
    // A known-wrong activations kata, with a grader edited to pass anything.
    write('katas/01-activations/activations.ts', geluWrong);
    write('graders/01-activations/grader.ts', 'export default { properties: [] };\n');
    write('graders/extra/alwaysPass.ts', 'export const pass = true;\n');
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    pkg.scripts.test = `echo "${catalog.length}/${catalog.length} passed"`;
    write('package.json', JSON.stringify(pkg, null, 2));
    write('vitest.config.mts', `${read('vitest.config.mts')}\n// tampered\n`);
    write('katas/lib/shape.ts', `${read('katas/lib/shape.ts')}\n// tampered\n`);
    write('.github/workflows/verify.yml', 'name: nothing\non: push\njobs: {}\n');
    write('NOTES.md', 'my notes\n');
    fs.rmSync(path.join(repo, 'katas/02-mlp-backprop/mlp-backprop.ts'));
    fs.symlinkSync(
      '../../solutions/02-mlp-backprop/mlp-backprop.ts',
      path.join(repo, 'katas/02-mlp-backprop/mlp-backprop.ts'),
    );
  });
  const ruleHead = pullRequest('rules', () => {
    write(
      'katas/00-matmul/matmul.ts',
      `${solution('00-matmul', 'matmul')}\nexport { matmul as copied } from '../../solutions/00-matmul/matmul';\n`,
    );
    write(
      'katas/01-activations/activations.ts',
      `import '../../graders/kit/toolkit';\n${solution('01-activations', 'activations')}`,
    );
    write(
      'katas/02-mlp-backprop/mlp-backprop.ts',
      `const r = require;\nr('f' + 's').readFileSync('solutions/02-mlp-backprop/mlp-backprop.ts');\n${solution('02-mlp-backprop', 'mlp-backprop')}`,
    );
    write(
      'katas/03-classification-losses/classification-losses.ts',
      `${solution('03-classification-losses', 'classification-losses')}\nprocess.exit(0);\n`,
    );
    write(
      'katas/13-attention/attention.ts',
      `const exp = Math.exp;\nMath.exp = (x: number): number => exp(x);\n${solution('13-attention', 'attention')}`,
    );
    write(
      'katas/21-ring-allreduce/ring-allreduce.ts',
      `${solution('21-ring-allreduce', 'ring-allreduce')}\nwhile (Date.now() > 0) { /* spin */ }\n`,
    );
  });

  // The tampering PR through the CLI, as grade.yml runs it (GitHub's output files included).
  const out = path.join(tmp, 'tamper-out');
  const githubOutput = path.join(tmp, 'github-output');
  const summary = path.join(tmp, 'step-summary');
  fs.writeFileSync(githubOutput, '');
  fs.writeFileSync(summary, '');
  const cli = spawnSync(
    process.execPath,
    [
      '-r',
      'ts-node/register',
      'graders/kit/cli/gradePr.ts',
      '--base',
      'base',
      '--head',
      tamperHead,
      '--pr',
      '7',
      '--out',
      out,
    ],
    {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: githubOutput, GITHUB_STEP_SUMMARY: summary },
    },
  );
  tampered = {
    out,
    stdout: cli.stdout + cli.stderr,
    githubOutput: fs.readFileSync(githubOutput, 'utf8'),
    summary: fs.readFileSync(summary, 'utf8'),
    head: tamperHead,
  };
  return gradePullRequest({ repo, base: 'base', head: ruleHead, pullRequest: 8, timeoutSeconds: 2 }).then((r) => {
    ruleBreaker = r;
  });
}, 180_000);

const outFile = (name: string): string => fs.readFileSync(path.join(tampered.out, name), 'utf8');
const tamperResults = (): PrResults => JSON.parse(outFile('results.json')) as PrResults;
const kata = (pr: PrResults, slug: string) => pr.results!.katas.find((k) => k.slug === slug)!;
const flaggedIn = (markdown: string, file: string): boolean =>
  markdown
    .split('\n')
    .some((l) => l.startsWith('> - ') && l.includes(file.replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)));

describe('a PR cannot change what grades it', () => {
  it("the PR head's kata files are what is graded", () => {
    expect(kata(tamperResults(), 'matmul').status).toBe('passed');
  });

  it('a grader edited to pass anything: graded with the base grader, flagged in the comment', () => {
    const k = kata(tamperResults(), 'activations');
    expect(k.status).toBe('failing');
    expect(k.properties.length).toBeGreaterThan(5);
    expect(flaggedIn(outFile('comment.md'), 'graders/01-activations/grader.ts')).toBe(true);
  });

  it('package.json scripts and the vitest config: ignored, flagged; the base npm test graded', () => {
    const md = outFile('comment.md');
    expect(flaggedIn(md, 'package.json')).toBe(true);
    expect(flaggedIn(md, 'vitest.config.mts')).toBe(true);
    expect(tamperResults().results!.katas).toHaveLength(catalog.length);
  });

  it('a new file under graders/, katas/lib and workflows: ignored, flagged', () => {
    const md = outFile('comment.md');
    for (const f of ['graders/extra/alwaysPass.ts', 'katas/lib/shape.ts', '.github/workflows/verify.yml'])
      expect(flaggedIn(md, f), f).toBe(true);
    expect(md).toMatch(/1 other changed file is not part of any kata and was not graded/);
  });

  it('a kata file that is a symlink to the solution: refused, the base stub graded', () => {
    const pr = tamperResults();
    expect(pr.ignored.find((c) => c.path === 'katas/02-mlp-backprop/mlp-backprop.ts')?.reason).toMatch(
      /not a regular file/,
    );
    expect(kata(pr, 'mlp-backprop').status).toBe('not-started');
  });

  it('on GitHub Actions: the Classroom result output, the job summary and annotations', () => {
    const b64 =
      /^result<<(.+)\n([\s\S]*?)\n\1$/m.exec(tampered.githubOutput)?.[2] ??
      /^result=(.*)$/m.exec(tampered.githubOutput)?.[1];
    const classroom = JSON.parse(Buffer.from(b64!, 'base64').toString('utf8')) as ClassroomResult;
    expect(classroom).toEqual(JSON.parse(outFile('classroom.json')));
    const r = tamperResults().results!;
    expect(classroom.max_score).toBe(r.maxPoints);
    expect(classroom.tests.reduce((s, t) => s + t.score, 0)).toBe(r.points);
    expect(tampered.summary.trim()).toBe(outFile('comment.md').trim());
    expect(tampered.stdout).toMatch(
      /^::error title=activations%3A geluTanh matches the reference,file=katas\/01-activations\/activations\.ts,line=\d+::geluTanh\(x\)/m,
    );
    expect(tampered.stdout).not.toContain(`${catalog.length}/${catalog.length} passed`);
  });

  it('graded as two shards and merged (grade:merge --pr), it gives the same comment and Classroom scores', async () => {
    const shards = await Promise.all(
      ['1/2', '2/2'].map((shard) =>
        gradePullRequest({ repo, base: 'base', head: tampered.head, pullRequest: 7, shard }),
      ),
    );
    const sizes = shards.map((p) => p.results!.katas.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(catalog.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    const files = shards.map((p, i) => {
      const f = path.join(tmp, `shard-${i + 1}.json`);
      fs.writeFileSync(f, JSON.stringify(p));
      return f;
    });
    const mergedDir = path.join(tmp, 'merged');
    const merge = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register', 'graders/kit/cli/gradeMerge.ts', '--pr', mergedDir, ...files],
      { cwd: repo, encoding: 'utf8' },
    );
    expect(merge.status, merge.stdout + merge.stderr).toBe(1);
    expect(fs.readFileSync(path.join(mergedDir, 'comment.md'), 'utf8')).toBe(outFile('comment.md'));
    const scores = (f: string) => (JSON.parse(f) as ClassroomResult).tests.map((t) => [t.name, t.status, t.score]);
    expect(scores(fs.readFileSync(path.join(mergedDir, 'classroom.json'), 'utf8'))).toEqual(
      scores(outFile('classroom.json')),
    );
  }, 120_000);

  it("the artifact passes the comment job's validation and renders the same comment", () => {
    const pr = validatePrResults(outFile('artifact.json'));
    expect(pr.pullRequest).toBe(7);
    expect(outFile('comment.md').startsWith(COMMENT_MARKER)).toBe(true);
    expect(markdownComment(pr)).toBe(outFile('comment.md'));
  });

  it('the comment job renders it in Chinese from the same artifact (KATA_LANG=zh-CN): the same numbers and commands', {
    timeout: 60_000,
  }, () => {
    const pr = validatePrResults(outFile('artifact.json'));
    const english = markdownComment(pr);
    setLanguage('zh-CN');
    let chinese: string;
    try {
      chinese = markdownComment(pr);
    } finally {
      setLanguage('en');
    }
    // What is never translated: the scores in the table and per property, the replay commands, the paths flagged.
    const facts = (md: string) => [
      ...md.split('\n').flatMap((l) => (/^\| \d/.test(l) || l.startsWith('- ❌') ? (l.match(/\d+\/\d+/g) ?? []) : [])),
      ...(md.match(/npm test -- [^\n]*/g) ?? []),
      ...(md.match(/^> - \S+/gm) ?? []),
    ];
    // The comment job's own command, as comment.yml runs it with the repository variable set.
    const job = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register', 'graders/kit/cli/commentPr.ts', path.join(tampered.out, 'artifact.json'), '--dry-run'],
      { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, KATA_LANG: 'zh-CN' } },
    );
    expect(job.status, job.stderr).toBe(0);
    expect(job.stdout).toBe(`${chinese}\n`);
    expect(facts(chinese)).toEqual(facts(english));
    expect(facts(english).length).toBeGreaterThan(10);
    expect(chinese).toMatch(/^## gradkata：\d+ \/ \d+ 分$/m);
    expect(chinese).toContain('| 题目 | 状态 | 得分 |');
    expect(chinese).toContain('> - graders/01\\-activations/grader\\.ts: 评分代码：评分用的是 base 上的版本');
    // The misconception the gelu variant was diagnosed with, in the grader's Chinese words.
    const ids = kata(pr, 'activations').properties.flatMap((p) => p.failure?.detail.misconceptions ?? []);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      setLanguage('zh-CN');
      const text = misconceptionText(id, '');
      setLanguage('en');
      expect(text).toMatch(/\p{Script=Han}/u);
      expect(chinese).toContain(text);
    }
  });
});

describe('a kata that breaks the rules gets 0 with the rule named; the others are graded', () => {
  const message = (slug: string): string => kataMessage(kata(ruleBreaker, slug)) ?? '';

  it('importing the solutions or a grader', () => {
    expect(kata(ruleBreaker, 'matmul').points).toBe(0);
    expect(message('matmul')).toMatch(/may not import the reference solutions/);
    expect(message('activations')).toMatch(/may not import the graders/);
  });

  it('reading a reference file from disk at run time', () => {
    expect(kata(ruleBreaker, 'mlp-backprop').points).toBe(0);
    expect(message('mlp-backprop')).toMatch(/rule no-node-builtins broken.*'fs'/);
  });

  it('process.exit and a patched Math', () => {
    expect(message('classification-losses')).toMatch(/rule no-process-exit/);
    expect(message('attention')).toMatch(/rule no-global-overrides.*Math\.exp was replaced/);
    for (const slug of ['classification-losses', 'attention']) expect(kata(ruleBreaker, slug).points).toBe(0);
  });

  it('an infinite loop is stopped at the time limit and the comment still appears', () => {
    expect(kata(ruleBreaker, 'ring-allreduce').status).toBe('error');
    expect(message('ring-allreduce')).toMatch(/stopped after 2 s/);
    const out = path.join(tmp, 'rules-out');
    const { markdown } = writePrOutputs(out, ruleBreaker, () => undefined);
    expect(markdown).toMatch(/^## gradkata: 0 \/ \d+ points$/m);
    expect(markdown).toContain('⛔ error');
  });
});

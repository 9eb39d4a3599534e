import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog, type KataEntry } from '../../catalog';
import { alternativesDir, kataFolder, learnerFile, repoRoot, solutionsDir } from '../paths';
import { loadVariants } from '../proof/materializeVariants';
import { pristineSource } from '../proof/pristineSource';
import type { PrResults } from '../results/prResults';
import { exportTemplate } from './exportTemplate';

// The repository a class receives, exported from this checkout and used as a
// class would: graded, listed, a PR graded with its own pinned graders — and
// searched for every answer this repository holds.

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-template-'));
const template = path.join(tmp, 'template');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const git = (...args: string[]): string =>
  execFileSync(
    'git',
    [
      '-C',
      template,
      '-c',
      'user.name=test',
      '-c',
      'user.email=test@example.com',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { encoding: 'utf8' },
  ).trim();
const run = (args: string[]) =>
  spawnSync(process.execPath, args, { cwd: template, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

let split: ReturnType<typeof exportTemplate>;
/** Every file of the template as the class receives it: path → text. */
let files: Map<string, string>;

beforeAll(() => {
  split = exportTemplate(template);
  files = new Map(split.kept.map((f) => [f, fs.readFileSync(path.join(template, f), 'utf8')]));
  // As the instructor makes it a repository; node_modules as `npm ci` would leave it.
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(template, 'node_modules'), 'dir');
  git('init', '--quiet', '--initial-branch=main');
  fs.appendFileSync(path.join(template, '.git', 'info', 'exclude'), 'node_modules\n');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'gradkata template');
}, 60_000);

const read = (file: string): string => fs.readFileSync(file, 'utf8');
/**
 * Lines long enough to be a program's own, and in no kata's stub (a signature
 * is). A counting loop over an array gives nothing away, however long its
 * names (`for (let i = 0; i < x.length; i++) {` is in the kit's norms too).
 */
const stubs = catalog.map((k) => pristineSource(k)).join('\n');
const countingLoop = /^for \(let (\w+) = 0; \1 < [\w.[\]]+; \1\+\+\)( \{)?$/;
const distinctive = (text: string): string[] =>
  [...new Set(text.split('\n').map((l) => l.trim()))].filter(
    (l) => l.length >= 30 && !stubs.includes(l) && !countingLoop.test(l),
  );

describe('the template has none of the answers', () => {
  it('no solutions/, no variants, no alternatives, no equivalent mutants', () => {
    const answers = [...files.keys()].filter((f) =>
      /^solutions\/|^graders\/[^/]+\/(variants\.ts|alternatives\/|equivalentMutants\.ts)/.test(f),
    );
    expect(answers).toEqual([]);
    expect(split.leftOut.filter((l) => l.path.startsWith('solutions/'))).toHaveLength(catalog.length);
  });

  // On a checkout whose katas/ holds work (.ci/learner-branch runs this suite on one), a plain copy would hand it out.
  it("every kata file is its untouched stub, whatever this checkout's katas/ holds", () => {
    for (const kata of catalog)
      expect(files.get(path.relative(template, learnerFile(path.join(template, 'katas'), kata))), kata.slug).toBe(
        pristineSource(kata),
      );
  });

  it("no file holds a solution's or an alternative's text", () => {
    const programs = catalog.flatMap((k) => [
      learnerFile(solutionsDir, k),
      ...(fs.existsSync(alternativesDir(k))
        ? fs.readdirSync(alternativesDir(k)).map((f) => path.join(alternativesDir(k), f))
        : []),
    ]);
    expect(programs.length).toBeGreaterThan(catalog.length);
    for (const p of programs) {
      const text = read(p).trim();
      expect(
        [...files].filter(([, t]) => t.includes(text)).map(([f]) => f),
        path.relative(repoRoot, p),
      ).toEqual([]);
    }
  });

  it("no line of a solution, an alternative or a variant's edits is anywhere but the graders and that kata's README", async () => {
    const answers = new Map<KataEntry, Set<string>>();
    for (const k of catalog) {
      const texts = [read(learnerFile(solutionsDir, k))];
      if (fs.existsSync(alternativesDir(k)))
        for (const f of fs.readdirSync(alternativesDir(k))) texts.push(read(path.join(alternativesDir(k), f)));
      const v = await loadVariants(k);
      for (const w of [...v.wrong, ...v.alternatives])
        for (const [find, replace] of w.edits ?? []) texts.push(find, replace);
      answers.set(k, new Set(texts.flatMap(distinctive)));
    }
    // A line katas/lib or the float64 toolkit also holds is the project's vocabulary (an Array.from header, a shape field).
    const vocabulary = [...files].filter(([f]) => /^(katas\/lib|graders\/kit\/tensor)\//.test(f)).map(([, t]) => t);
    const leaks: string[] = [];
    let searched = 0;
    for (const [k, lines] of answers) {
      // Graders compute what answers must be (a kata's oracle, the oracles of
      // the katas it builds on, the float64 toolkit they share), katas/lib is
      // every learner's to import, and a README's last hint nears its answer:
      // all on purpose. Anywhere else (the stubs, other READMEs, the engine,
      // the workflows) a line of an answer is a leak.
      const own = new RegExp(
        `^(graders/\\d\\d-[^/]+/|graders/kit/tensor/|katas/lib/|katas/${kataFolder(k)}/README[^/]*\\.md$)`,
      );
      for (const line of lines) {
        if (vocabulary.some((t) => t.includes(line))) continue;
        searched++;
        for (const [f, t] of files) if (!own.test(f) && t.includes(line)) leaks.push(`${f}: ${line}`);
      }
    }
    expect(searched).toBeGreaterThan(200);
    expect(leaks).toEqual([]);
  });
});

describe('the template works on its own', () => {
  it(`npm test grades every kata as not started (exit 0)`, () => {
    const r = run(['-r', './bin/requireNode.js', '-r', 'ts-node/register', 'graders/kit/cli/grade.ts']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^0/${catalog.length} passed, ${catalog.length} not started`, 'm'));
  }, 120_000);

  it('npx kata list lists every kata', () => {
    const r = run(['bin/kata.js', 'list']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    for (const k of catalog) expect(r.stdout).toMatch(new RegExp(`\\b${k.number} ${k.slug}\\s+not started`));
  }, 120_000);

  it("a PR is graded with the template's own commit as the pinned graders", () => {
    git('checkout', '--quiet', '-b', 'solve-matmul');
    const kata = catalog.find((k) => k.slug === 'matmul')!;
    fs.copyFileSync(learnerFile(solutionsDir, kata), learnerFile(path.join(template, 'katas'), kata));
    git('commit', '--quiet', '-am', 'matmul');
    git('checkout', '--quiet', 'main');
    const out = path.join(tmp, 'pr');
    const r = run([
      '-r',
      'ts-node/register',
      'graders/kit/cli/gradePr.ts',
      '--graders',
      'root',
      '--head',
      'solve-matmul',
      '--out',
      out,
    ]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const pr = JSON.parse(read(path.join(out, 'results.json'))) as PrResults;
    expect(pr.base).toBe(git('rev-list', '--max-parents=0', 'main'));
    expect(pr.results!.katas.map((k) => [k.slug, k.status])).toEqual(
      catalog.map((k) => [k.slug, k.slug === 'matmul' ? 'passed' : 'not-started']),
    );
    expect(pr.ignored).toEqual([]);
  }, 120_000);

  it('every npm script runs a file the template has', () => {
    const pkg = JSON.parse(files.get('package.json')!) as { scripts: Record<string, string> };
    expect(Object.keys(pkg.scripts)).toEqual(
      expect.arrayContaining(['test', 'kata', 'verify', 'grade:pr', 'typecheck']),
    );
    for (const name of ['mutate', 'variants', 'new-kata', 'bench', 'export:template'])
      expect(pkg.scripts).not.toHaveProperty(name);
    for (const [name, command] of Object.entries(pkg.scripts))
      for (const f of command.match(/[\w./-]+\.(ts|js|mts|mjs)\b/g) ?? [])
        expect(files.has(f.replace(/^\.\//, '')), `${name}: ${f}`).toBe(true);
  });

  it('nothing in it imports a file it left out (tsc finds every module)', () => {
    const r = run([path.join('node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']);
    expect(r.stdout.split('\n').filter((l) => /error TS2307/.test(l))).toEqual([]);
  }, 120_000);

  it("its npm run verify runs its own tests, not the proof's: two of them pass there", () => {
    const tests = [...files.keys()].filter((f) => f.endsWith('.test.ts'));
    expect(tests).not.toContain('graders/kit/proof/proof.test.ts');
    expect(tests).not.toContain('graders/kit/pr/gradePullRequest.test.ts');
    expect(tests).toEqual(
      expect.arrayContaining(['graders/kit/pr/workflows.test.ts', 'graders/kit/pr/commentPieces.test.ts']),
    );
    const r = run([
      path.join('node_modules', 'vitest', 'vitest.mjs'),
      'run',
      'graders/kit/pr/workflows.test.ts',
      'graders/kit/pr/commentPieces.test.ts',
    ]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, 120_000);
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findKata } from '../../catalog';
import { solutionsDir } from '../paths';
import { oneKataPerTrack } from '../proof/oneKataPerTrack';
import { kataText } from '../reporters/kataText';
import { kataMessage } from '../reporters/propertyMessage';
import type { KataResult } from '../results/results';
import { gradeKatas } from './gradeKatas';
import { DEFAULT_SEED } from './propertySeed';

// Bad learner input of every kind gives that kata a clear message; the run
// goes on. Each case is the matmul solution with one thing broken.

const matmul = findKata('matmul')!;
const solution = fs.readFileSync(path.join(solutionsDir, '00-matmul', 'matmul.ts'), 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-bad-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function target(name: string, source: string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, '00-matmul'), { recursive: true });
  fs.writeFileSync(path.join(dir, '00-matmul', 'matmul.ts'), source);
  return dir;
}

/** The solution with `transpose` replaced by this body. */
const withTranspose = (body: string): string =>
  solution.replace(
    /export function transpose\(A: Matrix\): Matrix \{[\s\S]*?\n\}/,
    `export function transpose(A: Matrix): Matrix {\n${body}\n}`,
  );

async function grade(name: string, source: string, timeoutMs = 10_000): Promise<KataResult> {
  const r = await gradeKatas({ target: target(name, source), katas: [matmul], seed: DEFAULT_SEED, timeoutMs });
  return r.katas[0];
}

const text = (k: KataResult): string => kataText({ target: 'katas', seed: DEFAULT_SEED }, k);

describe('bad input is contained and explained', () => {
  it('a syntax error names file, line and column', async () => {
    const k = await grade('syntax', solution.replace('return A[0].map', 'return A[0].map((('));
    expect(k.status).toBe('error');
    expect(kataMessage(k)).toMatch(/00-matmul\/matmul\.ts:\d+:\d+: /);
    expect(k.maxPoints).toBeGreaterThan(0);
  });

  it('an exception names the function and the learner line', async () => {
    const k = await grade('throws', withTranspose("  throw new Error('boom');"));
    expect(k.status, text(k)).toBe('failing');
    expect(text(k)).toMatch(/transpose threw Error: boom/);
    expect(text(k)).toMatch(/at .*00-matmul\/matmul\.ts:\d+:\d+/);
  });

  it('NaN and Infinity in the output are named with their index', async () => {
    const k = await grade('nan', withTranspose('  return A[0].map((_, j) => A.map((row) => row[j] * NaN));'));
    expect(text(k)).toMatch(/Aᵀ\[0\]\[0\] is NaN/);
    const inf = await grade('inf', withTranspose('  return A[0].map((_, j) => A.map((row) => row[j] / 0));'));
    expect(text(inf)).toMatch(/is (-)?Infinity|is NaN/);
  });

  it('a wrong shape, a ragged array and undefined are named', async () => {
    expect(text(await grade('shape', withTranspose('  return A;')))).toMatch(/has shape \[\d+, \d+\], expected shape/);
    expect(
      text(
        await grade(
          'ragged',
          withTranspose(
            '  const T = A[0].map((_, j) => A.map((row) => row[j]));\n  T[T.length - 1].pop();\n  return T;',
          ),
        ),
      ),
    ).toMatch(/has length \d+, expected length \d+/);
    expect(text(await grade('undefined', withTranspose('  A[0].map((_, j) => A.map((row) => row[j]));')))).toMatch(
      /is undefined — is a return statement/,
    );
  });

  it('a function that mutates its input is reported', async () => {
    const k = await grade(
      'mutates',
      withTranspose('  A[0][0] = 42;\n  return A[0].map((_, j) => A.map((row) => row[j]));'),
    );
    expect(text(k)).toMatch(/transpose modified its input A\[0\]\[0\] \(was .*, now 42\)/);
  });

  it('an infinite loop is stopped and reported within the time limit', async () => {
    const t0 = Date.now();
    const k = await grade('loop', withTranspose('  while (true) {}'), 2000);
    expect(Date.now() - t0).toBeLessThan(8000);
    expect(k.status).toBe('error');
    expect(kataMessage(k)).toMatch(
      /stopped after 2 s while checking "transpose swaps rows and columns without touching its input", in transpose at .*00-matmul\/matmul\.ts:(\d+):\d+: an infinite loop/,
    );
    // The line of the loop itself, in the learner's file as written.
    const line = Number(/matmul\.ts:(\d+):/.exec(kataMessage(k)!)![1]);
    expect(fs.readFileSync(k.file, 'utf8').split('\n')[line - 1]).toMatch(/while \(true\) \{\}/);
    expect(k.properties.find((p) => p.id === 'matmul-matches-reference')?.status).toBe('pass');
  });

  it('process.exit ends only that kata', async () => {
    const k = await grade('exit', withTranspose('  process.exit(3);'));
    expect(k.status).toBe('error');
    expect(kataMessage(k)).toMatch(/rule no-process-exit broken.*calls process\.exit\(\)/);
  });

  it('running out of memory is reported', async () => {
    const k = await grade(
      'oom',
      withTranspose('  const hog: number[][] = [];\n  for (;;) hog.push(new Array(1e6).fill(Math.random()));'),
      30_000,
    );
    expect(k.status).toBe('error');
    expect(kataMessage(k)).toMatch(/ran out of memory/);
  }, 60_000);

  it('a throw at load time is reported, and a stub-style throw reads not started', async () => {
    expect(kataMessage(await grade('load', `throw new Error('top-level');\n${solution}`))).toMatch(
      /threw while loading.*top-level/,
    );
    const stub = await grade(
      'load-stub',
      `import { notImplemented } from '#lib';\nnotImplemented('matmul');\n${solution.replace(/^import .*$/m, "import { zeros, type Matrix } from '#lib';")}`,
    );
    expect(stub.status).toBe('not-started');
  });

  it('importing TensorFlow.js, solutions or graders is rejected with file and line', async () => {
    const tfjs = await grade('import-tfjs', `import * as tf from '@tensorflow/tfjs-core';\nvoid tf;\n${solution}`);
    expect(tfjs.status).toBe('error');
    expect(kataMessage(tfjs)).toMatch(
      /00-matmul\/matmul\.ts:1 imports '@tensorflow\/tfjs-core': learner code may not import TensorFlow\.js/,
    );
    const sol = await grade(
      'import-solutions',
      `${solution}\nexport { matmul as m2 } from '${path.join(solutionsDir, '00-matmul', 'matmul')}';\n`,
    );
    expect(kataMessage(sol)).toMatch(/may not import the reference solutions/);
    const gr = await grade(
      'import-graders',
      `import '${path.join(solutionsDir, '..', 'graders', 'kit', 'toolkit')}';\n${solution}`,
    );
    expect(kataMessage(gr)).toMatch(/may not import the graders/);
  });

  it('one broken kata does not stop the others from being graded', async () => {
    // matmul first, then one kata of every other track: each is graded after the bad one.
    const dir = path.join(tmp, 'mixed');
    fs.cpSync(solutionsDir, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, '00-matmul', 'matmul.ts'), withTranspose('  while (true) {}'));
    const r = await gradeKatas({ target: dir, katas: oneKataPerTrack, seed: DEFAULT_SEED, timeoutMs: 5000 });
    expect(r.katas.find((k) => k.slug === 'matmul')?.status).toBe('error');
    for (const k of r.katas.filter((k) => k.slug !== 'matmul'))
      expect(k.status, `${k.slug}: ${kataMessage(k) ?? ''}`).toBe('passed');
  });
});

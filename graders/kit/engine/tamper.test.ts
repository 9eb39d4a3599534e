import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findKata } from '../../catalog';
import { solutionsDir } from '../paths';
import { oneKataPerTrack } from '../proof/oneKataPerTrack';
import { kataMessage } from '../reporters/propertyMessage';
import type { KataResult } from '../results/results';
import { gradeKatas } from './gradeKatas';
import { DEFAULT_SEED } from './propertySeed';

// A kata that tampers with grading scores 0 with the rule named, even when
// every answer it gives is right: each case is the correct matmul solution
// plus one line of tampering.

const matmul = findKata('matmul')!;
const solution = fs.readFileSync(path.join(solutionsDir, '00-matmul', 'matmul.ts'), 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-tamper-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function grade(name: string, source: string): Promise<KataResult> {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, '00-matmul'), { recursive: true });
  fs.writeFileSync(path.join(dir, '00-matmul', 'matmul.ts'), source);
  const r = await gradeKatas({ target: dir, katas: [matmul], seed: DEFAULT_SEED });
  return r.katas[0];
}

/** The solution with one statement run inside `matmul`, on every call. */
const insideMatmul = (statement: string): string =>
  solution.replace(/(export function matmul\([^)]*\)[^{]*\{)/, `$1\n  ${statement}`);

function expectZero(k: KataResult, rule: RegExp): void {
  expect(k.status).toBe('error');
  expect(k.points).toBe(0);
  expect(kataMessage(k)).toMatch(rule);
  for (const p of k.properties) expect(p.earned).toBe(0);
}

describe('a kata that tampers with grading scores 0 with the rule named', () => {
  it('the untouched solution scores full marks (the cases below differ by one line)', async () => {
    const k = await grade('clean', solution);
    expect(k.status).toBe('passed');
  });

  it('replacing Math.abs with a function that gives the same numbers', async () => {
    const k = await grade('math', `const abs = Math.abs;\nMath.abs = (x: number): number => abs(x);\n${solution}`);
    expectZero(k, /rule no-global-overrides broken: the kata Math\.abs was replaced/);
  });

  it('patching Array.prototype during a call', async () => {
    const k = await grade(
      'array',
      insideMatmul('(Array.prototype as unknown as Record<string, unknown>).every = function () { return true; };'),
    );
    expectZero(k, /no-global-overrides.*Array\.prototype\.every was replaced/);
  });

  it('adding to Number.prototype', async () => {
    const k = await grade(
      'number',
      `(Number.prototype as unknown as Record<string, unknown>).near = () => true;\n${solution}`,
    );
    expectZero(k, /no-global-overrides.*Number\.prototype\.near was added/);
  });

  it('replacing the global Math object', async () => {
    const k = await grade(
      'global',
      `(globalThis as unknown as Record<string, unknown>).Math = { ...Math };\n${solution}`,
    );
    expectZero(k, /no-global-overrides.*the global Math was replaced/);
  });

  it('calling process.exit, even inside a try', async () => {
    const k = await grade('exit', insideMatmul('try { process.exit(0); } catch { /* keep going */ }'));
    expectZero(k, /rule no-process-exit broken while checking "[^"]+": the kata calls process\.exit\(\)/);
  });

  it('reading a reference file with a computed require()', async () => {
    const read = "const r = require; r(['f', 's'].join('')).readFileSync('solutions/00-matmul/matmul.ts', 'utf8');";
    const k = await grade('require', insideMatmul(read));
    expectZero(k, /rule no-node-builtins broken.*requires 'fs' at run time/);
  });

  it('reaching a built-in module through the process object', async () => {
    const k = await grade(
      'builtin',
      insideMatmul(
        "(process as unknown as { getBuiltinModule(m: string): unknown }).getBuiltinModule('worker_threads');",
      ),
    );
    expectZero(k, /rule no-node-internals broken.*process\.getBuiltinModule/);
  });

  it('an import nothing uses is rejected all the same: the rule reads the source, not the bundle', async () => {
    const tfjs = await grade('unused-tfjs', `import * as tf from '@tensorflow/tfjs-core';\n${solution}`);
    expectZero(
      tfjs,
      /00-matmul\/matmul\.ts:1 imports '@tensorflow\/tfjs-core': learner code may not import TensorFlow\.js/,
    );
    const fsImport = await grade('unused-fs', `${solution}\nimport { readFileSync } from 'fs';\n`);
    expectZero(fsImport, /00-matmul\/matmul\.ts:\d+ imports 'fs': learner code may not use Node's built-in modules/);
    // A comment or a string that looks like an import is not one.
    const k = await grade(
      'import-in-comment',
      `// import * as tf from '@tensorflow/tfjs-core';\nconst s = "import 'fs'";\nvoid s;\n${solution}`,
    );
    expect(k.status).toBe('passed');
  });

  it('importing fs or a package is rejected before anything runs, with file and line', async () => {
    const fsImport = await grade(
      'import-fs',
      `import { readFileSync } from 'node:fs';\nvoid readFileSync;\n${solution}`,
    );
    expectZero(fsImport, /00-matmul\/matmul\.ts:1 imports 'node:fs': learner code may not use Node's built-in modules/);
    const pkg = await grade('import-package', `import fc from 'fast-check';\nvoid fc;\n${solution}`);
    expectZero(pkg, /matmul\.ts:1 imports 'fast-check': learner code may not import packages/);
  });

  it('the other katas of the run are graded normally', async () => {
    // matmul first, then one kata of every other track: each is graded after the bad one.
    const dir = path.join(tmp, 'mixed');
    fs.cpSync(solutionsDir, dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, '00-matmul', 'matmul.ts'),
      `Array.prototype.map = Array.prototype.filter;\n${solution}`,
    );
    const r = await gradeKatas({ target: dir, katas: oneKataPerTrack, seed: DEFAULT_SEED });
    expectZero(r.katas.find((k) => k.slug === 'matmul')!, /no-global-overrides/);
    for (const k of r.katas.filter((k) => k.slug !== 'matmul'))
      expect(k.status, `${k.slug}: ${kataMessage(k) ?? ''}`).toBe('passed');
  });
});

describe('containment: one allocation of 2 GiB', () => {
  it('is refused with the size named, and grading goes on', async () => {
    const k = await grade('alloc', insideMatmul('const hog = new Float64Array(2 ** 28); void hog;'));
    expect(k.status).toBe('failing');
    expect(k.properties.find((p) => p.status === 'fail')?.failure?.detail.summary).toMatch(
      /new Float64Array\(268435456\) asks for 2048 MiB at once; a kata may allocate at most 256 MiB/,
    );
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findKata } from '../../../catalog';
import { solutionsDir } from '../../paths';
import { variantSource } from '../../proof/materializeVariants';
import { paint } from '../../reporters/paint';
import { alignLines } from './alignLines';
import { codeColumns } from './codeColumns';
import { kataSolution } from './kataSolution';
import { runKata } from './runKata';
import { type TestContext, testContext } from './testContext';

let t: TestContext;
afterEach(() => t.cleanup());
const reference = fs.readFileSync(path.join(solutionsDir, '00-matmul', 'matmul.ts'), 'utf8');
const wide = () => ({ env: { COLUMNS: '160' } });

describe('kata solution', () => {
  it('refuses before the kata passes, with the reason and how to pass it', async () => {
    t = testContext();
    expect(await runKata(['solution', 'matmul'], t.ctx)).toBe(1);
    expect(t.output()).toBe(
      'matmul is not passed yet (not started): pass it first (npm test -- matmul), then the solution is yours to compare\n',
    );
  });

  it('shows the reference next to your file once it passes, grading a changed file first', async () => {
    t = testContext([], wide());
    const file = path.join(t.target, '00-matmul', 'matmul.ts');
    // Passed, but never graded: the command grades it (only it) before deciding.
    const mine = reference.replace('let s = 0;', 'let s = 0; // my sum');
    fs.writeFileSync(file, mine);
    expect(await runKata(['solution', 'matmul'], t.ctx)).toBe(0);
    const out = t.output();
    expect(out).toMatch(/^00 matmul · passed (\d+)\/\1 points — yours next to the reference\n/);
    expect(out).toMatch(/yours: .*katas\/00-matmul\/matmul\.ts +reference: solutions\/00-matmul\/matmul\.ts/);
    // One row per line of both: the changed line next to its original, the rest the same.
    expect(out).toMatch(/ +let s = 0; \/\/ my sum +≠ +let s = 0;\n/);
    expect(out).toMatch(/ +return C; +│ +return C;\n/);
    expect(out).toContain('│ the same line   ≠ a different line   < only in yours   > only in the reference');
    const saved = JSON.parse(fs.readFileSync(t.ctx.progressFile, 'utf8'));
    expect(Object.keys(saved.katas)).toEqual(['matmul']);
  });

  it('in a pipe or a narrow terminal, shows your file, then the reference', async () => {
    t = testContext();
    fs.writeFileSync(path.join(t.target, '00-matmul', 'matmul.ts'), reference);
    expect(await runKata(['solution', 'matmul'], t.ctx)).toBe(0);
    const out = t.output();
    const [yours, theirs] = [out.indexOf('── yours: '), out.indexOf('── reference: solutions/00-matmul/matmul.ts')];
    expect(yours).toBeGreaterThan(0);
    expect(theirs).toBeGreaterThan(yours);
    expect(out.slice(yours, theirs)).toContain(reference.split('\n')[0]);
    expect(out.slice(theirs)).toContain(reference.split('\n')[0]);
    expect(out).not.toContain('│');
  });

  it('refuses again when the file was broken after passing', async () => {
    t = testContext([], wide());
    const file = path.join(t.target, '00-matmul', 'matmul.ts');
    fs.writeFileSync(file, reference);
    expect(await runKata(['test', 'matmul'], t.ctx)).toBe(0);
    fs.writeFileSync(file, await variantSource(findKata('matmul')!, 'overwrite-not-accumulate'));
    expect(await runKata(['solution', 'matmul'], t.ctx)).toBe(1);
    expect(t.output()).toMatch(/matmul is not passed yet \(failing \d+ of \d+ points\): pass it first/);
  });

  it('says so when the repository has no solutions, and rejects an unknown kata', async () => {
    t = testContext();
    const none = path.join(t.dir, 'no-solutions');
    expect(await kataSolution(['matmul'], t.ctx, none)).toBe(1);
    expect(t.output()).toContain(
      `the reference solution of matmul is not in this repository (no ${path.join(none, '00-matmul', 'matmul.ts')}`,
    );
    expect(await runKata(['solution', 'nope'], t.ctx)).toBe(2);
    expect(t.output()).toMatch(/kata: unknown kata "nope"; the katas are: matmul/);
    expect(await runKata(['solution'], t.ctx)).toBe(2);
    expect(t.output()).toMatch(/kata solution needs a kata/);
  });
});

describe('codeColumns', () => {
  const plain = paint(false);
  const left = ['import x;', '', 'export function f() {', '  return 1;', '}', 'const extra = 1;'];
  const right = ['import x;', 'export function f() {', '  return 2;', '}'];

  it('puts the two files side by side, aligned, when each column gets 50 characters', () => {
    const out = codeColumns(left, right, ['yours', 'reference'], 103, plain);
    expect(out).toEqual([
      `${'yours'.padEnd(50)}   reference`,
      `${'import x;'.padEnd(50)} │ import x;`,
      `${''.padEnd(50)} <`,
      `${'export function f() {'.padEnd(50)} │ export function f() {`,
      `${'  return 1;'.padEnd(50)} ≠   return 2;`,
      `${'}'.padEnd(50)} │ }`,
      `${'const extra = 1;'.padEnd(50)} <`,
    ]);
    expect(Math.max(...out.map((l) => l.length))).toBeLessThanOrEqual(103);
  });

  it('wraps a line too long for its column and never goes past the width', () => {
    const long = `// ${'x'.repeat(120)}`;
    const out = codeColumns([long], ['short'], ['a', 'b'], 110, plain);
    // Continued two spaces in, so that a piece does not read as a line of its own.
    expect(out.slice(1)).toEqual([
      `${long.slice(0, 53)} ≠ short`,
      `  ${long.slice(53, 104)} ≠`,
      `  ${long.slice(104).padEnd(51)} ≠`,
    ]);
    expect(Math.max(...out.map((l) => l.length))).toBeLessThanOrEqual(110);
    // Code with spaces breaks after one, never inside a word.
    const words = `const total = ${'alpha + '.repeat(20)}1;`;
    const pieces = codeColumns([words], [], ['a', 'b'], 110, plain)
      .slice(1)
      .map((l) => l.slice(0, 53).trim());
    expect(pieces.length).toBeGreaterThan(2);
    // Joined with one space each, the pieces are the line again: no word was cut.
    expect(pieces.join(' ')).toBe(words);
  });

  it('folds a comment block only one side has into one row', () => {
    const doc = ['/**', ' * C = A·B.', ' */'];
    const out = codeColumns([...doc, 'f();', '// two', '// lines'], ['f();'], ['a', 'b'], 103, plain);
    expect(out.slice(1)).toEqual([
      `${'/* … 3 lines of comments */'.padEnd(50)} <`,
      `${'f();'.padEnd(50)} │ f();`,
      `${'// two'.padEnd(50)} <`,
      `${'// lines'.padEnd(50)} <`,
    ]);
  });

  it('shows one file after the other when the terminal is narrower', () => {
    expect(codeColumns(['a'], ['b'], ['yours', 'reference'], 102, plain)).toEqual([
      '── yours',
      'a',
      '',
      '── reference',
      'b',
    ]);
  });

  it('aligns on the longest run of common lines, ignoring indentation', () => {
    expect(alignLines(['a', '  b', 'c'], ['x', 'b', 'c', 'd'])).toEqual([
      { left: 'a', right: 'x', same: false },
      { left: '  b', right: 'b', same: true },
      { left: 'c', right: 'c', same: true },
      { left: undefined, right: 'd', same: false },
    ]);
  });
});

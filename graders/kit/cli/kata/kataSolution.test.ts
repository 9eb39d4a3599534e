import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findKata } from '../../../catalog';
import { solutionsDir } from '../../paths';
import { variantSource } from '../../proof/materializeVariants';
import { columns } from '../../reporters/columns';
import { setLanguage } from '../../reporters/language';
import { paint } from '../../reporters/paint';
import { alignLines } from './alignLines';
import { codeColumns } from './codeColumns';
import { englishLeft, factsOf } from './englishLeft';
import { kataSolution } from './kataSolution';
import { runKata } from './runKata';
import { type TestContext, testContext } from './testContext';

let t: TestContext;
afterEach(() => {
  t?.cleanup();
  setLanguage('en');
});
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

describe('kata solution in Chinese', () => {
  const zh = { COLUMNS: '160', KATA_LANG: 'zh-CN' };

  it('refuses before the kata passes, and says why the solutions are missing', async () => {
    t = testContext([], { env: zh });
    expect(await runKata(['solution', 'matmul'], t.ctx)).toBe(1);
    const none = path.join(t.dir, 'no-solutions');
    expect(await kataSolution(['matmul'], t.ctx, none)).toBe(1);
    expect(t.output()).toBe(
      'matmul 还没有通过（未开始）：先让它通过（npm test -- matmul），再来对照参考答案\n' +
        `这个仓库里没有 matmul 的参考答案（没有 ${path.join(none, '00-matmul', 'matmul.ts')}：仓库建立时去掉了答案）；你的文件通过之后，它就是你的参考\n`,
    );
    expect(englishLeft(t.output())).toEqual([]);
  });

  it('shows the two files side by side in aligned columns, the legend and README.zh-CN.md', async () => {
    t = testContext([], { env: zh });
    fs.writeFileSync(path.join(t.target, '00-matmul', 'matmul.ts'), reference);
    expect(await runKata(['solution', 'matmul'], t.ctx)).toBe(0);
    const from = t.output().length;
    await runKata(['solution', 'matmul', '--lang', 'en'], t.ctx);
    const [chinese, english] = [t.output().slice(0, from), t.output().slice(from)];
    expect(chinese).toMatch(/^00 matmul · 已通过，(\d+)\/\1 分 — 你的代码与参考答案并排\n/);
    expect(chinese).toContain('│ 相同的行   ≠ 不同的行   < 只在你的代码里   > 只在参考答案里');
    expect(chinese).toContain(
      `${path.join(t.target, '00-matmul', 'README.zh-CN.md')} 里的追问，或者 npx kata interview --kata matmul`,
    );
    // Every line of the reference starts in one column, the titles' included.
    const lines = chinese.split('\n');
    const title = lines.find((l) => l.startsWith('你的：'))!;
    const same = lines.find((l) => / │ /.test(l))!;
    expect(columns(title.slice(0, title.indexOf('参考：')))).toBe(columns(same.slice(0, same.indexOf(' │ ') + 3)));
    // Every line but the code's rows (each with its gutter mark) is the command's own.
    const words = (out: string) =>
      out
        .split('\n')
        .filter((l) => !/ [│≠<>]( |$)/.test(l))
        .join('\n');
    expect(englishLeft(words(chinese))).toEqual([]);
    expect(factsOf(words(chinese).replaceAll('README.zh-CN.md', 'README.md'))).toEqual(factsOf(words(english)));
  });
});

describe('codeColumns and Chinese', () => {
  const plain = paint(false);

  it('wraps and pads a Chinese comment by terminal columns, and folds comments in Chinese', () => {
    const comment = `// ${'梯度与输入同形状，'.repeat(8)}`;
    const out = codeColumns([comment, 'f();'], ['f();'], ['你的：matmul.ts', '参考：matmul.ts'], 110, plain);
    expect(Math.max(...out.map(columns))).toBeLessThanOrEqual(110);
    // The gutter in one column on every row: 53 columns of code, then it.
    const gutters = out.slice(1).map((l) => columns(l.slice(0, l.search(/ [<│≠>] ?/))));
    expect(new Set(gutters)).toEqual(new Set([53]));
    // Cut between characters (no space to break after), nothing lost.
    expect(
      out
        .slice(1, -1)
        .map((l) => l.slice(0, l.indexOf(' <')).trim())
        .join(''),
    ).toBe(comment);
    setLanguage('zh-CN');
    const folded = codeColumns(['/**', ' * C = A·B.', ' */', 'f();'], ['f();'], ['a', 'b'], 103, plain);
    expect(folded[1]).toBe(`/* … 3 行注释 */${' '.repeat(50 - columns('/* … 3 行注释 */'))} <`);
  });

  it('cuts a title too wide for its column to its end, by terminal columns', () => {
    const title = `你的：${'很长的文件夹/'.repeat(10)}matmul.ts`;
    const [head] = codeColumns(['a'], ['b'], [title, 'b'], 103, plain);
    const left = head.slice(0, head.lastIndexOf('b')).trimEnd();
    expect(left.startsWith('…')).toBe(true);
    expect(left.endsWith('matmul.ts')).toBe(true);
    expect(columns(left)).toBeLessThanOrEqual(50);
    expect(columns(head.slice(0, head.lastIndexOf('b')))).toBe(53);
  });
});

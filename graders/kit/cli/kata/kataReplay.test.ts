import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findKata } from '../../../catalog';
import { graderDir, solutionsDir } from '../../paths';
import { variantSource } from '../../proof/materializeVariants';
import { columns } from '../../reporters/columns';
import { readKataTranslation } from '../../reporters/kataWords';
import { englishLeft, factsOf } from './englishLeft';
import { runKata } from './runKata';
import { sideBySide } from './sideBySide';
import { tensorText } from './tensorText';
import { type TestContext, testContext } from './testContext';

let t: TestContext;
afterEach(() => t.cleanup());
/** What one command printed. */
async function run(args: string[]): Promise<string> {
  const from = t.output().length;
  await runKata(args, t.ctx);
  return t.output().slice(from);
}
const matmul = findKata('matmul')!;
const variant = (name: string) => variantSource(matmul, name);

describe('kata replay', () => {
  it('re-runs the recorded failure: inputs in full, yours next to the reference', async () => {
    t = testContext();
    const file = path.join(t.target, '00-matmul', 'matmul.ts');
    fs.writeFileSync(file, await variant('overwrite-not-accumulate'));
    expect(await runKata(['test', 'matmul'], t.ctx)).toBe(1);
    const recorded = JSON.parse(fs.readFileSync(path.join(t.stateDir, 'progress.json'), 'utf8')).katas.matmul
      .lastFailure;
    expect(recorded).toMatchObject({ only: 'matmul-matches-reference', seed: 20261129 });
    expect(await runKata(['replay', 'matmul'], t.ctx)).toBe(1);
    const out = t.output();
    expect(out).toContain(`--only matmul-matches-reference --path ${recorded.path}`);
    expect(out).toMatch(/inputs\nA =\n {2}0\.01 +0\nB =\n {2}-0\.01\n +0\n/);
    // The float32 reference as the float32 it is (-0.0001, not -0.0000999999975).
    expect(out).toMatch(/yours: C +reference: C\n {2}0\* +-0\.0001\*\n/);
    fs.copyFileSync(path.join(solutionsDir, '00-matmul', 'matmul.ts'), file);
    expect(await runKata(['replay', 'matmul', '--only', recorded.only, '--path', recorded.path], t.ctx)).toBe(0);
    expect(t.output()).toMatch(/this case passes now/);
  });

  it('shows an output of the wrong shape next to the reference, both in full', async () => {
    t = testContext();
    fs.writeFileSync(path.join(t.target, '00-matmul', 'matmul.ts'), await variant('db-transposed'));
    expect(await runKata(['test', 'matmul'], t.ctx)).toBe(1);
    expect(await runKata(['replay', 'matmul'], t.ctx)).toBe(1);
    const out = t.output();
    expect(out).toMatch(/dB has shape \[(\d+), (\d+)\], expected shape \[\2, \1\]/);
    expect(out).toMatch(/inputs\nA =\n/);
    expect(out).toMatch(/yours: dB +reference: dB\n/);
  });

  it('after passing, says so and succeeds', async () => {
    t = testContext();
    const file = path.join(t.target, '00-matmul', 'matmul.ts');
    fs.writeFileSync(file, await variant('overwrite-not-accumulate'));
    expect(await runKata(['test', 'matmul'], t.ctx)).toBe(1);
    // Fixed in an editor, not re-graded: replay sees the file changed.
    fs.copyFileSync(path.join(solutionsDir, '00-matmul', 'matmul.ts'), file);
    expect(await runKata(['replay', 'matmul'], t.ctx)).toBe(0);
    expect(t.output()).toMatch(/matmul passes \(\d+\/\d+\): there is no failing case to replay/);
  });

  it('says there is nothing to replay in a kata not started', async () => {
    t = testContext();
    expect(await runKata(['replay', 'attention'], t.ctx)).toBe(1);
    expect(t.output()).toMatch(/attention is not started: nothing fails yet/);
  });
});

describe('tensorText and sideBySide', () => {
  it('prints every element, stars the worst and lays out slices of a 4-D tensor', () => {
    expect(
      tensorText(
        [
          [1, 22],
          [333, 4],
        ],
        [1, 0],
      ),
    ).toEqual(['     1   22', '  333*    4']);
    expect(tensorText([[[[1]], [[2]]]])).toEqual(['[0, 0, :, :]', '  1', '[0, 1, :, :]', '  2']);
    expect(tensorText([0.1 + 0.2])).toEqual(['  0.30000000000000004']);
    expect(sideBySide(['a', 'bbb'], ['c'], ['x', 'y'])).toEqual(['x      y', 'a      c', 'bbb']);
  });
});

describe('kata replay in Chinese', () => {
  const zhNames = readKataTranslation(graderDir(matmul), 'zh-CN')!.properties;

  it('the same case, inputs and numbers as in English, yours and the reference in aligned columns', async () => {
    t = testContext([], { env: { KATA_LANG: 'zh-CN' } });
    fs.writeFileSync(path.join(t.target, '00-matmul', 'matmul.ts'), await variant('overwrite-not-accumulate'));
    await runKata(['test', 'matmul'], t.ctx);
    const chinese = await run(['replay', 'matmul']);
    const english = await run(['replay', 'matmul', '--lang', 'en']);
    expect(chinese).toMatch(
      new RegExp(
        `^matmul › ${zhNames['matmul-matches-reference']} {2}\\(--seed 20261129 --only matmul-matches-reference`,
      ),
    );
    expect(chinese).toMatch(/\n输入\nA =\n/);
    expect(chinese).toContain('* 标出误差最大的元素 [0, 0]');
    expect(englishLeft(chinese)).toEqual([]);
    expect(factsOf(chinese)).toEqual(factsOf(english));
    // The reference's numbers sit under its title as in English, the title's characters taking two columns each.
    const offset = (out: string, yours: string, reference: string) => {
      const [head, row] = out.slice(out.indexOf(yours)).split('\n');
      return columns(row.slice(0, row.lastIndexOf(' ') + 1)) - columns(head.slice(0, head.indexOf(reference)));
    };
    expect(chinese).toMatch(/\n你的：C +参考：C\n/);
    expect(offset(chinese, '你的：C', '参考：C')).toBe(offset(english, 'yours: C', 'reference: C'));
  });

  it('says there is nothing to replay, and that a case passes now', async () => {
    t = testContext([], { env: { KATA_LANG: 'zh-CN' } });
    expect(await run(['replay', 'attention'])).toBe(
      'attention 还没开始：目前没有失败的用例，也就没有什么可重放的（npx kata hint attention）\n',
    );
    const file = path.join(t.target, '00-matmul', 'matmul.ts');
    fs.writeFileSync(file, await variant('overwrite-not-accumulate'));
    await runKata(['test', 'matmul'], t.ctx);
    fs.copyFileSync(path.join(solutionsDir, '00-matmul', 'matmul.ts'), file);
    expect(await run(['replay', 'matmul', '--only', 'matmul-matches-reference'])).toContain('这个用例现在通过了。\n');
    expect(await run(['replay', 'matmul'])).toMatch(
      /^matmul 已通过（(\d+)\/\1）：没有可以重放的失败用例。npx kata solution matmul 会把参考答案和你的代码并排显示。\n$/,
    );
    expect(englishLeft(t.output())).toEqual([]);
  });
});

describe('sideBySide in Chinese', () => {
  it('pads by terminal columns, a Chinese character taking two', () => {
    const out = sideBySide(['1', '22'], ['3'], ['你的：C', '参考：C']);
    // Four columns after the widest of the left side: the title, seven columns wide.
    expect(out.slice(0, 2).map((l) => columns(l.slice(0, l.search(/参考|3/))))).toEqual([11, 11]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findKata } from '../../../catalog';
import { gradeKatas } from '../../engine/gradeKatas';
import { DEFAULT_SEED } from '../../engine/propertySeed';
import { graderDir, solutionsDir } from '../../paths';
import { variantSource } from '../../proof/materializeVariants';
import { readKataTranslation } from '../../reporters/kataWords';
import { setLanguage } from '../../reporters/language';
import { paint } from '../../reporters/paint';
import type { KataResult, PropertyResult } from '../../results/results';
import { englishLeft, factsOf } from './englishLeft';
import { kataWatch } from './kataWatch';
import { propertyChanges } from './propertyChanges';
import { runKata } from './runKata';
import { type TestContext, testContext } from './testContext';
import { watchReport } from './watchReport';
import { watchUnbuilt } from './watchUnbuilt';

let t: TestContext;
afterEach(() => {
  t.cleanup();
  setLanguage('en');
});

const solution = fs.readFileSync(path.join(solutionsDir, '00-matmul', 'matmul.ts'), 'utf8');
const wrongDb = await variantSource(findKata('matmul')!, 'db-transposed');

/** Resolves when the output has matched `re` `count` times (each save prints one report). */
async function waitFor(re: RegExp, count = 1, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while ((t.output().match(new RegExp(re, 'g')) ?? []).length < count) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${re}; output:\n${t.output()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

for (const poll of [false, true]) {
  describe(`kata watch${poll ? ' --poll' : ''}`, () => {
    it('re-grades on save and names what passes and fails now', async () => {
      const stop = new AbortController();
      t = testContext([], { signal: stop.signal });
      const file = path.join(t.target, '00-matmul', 'matmul.ts');
      const watching = kataWatch(['matmul', ...(poll ? ['--poll'] : [])], t.ctx);
      await waitFor(/00 matmul: not started/);
      fs.writeFileSync(file, wrongDb);
      await waitFor(/00 matmul: failing, 5\/10 points/);
      expect(t.output()).toMatch(/✓ now passing: matmul matches the reference/);
      fs.writeFileSync(file, solution);
      await waitFor(/00 matmul: passed, 10\/10 points/);
      expect(t.output()).toMatch(/✓ now passing: dA and dB match autodiff of the reference/);
      fs.writeFileSync(file, wrongDb);
      await waitFor(/00 matmul: failing/, 2);
      expect(t.output()).toMatch(/✗ now failing: dA and dB match autodiff of the reference/);
      stop.abort();
      expect(await watching).toBe(0);
      const progress = JSON.parse(fs.readFileSync(path.join(t.stateDir, 'progress.json'), 'utf8'));
      expect(progress.katas.matmul).toMatchObject({
        status: 'failing',
        points: 5,
        lastFailure: { only: 'backward-matches-reference' },
      });
    });
  });
}

describe("kata watch and the learner's own imports", () => {
  it('re-grades a kata when an earlier kata it imports is saved', async () => {
    const stop = new AbortController();
    t = testContext([], { signal: stop.signal });
    const mlp = fs.readFileSync(path.join(solutionsDir, '02-mlp-backprop', 'mlp-backprop.ts'), 'utf8');
    fs.writeFileSync(
      path.join(t.target, '02-mlp-backprop', 'mlp-backprop.ts'),
      `import { transpose } from '../00-matmul/matmul';\nvoid transpose;\n${mlp}`,
    );
    const matmulFile = path.join(t.target, '00-matmul', 'matmul.ts');
    const watching = kataWatch(['mlp-backprop'], t.ctx);
    await waitFor(/02 mlp-backprop: passed/);
    fs.writeFileSync(matmulFile, `${solution}\nexport const broken = ((;\n`);
    await waitFor(/02 mlp-backprop: does not build/);
    expect(t.output()).toMatch(/00-matmul\/matmul\.ts:\d+:\d+/);
    fs.writeFileSync(matmulFile, solution);
    await waitFor(/02 mlp-backprop: passed/, 2);
    stop.abort();
    await watching;
  });
});

describe('kata watch and a save that does not build', () => {
  it('shows the error once, keeps the last results, and the next good save changes nothing', async () => {
    const stop = new AbortController();
    t = testContext([], { signal: stop.signal });
    const file = path.join(t.target, '00-matmul', 'matmul.ts');
    fs.writeFileSync(file, solution);
    const watching = kataWatch(['matmul'], t.ctx);
    await waitFor(/00 matmul: passed/);
    fs.writeFileSync(file, `${solution}\nexport const broken = ((;\n`);
    await waitFor(/00 matmul: does not build/);
    const unbuilt = t.output().slice(t.output().indexOf('does not build'));
    expect(unbuilt).toMatch(/matmul\.ts:\d+:\d+: Unexpected ";"/);
    expect(unbuilt.match(/Unexpected ";"/g)).toHaveLength(1);
    expect(unbuilt).toMatch(/the last results stand \(10\/10 points\)/);
    expect(unbuilt).not.toMatch(/now failing|✗/);
    fs.writeFileSync(file, solution);
    await waitFor(/00 matmul: passed/, 2);
    const after = t.output().slice(t.output().lastIndexOf('00 matmul: passed'));
    expect(after).not.toMatch(/now passing|now failing/);
    stop.abort();
    await watching;
    expect(JSON.parse(fs.readFileSync(path.join(t.stateDir, 'progress.json'), 'utf8')).katas.matmul.status).toBe(
      'passed',
    );
  });
});

describe('propertyChanges', () => {
  const prop = (id: string, status: PropertyResult['status']): PropertyResult => ({
    id,
    name: id,
    points: 1,
    earned: status === 'pass' ? 1 : 0,
    status,
    durationMs: 0,
  });
  const kata = (...properties: PropertyResult[]) => ({ properties }) as unknown as KataResult;
  it('lists properties that changed, and nothing failing newly on the first grade', () => {
    expect(propertyChanges(undefined, kata(prop('a', 'pass'), prop('b', 'fail')))).toEqual({
      nowPassing: ['a'],
      nowFailing: [],
    });
    expect(
      propertyChanges(kata(prop('a', 'pass'), prop('b', 'fail')), kata(prop('a', 'timeout'), prop('b', 'pass'))),
    ).toEqual({ nowPassing: ['b'], nowFailing: ['a'] });
  });
});

describe('kata watch in Chinese', () => {
  const zhNames = readKataTranslation(graderDir(findKata('matmul')!), 'zh-CN')!.properties;
  const broken = 'export const broken = ((;';

  it('says what it watches, what passes and fails now, and that a save does not build', async () => {
    const stop = new AbortController();
    t = testContext([], { signal: stop.signal, env: { KATA_LANG: 'zh-CN' } });
    const file = path.join(t.target, '00-matmul', 'matmul.ts');
    const watching = runKata(['watch', 'matmul'], t.ctx);
    await waitFor(/00 matmul：未开始，0\/10 分（评分用时 \d+ ms）/);
    expect(t.output()).toContain(`正在监视 ${file}；按 Ctrl-C 停止`);
    expect(t.output()).toContain('每个函数都还在调用 notImplemented()：从哪个函数开始写，就删掉那里的调用');
    fs.writeFileSync(file, wrongDb);
    await waitFor(/00 matmul：未通过，5\/10 分/);
    expect(t.output()).toContain(`✓ 新通过：${zhNames['matmul-matches-reference']}`);
    expect(t.output()).toContain(`✗ ${zhNames['backward-matches-reference']} (0/`);
    fs.writeFileSync(file, `${solution}\n${broken}\n`);
    await waitFor(/00 matmul：无法构建，未评分/);
    expect(t.output()).toContain('在某次保存能重新构建之前，沿用上一次的结果（5/10 分）');
    fs.writeFileSync(file, solution);
    await waitFor(/00 matmul：已通过，10\/10 分/);
    expect(t.output()).toContain(`✓ 新通过：${zhNames['backward-matches-reference']}`);
    expect(t.output()).toContain('全部 5 个性质都通过了。接下来是追问：见 README，或运行 npx kata interview');
    stop.abort();
    expect(await watching).toBe(0);
    // The learner's line that does not build is shown as it is.
    expect(englishLeft(t.output(), [broken])).toEqual([]);
  });

  it('reports a grade and a save that does not build with the numbers it says in English', async () => {
    t = testContext();
    const matmul = findKata('matmul')!;
    const file = path.join(t.target, '00-matmul', 'matmul.ts');
    fs.writeFileSync(file, wrongDb);
    const failing = await gradeKatas({ target: t.target, katas: [matmul], seed: DEFAULT_SEED });
    fs.writeFileSync(file, `${solution}\n${broken}\n`);
    const unbuilt = (await gradeKatas({ target: t.target, katas: [matmul], seed: DEFAULT_SEED })).katas[0];
    const k = failing.katas[0];
    const at = Date.UTC(2026, 10, 29, 9, 0, 0);
    const both = () =>
      [
        watchReport(failing, k, propertyChanges(undefined, k), 123.4, at, paint(false)),
        watchUnbuilt(unbuilt, k, at, paint(false)),
      ].join('\n');
    const english = both();
    setLanguage('zh-CN');
    const chinese = both();
    expect(chinese).toMatch(/00 matmul：未通过，5\/10 分（评分用时 123 ms）/);
    expect(chinese).toMatch(/00 matmul：无法构建，未评分/);
    expect(englishLeft(chinese, [broken])).toEqual([]);
    expect(factsOf(chinese)).toEqual(factsOf(english));
  });

  it('says why --seed and --timeout are refused', async () => {
    t = testContext([], { env: { KATA_LANG: 'zh-CN' } });
    expect(await runKata(['watch', '--seed', 'x'], t.ctx)).toBe(2);
    expect(await runKata(['watch', '--timeout', '0'], t.ctx)).toBe(2);
    expect(t.output()).toContain('kata: --seed 必须是整数，收到的是 "x"\n');
    expect(t.output()).toContain('kata: --timeout 必须是正的秒数，收到的是 "0"\n');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { catalog, findKata } from '../../../catalog';
import { katasDir } from '../../paths';
import { pristineSource } from '../../proof/pristineSource';
import { setLanguage } from '../../reporters/language';
import { mathText } from '../../reporters/mathText';
import { isStub } from '../../state/isStub';
import { currentReadme } from './currentReadme';
import { englishLeft, factsOf } from './englishLeft';
import { kataReadme } from './kataReadme';
import { runKata } from './runKata';
import { type TestContext, testContext } from './testContext';

let t: TestContext;
afterEach(() => {
  t.cleanup();
  setLanguage('en');
});
/** What one command printed. */
async function run(args: string[]): Promise<string> {
  const from = t.output().length;
  await runKata(args, t.ctx);
  return t.output().slice(from);
}
const progress = () => JSON.parse(fs.readFileSync(path.join(t.stateDir, 'progress.json'), 'utf8'));

describe('kata hint', () => {
  it("shows the README's hints in order, records them, and repeats the last", async () => {
    t = testContext();
    const hints = kataReadme(findKata('attention')!).hints;
    for (const h of hints) {
      expect(await runKata(['hint', 'attention'], t.ctx)).toBe(0);
      expect(t.output()).toContain(mathText(h.text));
      expect(progress().katas.attention.hintsUsed).toBe(h.level);
    }
    expect(await runKata(['hint', 'attention'], t.ctx)).toBe(0);
    expect(progress().katas.attention.hintsUsed).toBe(3);
    await runKata(['list'], t.ctx);
    expect(t.output()).toMatch(/13 attention\s+not started\s+hints 3\/3/);
  });

  it('will not skip ahead', async () => {
    t = testContext();
    expect(await runKata(['hint', 'matmul', '3'], t.ctx)).toBe(2);
    expect(t.output()).toMatch(/hints come in order/);
  });
});

describe('kata reset', () => {
  it('restores the stub and keeps a timestamped backup of the learner file', async () => {
    t = testContext();
    const file = path.join(t.target, '00-matmul', 'matmul.ts');
    const stub = pristineSource(findKata('matmul')!);
    await runKata(['list'], t.ctx); // as a learner would have: kata keeps the stub it first sees (reset's fallback without git)
    fs.writeFileSync(file, 'export const mine = 42;\n');
    expect(await runKata(['reset', 'matmul'], t.ctx)).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(stub);
    const backups = fs.readdirSync(path.join(t.stateDir, 'backups', '00-matmul'));
    expect(backups).toEqual(['matmul.2026-11-29T09-00-00-000Z.ts']);
    expect(fs.readFileSync(path.join(t.stateDir, 'backups', '00-matmul', backups[0]), 'utf8')).toBe(
      'export const mine = 42;\n',
    );
    expect(await runKata(['reset', 'matmul'], t.ctx)).toBe(0);
    expect(t.output()).toMatch(/already the stub/);
  });

  it('tells a stub from a half-done file', () => {
    const stub = pristineSource(findKata('matmul')!);
    expect(isStub(stub)).toBe(true);
    expect(isStub(stub.replace("return notImplemented('matmul');", 'return A;'))).toBe(false);
  });
});

describe('kata hint and reset in Chinese', () => {
  it("shows README.zh-CN.md's hints in order with its labels, the same levels and commands as in English", async () => {
    t = testContext([], { env: { KATA_LANG: 'zh-CN' } });
    const kata = findKata('attention')!;
    const [en, zh] = [kataReadme(kata, katasDir, 'en').hints, kataReadme(kata, katasDir, 'zh-CN').hints];
    for (const [i, h] of zh.entries()) {
      const chinese = await run(['hint', 'attention']);
      const english = await run(['hint', 'attention', String(h.level), '--lang', 'en']);
      expect(chinese).toContain(`attention · 提示 ${h.level}/${zh.length} — ${h.label}\n\n${mathText(h.text)}\n`);
      expect(chinese).toContain(
        i + 1 < zh.length
          ? `下一条：npx kata hint attention（提示 ${h.level + 1}，${zh[i + 1].label}）`
          : `这是最后一条提示；题目通过之后，接下来是 ${path.join(t.target, '13-attention', 'README.zh-CN.md')} 里的追问`,
      );
      const zhTexts = [mathText(h.text), ...zh.map((x) => x.label)];
      expect(englishLeft(chinese, zhTexts)).toEqual([]);
      expect(factsOf(chinese.replaceAll('README.zh-CN.md', 'README.md'), zhTexts)).toEqual(
        factsOf(english, [mathText(en[i].text), ...en.map((x) => x.label)]),
      );
    }
    expect(progress().katas.attention.hintsUsed).toBe(zh.length);
  });

  it('says why a hint is refused, and names an unknown kata', async () => {
    t = testContext([], { env: { KATA_LANG: 'zh-CN' } });
    expect(await runKata(['hint', 'matmul', '3'], t.ctx)).toBe(2);
    expect(await runKata(['hint', 'matmul', '9'], t.ctx)).toBe(2);
    expect(await runKata(['hint', 'nope'], t.ctx)).toBe(2);
    expect(await runKata(['hint'], t.ctx)).toBe(2);
    const lines = t.output().split('\n');
    const slugs = catalog.map((k) => k.slug).join(', ');
    for (const line of [
      'kata: 提示要按顺序看：你已经看过 0 条，下一条是第 1 条',
      'kata: 提示的级别应为 1 到 3，收到的是 "9"',
      `kata: 没有叫 "nope" 的题；现有的题是：${slugs}`,
      `kata: kata hint 需要指定一道题：${slugs}`,
    ]) {
      expect(lines).toContain(line);
      expect(englishLeft(line)).toEqual([]);
    }
  });

  it('reset: the same files, in Chinese', async () => {
    t = testContext([], { env: { KATA_LANG: 'zh-CN' } });
    const file = path.join(t.target, '00-matmul', 'matmul.ts');
    await runKata(['list'], t.ctx);
    fs.writeFileSync(file, 'export const mine = 42;\n');
    const backup = path.join(t.stateDir, 'backups', '00-matmul', 'matmul.2026-11-29T09-00-00-000Z.ts');
    expect(await run(['reset', 'matmul'])).toBe(
      `你的版本已另存为 ${backup}\n${file} 已恢复为桩代码（用过的提示和花费的时间都保留）\n`,
    );
    expect(await run(['reset', 'matmul'])).toBe(`${file} 已经是桩代码，无需操作\n`);
  });

  it("reads the learner's language's README, else the English one", () => {
    t = testContext();
    const kata = findKata('matmul')!;
    setLanguage('zh-CN');
    expect(currentReadme(kata, t.target)).toMatchObject({ lang: 'zh-CN', name: 'README.zh-CN.md' });
    expect(currentReadme(kata, t.target).readme).toEqual(kataReadme(kata, t.target, 'zh-CN'));
    fs.rmSync(path.join(t.target, '00-matmul', 'README.zh-CN.md'));
    expect(currentReadme(kata, t.target)).toMatchObject({ lang: 'en', name: 'README.md' });
    expect(currentReadme(kata, t.target).readme).toEqual(kataReadme(kata, t.target, 'en'));
    setLanguage('en');
    expect(currentReadme(kata, katasDir).name).toBe('README.md');
  });
});

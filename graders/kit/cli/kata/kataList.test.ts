import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { catalog, tracks } from '../../../catalog';
import { graderDir, katasDir, solutionsDir } from '../../paths';
import { columns } from '../../reporters/columns';
import { readKataTranslation } from '../../reporters/kataWords';
import { mathText } from '../../reporters/mathText';
import { englishLeft, factsOf } from './englishLeft';
import { kataReadme } from './kataReadme';
import { recordPassed } from './recordPassed';
import { runKata } from './runKata';
import { type TestContext, testContext } from './testContext';

let t: TestContext;
afterEach(() => t.cleanup());
/** What one command printed. */
async function run(args: string[]): Promise<string> {
  const from = t.output().length;
  await runKata(args, t.ctx);
  return t.output().slice(from);
}

describe('kata list, next and test', () => {
  it('a fresh clone lists every kata not started, by track, with bars', async () => {
    t = testContext();
    expect(await runKata(['list'], t.ctx)).toBe(0);
    const out = t.output();
    for (const k of catalog) expect(out).toMatch(new RegExp(`${k.number} ${k.slug}\\s+not started\\s+hints 0/3 · –`));
    for (const [track, name] of Object.entries(tracks)) {
      const count = catalog.filter((k) => k.track === Number(track)).length;
      if (count)
        expect(out).toMatch(new RegExp(`Track ${track} · ${name}\\s+\\[-{20}\\] 0/${count} passed · 0/\\d+ points`));
    }
    expect(out).toContain(`0/${catalog.length} passed`);
    expect(fs.existsSync(path.join(t.stateDir, 'progress.json'))).toBe(true);
  });

  it('a solved kata reads passed, time between grades counts, and next moves on', async () => {
    t = testContext();
    await runKata(['test', 'matmul'], t.ctx);
    fs.copyFileSync(path.join(solutionsDir, '00-matmul', 'matmul.ts'), path.join(t.target, '00-matmul', 'matmul.ts'));
    t.advance(5 * 60_000);
    expect(await runKata(['test', 'matmul'], t.ctx)).toBe(0);
    expect(t.output()).toMatch(/00 matmul\s+passed\s+(\d+)\/\1 points/);
    await runKata(['list'], t.ctx);
    expect(t.output()).toMatch(/00 matmul\s+passed\s+hints 0\/3 · 5 min/);
    const warmUp = catalog.filter((k) => k.track === 0).length;
    expect(t.output()).toMatch(
      new RegExp(`Track 0 · warm-up\\s+\\[[#-]{20}\\] 1/${warmUp} passed · (\\d+)/\\1 points`),
    );
    await runKata(['next'], t.ctx);
    const next = catalog[1];
    expect(t.output()).toContain(`${next.number} · ${next.title}`);
  });

  it('time belongs to the kata whose file changed between two grades, not to every kata graded', async () => {
    t = testContext();
    await runKata(['test'], t.ctx);
    fs.copyFileSync(path.join(solutionsDir, '00-matmul', 'matmul.ts'), path.join(t.target, '00-matmul', 'matmul.ts'));
    t.advance(5 * 60_000);
    await runKata(['test'], t.ctx); // every kata graded again; only matmul was worked on
    t.advance(60_000);
    await runKata(['test'], t.ctx); // nothing changed: a minute of reading is not charged to any kata
    const katas = JSON.parse(fs.readFileSync(path.join(t.stateDir, 'progress.json'), 'utf8')).katas;
    for (const k of catalog) expect(katas[k.slug].timeSpentMs, k.slug).toBe(k.slug === 'matmul' ? 5 * 60_000 : 0);
  });

  it('a file edited outside kata is re-graded by list', async () => {
    t = testContext();
    await runKata(['list'], t.ctx);
    fs.writeFileSync(path.join(t.target, '13-attention', 'attention.ts'), 'export const nothing = 1;\n');
    await runKata(['list'], t.ctx);
    expect(t.output()).toMatch(/13 attention\s+failing 0 of \d+ points/);
  });

  it('a corrupt or foreign progress file is rebuilt by grading, not a crash', async () => {
    t = testContext();
    for (const junk of [
      '{"version":1,"katas":',
      '[]',
      '{"version":1,"katas":{"matmul":{"points":"ten"}},"interviews":[]}',
    ]) {
      fs.mkdirSync(t.stateDir, { recursive: true });
      fs.writeFileSync(path.join(t.stateDir, 'progress.json'), junk);
      expect(await runKata(['list'], t.ctx)).toBe(0);
      expect(t.output()).toMatch(/no saved progress: graded every kata to rebuild it/);
      expect(JSON.parse(fs.readFileSync(path.join(t.stateDir, 'progress.json'), 'utf8')).version).toBe(1);
    }
  });

  it('test exits 1 for a failing kata and 2 for an unknown one, with no stack trace', async () => {
    t = testContext();
    fs.writeFileSync(path.join(t.target, '00-matmul', 'matmul.ts'), 'export function matmul() { return [[1]]; }\n');
    expect(await runKata(['test', '00'], t.ctx)).toBe(1);
    expect(await runKata(['test', 'softmax-everything'], t.ctx)).toBe(2);
    expect(t.output()).toMatch(/unknown kata "softmax-everything"/);
    expect(t.output()).not.toMatch(/\n\s+at /);
  });
});

describe('kata list, next and test in Chinese', () => {
  it('list: the same rows, bars and numbers as in English, in Chinese words, the bars in one column', async () => {
    t = testContext();
    await runKata(['hint', 'matmul'], t.ctx);
    const english = await run(['list']);
    const chinese = await run(['list', '--lang', 'zh-CN']);
    const warmUp = catalog.filter((k) => k.track === 0).length;
    expect(chinese).toMatch(new RegExp(`第 0 部分 · 热身 +\\[-{20}\\] 0/${warmUp} 道通过 · 0/\\d+ 分`));
    expect(chinese).toMatch(/00 matmul +未开始 {2}提示 1\/3 · –/);
    expect(chinese).toMatch(new RegExp(`总计 +\\[-{20}\\] 0/${catalog.length} 道通过`));
    expect(chinese).toContain('已用提示 1 条 · 用时 – · 模拟面试 0 次');
    expect(englishLeft(chinese)).toEqual([]);
    expect(factsOf(chinese)).toEqual(factsOf(english));
    const barColumns = (out: string) =>
      new Set(
        out
          .split('\n')
          .filter((l) => l.includes('['))
          .map((l) => columns(l.slice(0, l.indexOf('[')))),
      );
    expect(barColumns(chinese)).toEqual(barColumns(english));
    expect(barColumns(english).size).toBe(1);
  });

  it('next: the question of README.zh-CN.md, that path to read, the commands in one column', async () => {
    t = testContext([], { env: { KATA_LANG: 'zh-CN' } });
    const kata = catalog[0];
    const chinese = await run(['next']);
    const english = await run(['next', '--lang', 'en']);
    const question = (lang: 'en' | 'zh-CN') =>
      mathText(kataReadme(kata, katasDir, lang).question)
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n');
    const title = readKataTranslation(graderDir(kata), 'zh-CN')!.title;
    expect(chinese).toContain(`${kata.number} · ${title}（${kata.slug}）— 未开始`);
    expect(chinese).toContain(question('zh-CN'));
    expect(chinese).toContain(path.join(t.target, '00-matmul', 'README.zh-CN.md'));
    expect(chinese).toContain('（已用 0/3 条提示）');
    expect(englishLeft(chinese, [question('zh-CN')])).toEqual([]);
    expect(factsOf(chinese.replaceAll('README.zh-CN.md', 'README.md'), [question('zh-CN')])).toEqual(
      factsOf(english, [question('en')]),
    );
    const commandColumns = (out: string) =>
      out
        .trimEnd()
        .split('\n')
        .slice(-4)
        .map((l) => columns(l.slice(0, l.search(/\/|npx /))));
    expect(new Set(commandColumns(chinese)).size).toBe(1);
    expect(new Set(commandColumns(english)).size).toBe(1);
  });

  it('next and interview, once every kata passes, say so', async () => {
    t = testContext([], { target: solutionsDir, env: { KATA_LANG: 'zh-CN' } });
    // Every kata on record as passed for the solution it reads: nothing is graded again.
    recordPassed(t.ctx, catalog);
    expect(await runKata(['next'], t.ctx)).toBe(0);
    expect(t.output()).toContain(
      `所有题目都已通过（${catalog.length}/${catalog.length}）。来一场模拟面试吧：npx kata interview`,
    );
    expect(await runKata(['interview', '--track', '0'], t.ctx)).toBe(0);
    expect(t.output()).toContain('第 0 部分的题目你都已通过。挑一道重做：npx kata interview --kata <kata>');
    expect(await runKata(['interview'], t.ctx)).toBe(0);
    expect(t.output()).toContain('你已经通过了所有题目。挑一道重做：npx kata interview --kata <kata>');
    expect(englishLeft(t.output())).toEqual([]);
  });

  it('test: its own line in Chinese', async () => {
    t = testContext([], { env: { KATA_LANG: 'zh-CN' } });
    const missing = path.join(t.dir, 'no-such-folder');
    t = { ...t, ctx: { ...t.ctx, target: missing } };
    expect(await runKata(['test'], t.ctx)).toBe(2);
    expect(t.output()).toBe(`KATA_TARGET 指向的文件夹 ${missing} 不存在\n`);
  });
});

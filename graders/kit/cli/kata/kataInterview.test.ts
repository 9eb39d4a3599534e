import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { catalog, findKata } from '../../../catalog';
import { graderDir, katasDir, solutionsDir } from '../../paths';
import { readKataTranslation } from '../../reporters/kataWords';
import { mathText } from '../../reporters/mathText';
import { englishLeft, factsOf } from './englishLeft';
import { kataReadme } from './kataReadme';
import { recordPassed } from './recordPassed';
import { runKata } from './runKata';
import { type TestContext, testContext } from './testContext';

let t: TestContext;
afterEach(() => t.cleanup());
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('kata interview', () => {
  it('asks the question, counts down on the clock, grades on demand and at time up, then the follow-ups; records the session', async () => {
    const script = async function* (): AsyncGenerator<string> {
      yield 'time';
      yield 'hint';
      yield 'grade';
      fs.copyFileSync(path.join(solutionsDir, '00-matmul', 'matmul.ts'), path.join(t.target, '00-matmul', 'matmul.ts'));
      yield 'g';
      await tick();
      t.advance(30_000);
      await tick();
      t.advance(30_000); // time is up while the learner has typed nothing
      for (;;) yield 'my answer';
    };
    t = testContext([], { lines: () => script() });
    expect(await runKata(['interview', '--minutes', '1', '--track', '0'], t.ctx)).toBe(0);
    const out = t.output();
    const readme = kataReadme(findKata('matmul')!);
    expect(out).toContain('Mock interview · 1 min · 00 Matrix multiply and its gradient');
    expect(out).toContain('Interviewer: No NumPy: write matrix multiplication');
    expect(out).toMatch(/1 min left\n/);
    expect(out).toContain(mathText(readme.hints[0].text));
    expect(out).toMatch(/00 matmul: not started[\s\S]*00 matmul: passed, 10\/10 points/);
    expect(out).toMatch(/\[30 s left\][\s\S]*Time's up\. Final grade:/);
    for (const [i, f] of readme.followUps.entries()) {
      expect(out).toContain(`Interviewer (${i + 1}/${readme.followUps.length}): ${mathText(f.question)}`);
      expect(out).toContain(mathText(f.answer));
    }
    expect(out).toMatch(/Session recorded: matmul, 10\/10 points in 1 min of 1 min, 1 hint\./);
    const progress = JSON.parse(fs.readFileSync(path.join(t.stateDir, 'progress.json'), 'utf8'));
    expect(progress.interviews).toEqual([
      expect.objectContaining({
        slug: 'matmul',
        minutes: 1,
        elapsedMs: 60_000,
        hintsUsed: 1,
        points: 10,
        maxPoints: 10,
        status: 'passed',
      }),
    ]);
    expect(progress.katas.matmul).toMatchObject({ status: 'passed', hintsUsed: 1 });
  });

  it.each(['q', ' QUIT '])(
    'ends the follow-ups when the learner types %j, without taking it for an answer',
    async (quit) => {
      t = testContext(['done', 'my answer', quit, 'never read']);
      expect(await runKata(['interview', '--kata', 'matmul'], t.ctx)).toBe(0);
      const out = t.output();
      const readme = kataReadme(findKata('matmul')!);
      expect(out).toContain(`Interviewer (1/${readme.followUps.length}): ${readme.followUps[0].question}`);
      expect(out).toContain(`Interviewer (2/${readme.followUps.length}): ${readme.followUps[1].question}`);
      expect(out).not.toContain('Interviewer (3/');
      expect(out).toMatch(
        /Follow-ups stopped at question 2 of 5\. All of them, with their model answers, are in katas\/00-matmul\/README\.md\.\n\nSession recorded: matmul/,
      );
      const progress = JSON.parse(fs.readFileSync(path.join(t.stateDir, 'progress.json'), 'utf8'));
      expect(progress.interviews).toHaveLength(1);
    },
  );

  it('ends when the learner says done, and when input ends; only picks katas not passed', async () => {
    t = testContext(['done']);
    // Track 3 with every kata but its last on record as passed: the interview has one kata left to pick.
    const track = catalog.filter((k) => k.track === 3);
    const left = track[track.length - 1];
    recordPassed(t.ctx, track.slice(0, -1));
    await runKata(['interview', '--track', '3'], t.ctx);
    const out = t.output();
    expect(out).toContain(`Mock interview · 45 min · ${left.number} ${left.title}\n`);
    expect(out.indexOf('Final grade:')).toBeGreaterThan(out.indexOf('Mock interview'));
    expect(out.indexOf('Follow-up questions')).toBeGreaterThan(out.indexOf('Final grade:'));
    const folder = `${left.number}-${left.slug}`;
    fs.copyFileSync(path.join(solutionsDir, folder, `${left.slug}.ts`), path.join(t.target, folder, `${left.slug}.ts`));
    expect(await runKata(['interview', '--track', '3'], t.ctx)).toBe(0);
    expect(t.output()).toMatch(/You have passed every kata in track 3/);
    expect(await runKata(['interview', '--minutes', '0'], t.ctx)).toBe(2);
  });
});

describe('kata interview in Chinese', () => {
  /** One interview on matmul, typed as the English test types it, then three follow-ups and q. */
  async function interview(lang: 'en' | 'zh-CN'): Promise<string> {
    const script = async function* (): AsyncGenerator<string> {
      yield 'time';
      yield 'hint';
      yield 'what now?';
      await tick();
      t.advance(30_000);
      await tick();
      t.advance(30_000);
      yield* ['我的回答', '', 'my answer', 'q', 'never read'];
    };
    t = testContext([], { lines: () => script(), env: { KATA_LANG: lang } });
    expect(await runKata(['interview', '--kata', 'matmul', '--minutes', '1'], t.ctx)).toBe(0);
    // The same for both runs: their folders, and how long grading took.
    const out = t
      .output()
      .split(t.dir)
      .join('<dir>')
      .replace(/\d+ ms\b/g, '… ms');
    t.cleanup();
    return out;
  }

  it("asks README.zh-CN.md's question, hint and follow-ups with their model answers; takes the English commands", async () => {
    const kata = findKata('matmul')!;
    const chinese = await interview('zh-CN');
    const english = await interview('en');
    const readme = (lang: 'en' | 'zh-CN') => kataReadme(kata, katasDir, lang);
    const zh = readme('zh-CN');
    const title = readKataTranslation(graderDir(kata), 'zh-CN')!.title;
    expect(chinese).toContain(`模拟面试 · 1 分钟 · 00 ${title}`);
    expect(chinese).toContain(`面试官：${mathText(zh.question.replace(/^“|”$/g, ''))}\n`);
    expect(chinese).not.toContain('面试官：“');
    expect(chinese).toMatch(/\n还剩 1 分钟\n/);
    expect(chinese).toContain(`面试官（提示 1 — ${zh.hints[0].label}）：\n${mathText(zh.hints[0].text)}`);
    // The commands as they are typed, in English, shown again after a line that is none of them.
    const commands = chinese.split('\n').filter((l) => l.startsWith('输入  '));
    expect(commands).toHaveLength(2);
    for (const c of ['grade (g)', 'hint (h)', 'time (t)', 'done (d)', 'quit (q)']) expect(commands[0]).toContain(c);
    expect(chinese).toMatch(/\[还剩 30 秒\][\s\S]*时间到。最终评分：\n── \d\d:\d\d:\d\d 00 matmul：未开始，0\/10 分/);
    expect(chinese).toContain(`追问（共 ${zh.followUps.length} 个）。`);
    for (const [i, f] of zh.followUps.slice(0, 3).entries()) {
      expect(chinese).toContain(`面试官（${i + 1}/${zh.followUps.length}）：${mathText(f.question)}`);
      if (i < 2) expect(chinese).toContain(`参考答案：\n${mathText(f.answer)}`);
    }
    expect(chinese).not.toContain(mathText(zh.followUps[2].answer));
    expect(chinese).toContain(
      `追问在第 3 个（共 ${zh.followUps.length} 个）结束。全部追问及参考答案都在 katas/00-matmul/README.zh-CN.md 里。`,
    );
    expect(chinese).toMatch(/本次面试已记录：matmul，0\/10 分，用时 1 分钟（共 1 分钟），用了 1 条提示。/);
    // The README's texts are its own (tested above); every other line is Chinese, with English's numbers.
    const texts = (r: ReturnType<typeof readme>) => [
      mathText(r.question.replace(/^["“]|["”]$/g, '')),
      mathText(r.hints[0].text),
      r.hints[0].label,
      ...r.followUps.flatMap((f) => [mathText(f.question), mathText(f.answer)]),
    ];
    expect(englishLeft(chinese, texts(zh))).toEqual([]);
    expect(factsOf(chinese.replaceAll('README.zh-CN.md', 'README.md'), [...texts(zh), title])).toEqual(
      factsOf(english, [...texts(readme('en')), kata.title]),
    );
  });

  it('says why --minutes and --track are refused', async () => {
    t = testContext([], { env: { KATA_LANG: 'zh-CN' } });
    expect(await runKata(['interview', '--minutes', '0'], t.ctx)).toBe(2);
    expect(await runKata(['interview', '--track', '9'], t.ctx)).toBe(2);
    const lines = t.output().split('\n');
    expect(lines).toContain('kata: --minutes 必须是正数，收到的是 "0"');
    expect(lines).toContain(`kata: --track 必须是 ${[...new Set(catalog.map((k) => k.track))].join(', ')} 之一`);
  });
});

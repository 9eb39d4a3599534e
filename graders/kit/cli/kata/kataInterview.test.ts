import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findKata } from '../../../catalog';
import { solutionsDir } from '../../paths';
import { mathText } from '../../reporters/mathText';
import { kataReadme } from './kataReadme';
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
    await runKata(['interview', '--track', '3'], t.ctx);
    expect(t.output()).toMatch(
      /Mock interview · 45 min · 21 Ring all-reduce[\s\S]*Final grade:[\s\S]*Follow-up questions/,
    );
    fs.copyFileSync(
      path.join(solutionsDir, '21-ring-allreduce', 'ring-allreduce.ts'),
      path.join(t.target, '21-ring-allreduce', 'ring-allreduce.ts'),
    );
    expect(await runKata(['interview', '--track', '3'], t.ctx)).toBe(0);
    expect(t.output()).toMatch(/You have passed every kata in track 3/);
    expect(await runKata(['interview', '--minutes', '0'], t.ctx)).toBe(2);
  });
});

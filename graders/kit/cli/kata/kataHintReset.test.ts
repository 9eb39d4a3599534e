import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findKata } from '../../../catalog';
import { pristineSource } from '../../proof/pristineSource';
import { mathText } from '../../reporters/mathText';
import { isStub } from '../../state/isStub';
import { kataReadme } from './kataReadme';
import { runKata } from './runKata';
import { type TestContext, testContext } from './testContext';

let t: TestContext;
afterEach(() => t.cleanup());
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

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { catalog, tracks } from '../../../catalog';
import { solutionsDir } from '../../paths';
import { runKata } from './runKata';
import { type TestContext, testContext } from './testContext';

let t: TestContext;
afterEach(() => t.cleanup());

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

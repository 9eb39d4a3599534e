import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findKata } from '../../../catalog';
import { solutionsDir } from '../../paths';
import { variantSource } from '../../proof/materializeVariants';
import type { KataResult, PropertyResult } from '../../results/results';
import { kataWatch } from './kataWatch';
import { propertyChanges } from './propertyChanges';
import { type TestContext, testContext } from './testContext';

let t: TestContext;
afterEach(() => t.cleanup());

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

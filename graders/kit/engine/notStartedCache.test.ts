import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalog } from '../../catalog';
import { solutionsDir } from '../paths';
import { copyPristineKatas } from '../proof/copyPristineKatas';
import { gradeKatas } from './gradeKatas';
import { cachedNotStarted, notStartedKey, rememberNotStarted } from './notStartedCache';
import type { WorkerOutcome } from './runKataWorker';

// The run-long cache of untouched stubs' verdicts (notStartedCache.ts): the
// same stub in any folder grades from it, anything written is graded.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-not-started-test-'));
const cache = path.join(dir, 'cache');
const saved = process.env.KATA_NOT_STARTED_CACHE;
process.env.KATA_NOT_STARTED_CACHE = cache;
afterAll(() => {
  process.env.KATA_NOT_STARTED_CACHE = saved;
  fs.rmSync(dir, { recursive: true, force: true });
});

const kata = catalog[0];
const folder = (name: string): string => {
  const target = path.join(dir, name);
  copyPristineKatas(target);
  return target;
};
const entries = (): number => (fs.existsSync(cache) ? fs.readdirSync(cache).length : 0);

describe('the not-started cache', () => {
  it('grades a stub once: the same stub in another folder reads the kept verdict, identical', async () => {
    const first = await gradeKatas({ target: folder('a'), katas: [kata], seed: 1 });
    expect(first.katas[0].status).toBe('not-started');
    expect(entries()).toBe(1);
    const again = await gradeKatas({ target: folder('b'), katas: [kata], seed: 1 });
    expect(entries()).toBe(1);
    const { durationMs: _a, file: fa, ...one } = first.katas[0];
    const { durationMs: _b, file: fb, ...two } = again.katas[0];
    expect(two).toEqual(one);
    expect(fb).not.toBe(fa);
  });

  it('keeps nothing for code that is written, and keys by the options too', async () => {
    const before = entries();
    const solved = await gradeKatas({ target: solutionsDir, katas: [kata], seed: 1 });
    expect(solved.katas[0].status).toBe('passed');
    expect(entries()).toBe(before);
    await gradeKatas({ target: folder('c'), katas: [kata], seed: 2 });
    expect(entries()).toBe(before + 1);
  });

  it('keeps a whole outcome only when asked, with its numbers as they were (NaN, Infinity)', () => {
    const outcome = {
      plan: [{ id: 'p', name: 'p', points: 1 }],
      misconceptions: {},
      results: [
        { id: 'p', name: 'p', points: 1, earned: 0, status: 'fail', durationMs: 1, relError: Infinity, got: NaN },
      ],
      output: '',
    } as unknown as WorkerOutcome;
    rememberNotStarted('failing', outcome);
    expect(cachedNotStarted('failing')).toBeUndefined();
    rememberNotStarted('failing', outcome, { whole: true });
    expect(cachedNotStarted('failing')).toEqual(outcome);
    rememberNotStarted('timed-out', { ...outcome, running: 'p' }, { whole: true });
    expect(cachedNotStarted('timed-out')).toBeUndefined();
  });

  it('is off unless KATA_NOT_STARTED_CACHE names a folder', () => {
    process.env.KATA_NOT_STARTED_CACHE = '';
    expect(notStartedKey(__filename, __filename, {})).toBeUndefined();
    process.env.KATA_NOT_STARTED_CACHE = cache;
  });
});

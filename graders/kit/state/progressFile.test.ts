import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateDir } from '../paths';
import { progressFile } from './progressFile';

describe('progressFile', () => {
  it('is .kata/progress.json for katas/, another file for any other target', () => {
    expect(progressFile({})).toBe(path.join(stateDir, 'progress.json'));
    expect(progressFile({ KATA_TARGET: 'katas' })).toBe(path.join(stateDir, 'progress.json'));
    expect(progressFile({ KATA_TARGET: 'solutions' })).toMatch(/progress-[0-9a-f]{10}\.json$/);
    expect(progressFile({ KATA_TARGET: 'solutions', KATA_STATE_DIR: '/tmp/s' })).toMatch(/^\/tmp\/s\/progress-/);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../catalog';
import { gradeKatas } from '../engine/gradeKatas';
import { DEFAULT_SEED } from '../engine/propertySeed';
import type { KataResult } from '../results/results';
import { pristineTarget } from './pristineTarget';

// The other half of the proof (proof.test.ts): every kata's untouched stub
// reads "not started". The stub is the one target that depends on where the
// repository stands: katas/ while a kata is still a stub, else git history or
// the copy kept at clone time (pristineSource.ts), so a learner's branch runs
// this again (.ci/learner-branch). One grading of the whole catalogue, on
// every core; `-t <slug>` still names one kata.

const graded = new Map<string, KataResult>();

beforeAll(async () => {
  let target = '';
  for (const kata of catalog) target = pristineTarget(kata);
  const run = await gradeKatas({ target, katas: catalog, seed: DEFAULT_SEED });
  for (const k of run.katas) graded.set(k.slug, k);
});

describe.each(catalog.map((k) => [k.slug] as const))('%s', (slug) => {
  it('the untouched stub reads not started', () => {
    expect(graded.get(slug)?.status).toBe('not-started');
  });
});

import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog, type KataEntry } from '../../catalog';
import { gradeKatas } from '../engine/gradeKatas';
import { DEFAULT_SEED } from '../engine/propertySeed';
import type { KataResult } from '../results/results';
import { kataFolder, katasDir, solutionsDir, variantsDir } from '../paths';
import type { Variant } from '../toolkit/defineVariants';

// The proof of every grader (CONTRIBUTING.md): each solution passes with
// full points, each untouched stub reads "not started", each known-wrong
// variant fails naming its mistake, each alternative solution passes.
// Each kata grades its targets in its own beforeAll, so `-t <slug>` grades one kata.

async function gradeTargets(kata: KataEntry, targets: readonly string[]): Promise<KataResult[]> {
  const results: KataResult[] = new Array(targets.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < targets.length) {
      const i = next++;
      results[i] = (
        await gradeKatas({ target: targets[i], katas: [kata], seed: DEFAULT_SEED, concurrency: 1 })
      ).katas[0];
    }
  };
  await Promise.all(Array.from({ length: os.availableParallelism() }, lane));
  return results;
}

const messages = (k: KataResult): string => [k.message ?? '', ...k.properties.map((p) => p.message ?? '')].join('\n');

describe.each(catalog.map((k) => [k.slug, k] as const))('%s', (_slug, kata) => {
  let variants: readonly Variant[] = [];
  let solution: KataResult;
  let stub: KataResult;
  let graded: KataResult[] = [];

  beforeAll(async () => {
    const manifest = path.join(variantsDir(kata), '..', 'variants.ts');
    variants = await import(/* @vite-ignore */ manifest).then(
      (m) => m.default,
      () => [],
    );
    [solution, stub, ...graded] = await gradeTargets(kata, [
      solutionsDir,
      katasDir,
      ...variants.map((v) => path.join(variantsDir(kata), v.name)),
    ]);
  });

  it('the solution passes with full points', () => {
    expect(solution.status, messages(solution)).toBe('passed');
    expect(solution.points).toBe(solution.maxPoints);
    expect(solution.maxPoints).toBeGreaterThan(0);
  });

  it('the untouched stub reads not started', () => {
    expect(stub.status).toBe('not-started');
  });

  it('every known-wrong variant fails and names its mistake; every alternative passes', () => {
    expect(variants.length, `graders/${kataFolder(kata)}/variants.ts lists no variants`).toBeGreaterThan(0);
    variants.forEach((v, i) => {
      const r = graded[i];
      if ('mistake' in v) {
        expect(r.status, `${v.name} (${v.mistake}) should fail`).not.toBe('passed');
        expect(r.status, `${v.name} should be graded, not read as not started`).not.toBe('not-started');
        expect(messages(r), `${v.name}: the message should name the mistake`).toMatch(v.message);
      } else {
        expect(r.status, `${v.name} (${v.difference}) should pass:\n${messages(r)}`).toBe('passed');
      }
    });
  });
});

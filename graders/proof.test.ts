import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog, type KataEntry } from './catalog';
import { gradeKatas } from './engine/gradeKatas';
import { DEFAULT_SEED } from './engine/propertySeed';
import type { KataResult } from './engine/results';
import { katasDir, kataFolder, solutionsDir, variantsDir } from './paths';
import type { Variant } from './toolkit/defineVariants';

// The proof of every grader (CONTRIBUTING.md): each solution passes with
// full points, each untouched stub reads "not started", each known-wrong
// variant fails naming its mistake, each alternative solution passes.

interface Job {
  readonly kata: KataEntry;
  readonly target: string;
  readonly key: string;
}

const variantsOf = new Map<string, readonly Variant[]>();
const graded = new Map<string, KataResult>();

beforeAll(async () => {
  const jobs: Job[] = [];
  for (const kata of catalog) {
    const variants: readonly Variant[] = await import(`./${kataFolder(kata)}/variants`).then((m) => m.default, () => []);
    variantsOf.set(kata.slug, variants);
    jobs.push({ kata, target: solutionsDir, key: `${kata.slug}:solution` });
    jobs.push({ kata, target: katasDir, key: `${kata.slug}:stub` });
    for (const v of variants) jobs.push({ kata, target: path.join(variantsDir(kata), v.name), key: `${kata.slug}:${v.name}` });
  }
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const r = await gradeKatas({ target: job.target, katas: [job.kata], seed: DEFAULT_SEED, concurrency: 1 });
      graded.set(job.key, r.katas[0]);
    }
  };
  await Promise.all(Array.from({ length: os.availableParallelism() }, lane));
});

const messages = (k: KataResult): string =>
  [k.message ?? '', ...k.properties.map((p) => p.message ?? '')].join('\n');

describe.each(catalog.map((k) => [k.slug, k] as const))('%s', (slug) => {
  it('the solution passes with full points', () => {
    const r = graded.get(`${slug}:solution`)!;
    expect(r.status, messages(r)).toBe('passed');
    expect(r.points).toBe(r.maxPoints);
    expect(r.maxPoints).toBeGreaterThan(0);
  });

  it('the untouched stub reads not started', () => {
    expect(graded.get(`${slug}:stub`)!.status).toBe('not-started');
  });

  it('every known-wrong variant fails and names its mistake; every alternative passes', () => {
    const variants = variantsOf.get(slug)!;
    expect(variants.length, `graders/<NN-${slug}>/variants.ts lists no variants`).toBeGreaterThan(0);
    for (const v of variants) {
      const r = graded.get(`${slug}:${v.name}`)!;
      if ('mistake' in v) {
        expect(r.status, `${v.name} (${v.mistake}) should fail`).not.toBe('passed');
        expect(r.status, `${v.name} should be graded, not crash`).not.toBe('not-started');
        expect(messages(r), `${v.name}: the message should name the mistake`).toMatch(v.message);
      } else {
        expect(r.status, `${v.name} (${v.difference}) should pass:\n${messages(r)}`).toBe('passed');
      }
    }
  });
});

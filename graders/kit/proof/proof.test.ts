import { beforeAll, describe, expect, it } from 'vitest';
import { catalog, type KataEntry } from '../../catalog';
import { solutionsDir } from '../paths';
import { kataMessage, propertyMessage } from '../reporters/propertyMessage';
import type { KataResult } from '../results/results';
import { misconceptionsOf } from '../toolkit/defineGrader';
import { gradeTargets, namedMisconceptions } from './gradeTargets';
import { loadGrader } from './loadGrader';
import { loadVariants, materializeVariants } from './materializeVariants';

// The proof of every grader (CONTRIBUTING.md): each solution passes with full
// points, each known-wrong variant fails naming exactly its own misconception
// and no other, each alternative passes and is told nothing, and every
// misconception a grader can name is proven by a variant. Each kata grades its
// targets in its own beforeAll, so `-t <slug>` proves one kata. Every target
// here is made from solutions/ and graders/ alone, never from a learner's
// katas/ (which stubs.test.ts grades), so a learner's branch need not run it
// again (.ci/learner-branch).

const messages = (k: KataResult): string =>
  [kataMessage(k) ?? '', ...k.properties.map((p) => propertyMessage({ target: 'proof', seed: 0 }, k, p) ?? '')].join(
    '\n',
  );

// A manifest that does not load fails its own kata's proof, not the whole file.
const manifests = new Map(
  await Promise.all(catalog.map(async (k) => [k.slug, await loadVariants(k).catch((e: Error) => e)] as const)),
);

describe.each(catalog.map((k) => [k.slug, k] as const))('%s', (_slug, kata: KataEntry) => {
  const loaded = manifests.get(kata.slug)!;
  const variants = loaded instanceof Error ? { wrong: [], alternatives: [] } : loaded;
  const graded = new Map<string, KataResult>();
  let canName: Record<string, string> = {};

  beforeAll(async () => {
    const { wrong, alternatives } =
      loaded instanceof Error ? { wrong: [], alternatives: [] } : await materializeVariants(kata);
    const targets = [
      ['solution', solutionsDir],
      ...wrong.map((w) => [w.variant.name, w.target]),
      ...alternatives.map((a) => [a.alternative.name, a.target]),
    ] as const;
    const results = await gradeTargets(
      kata,
      targets.map(([, t]) => t),
    );
    for (const [i, [name]] of targets.entries()) graded.set(name, results[i]);
    canName = misconceptionsOf(await loadGrader(kata));
  });

  it('variants.ts loads', () => {
    if (loaded instanceof Error) throw loaded;
  });

  it('the solution passes with full points', () => {
    const s = graded.get('solution')!;
    expect(s.status, messages(s)).toBe('passed');
    expect(s.points).toBe(s.maxPoints);
    expect(s.maxPoints).toBeGreaterThan(0);
  });

  it.each(variants.wrong.map((v) => [v.name, v] as const))(
    'wrong variant %s names exactly its own mistake',
    (name, v) => {
      const r = graded.get(name)!;
      expect(r.status, `${name} (${v.mistake}) should fail`).not.toBe('passed');
      expect(r.status, `${name} should be graded, not read as not started`).not.toBe('not-started');
      expect(
        namedMisconceptions(r),
        `${name}: the diagnosis should be ${v.misconception.id} alone\n${messages(r)}`,
      ).toEqual([v.misconception.id]);
    },
  );

  it.each(variants.alternatives.map((a) => [a.name, a] as const))('alternative %s passes', (name, a) => {
    const r = graded.get(name)!;
    expect(r.status, `${name} (${a.difference}) should pass:\n${messages(r)}`).toBe('passed');
    expect(namedMisconceptions(r)).toEqual([]);
  });

  it('every misconception the grader can name is proven by a wrong variant', () => {
    const proven = new Set(variants.wrong.map((v) => v.misconception.id));
    expect(Object.keys(canName).filter((id) => !proven.has(id))).toEqual([]);
    expect(
      [...proven].filter((id) => !(id in canName)),
      'variants that name a misconception no property diagnoses',
    ).toEqual([]);
  });
});

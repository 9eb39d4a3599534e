import fc from 'fast-check';
import type * as Kata from '../../katas/09-dropout/dropout';
import { seededRng } from '../../katas/lib/rng';
import { boundedFloat, dim, tensor } from '../kit/toolkit';
import type { Case, Matrix } from './oracle';

export type K = typeof Kata;

/** p at the edges and in between, and anywhere in [0, 1]. */
const anyP: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, 0.1, 0.25, 0.5, 0.75, 0.9, 1),
  boundedFloat({ min: 0, max: 1 }),
);

const uniform = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

/**
 * One number rng() returns: mostly uniform, sometimes exactly p or 0, where
 * "kept iff u ≥ p" and "kept iff u > p" part (a tie has probability 0 on a
 * genuine stream, so it is drawn on purpose). Never 1: rng() is in [0, 1).
 */
const draw = (p: number): fc.Arbitrary<number> =>
  fc.oneof({ arbitrary: uniform, weight: 4 }, { arbitrary: fc.constantFrom(p < 1 ? p : 0, 0), weight: 1 });

/** x [N, D] (N 1–4, D 1–6), p, the draws, a seed for whatever rng() is asked for beyond them, dout [N, D]. */
export function dropoutCase(p: fc.Arbitrary<number> = anyP): fc.Arbitrary<Case> {
  return fc.tuple(dim({ max: 4 }), dim(), p).chain(([N, D, pp]) =>
    fc.record({
      x: tensor([N, D]) as fc.Arbitrary<Matrix>,
      p: fc.constant(pp),
      us: fc.array(fc.array(draw(pp), { minLength: D, maxLength: D }), { minLength: N, maxLength: N }),
      seed: fc.integer(),
      dout: tensor([N, D], { min: -3, max: 3 }) as fc.Arbitrary<Matrix>,
    }),
  );
}

export const cases = dropoutCase();
export const pZeroCases = dropoutCase(fc.constant(0));
export const pOneCases = dropoutCase(fc.constant(1));

/** mulberry32 adds this to its state at every call (katas/lib/rng.ts): seeding with seed + k·STEP skips k numbers. */
const STEP = 0x6d2b79f5;

/**
 * Large x with a genuine uniform stream behind rng (mulberry32, seeded):
 * N, D in 40–64, p in [0.2, 0.8]. One stream, in three stretches that never
 * overlap: the N·D draws of the mask, then x uniform in [0.5, 2] (positive,
 * so a unit is kept exactly where out ≠ 0, and mean(x) ≈ 1.25 is far from
 * 0), then dout. x from a seed of its own would not do: fast-check often
 * draws two equal integers, and x equal to the draws would make the kept
 * units the large ones.
 */
export const streamCases: fc.Arbitrary<Case> = fc
  .record({
    N: fc.integer({ min: 40, max: 64 }),
    D: fc.integer({ min: 40, max: 64 }),
    p: boundedFloat({ min: 0.2, max: 0.8 }),
    seed: fc.integer(),
  })
  .map(({ N, D, p, seed }) => {
    const u = seededRng(seed);
    const matrix = (f: () => number): Matrix => Array.from({ length: N }, () => Array.from({ length: D }, f));
    const us = matrix(u);
    const x = matrix(() => 0.5 + 1.5 * u());
    const dout = matrix(() => 2 * u() - 1);
    // Exact below 2⁵³; seededRng reads it modulo 2³²: rng() goes on with the same stream.
    return { us, x, dout, p, seed: seed + 3 * N * D * STEP };
  });

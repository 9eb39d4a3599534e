import fc from 'fast-check';
import type * as Kata from '../../katas/05-weight-init/weight-init';
import { dim } from '../kit/toolkit';
import { type Case, sizeOf } from './oracle';

export type K = typeof Kata;

/** A dense weight [out, in], each 1–8. */
export const denseShape: fc.Arbitrary<number[]> = fc.tuple(dim({ max: 8 }), dim({ max: 8 }));

/** A conv weight [Cout, Cin, kH, kW]: channels 1–5, kernels 1–5 (square or not). */
export const convShape: fc.Arbitrary<number[]> = fc.tuple(
  dim({ max: 5 }),
  dim({ max: 5 }),
  dim({ max: 5 }),
  dim({ max: 5 }),
);

/** Small shapes for exact values: dense dims 1–6, conv channels 1–4 and kernels 1–3. */
const smallShape: fc.Arbitrary<number[]> = fc.oneof(
  fc.tuple(dim(), dim()),
  fc.tuple(dim({ max: 4 }), dim({ max: 4 }), dim({ max: 3 }), dim({ max: 3 })),
);

const uniform = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
/** The largest double below 1: rng() may return it, and w = −a + 2a·u must still be below a. */
const BELOW_ONE = 1 - 2 ** -53;
const draw: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: uniform, weight: 4 },
  { arbitrary: fc.constantFrom(0, BELOW_ONE, 0.5), weight: 1 },
);

/**
 * A shape and the numbers rng() returns: 2·n scripted draws (a uniform
 * initialiser reads the first n, the stub's Box–Muller all 2n), one of the
 * first n exactly 0 (where w = −a), then seededRng(seed).
 */
export const drawCases: fc.Arbitrary<Case> = smallShape.chain((shape) => {
  const n = sizeOf(shape);
  return fc
    .record({
      us: fc.array(draw, { minLength: 2 * n, maxLength: 2 * n }),
      zeroAt: fc.integer({ min: 0, max: n - 1 }),
      seed: fc.integer(),
    })
    .map(({ us, zeroAt, seed }) => ({ shape, us: us.map((u, k) => (k === zeroAt ? 0 : u)), seed }));
});

/** Fewest weights a statistical case has: the bands of expectStreamStatistics.ts are derived for n ≥ MIN_SIZE. */
export const MIN_SIZE = 4096;

/**
 * A large shape with fans at least 4 apart (so that fanIn for fanOut, or
 * fanIn alone for fanIn + fanOut, changes the variance by a factor the
 * bands see: expectStreamStatistics.ts) and n ≥ MIN_SIZE weights, dense or
 * conv with a kernel of 4–9 taps; behind rng a genuine seeded stream.
 */
export const streamCases: fc.Arbitrary<Case> = fc
  .record({
    conv: fc.boolean(),
    kH: fc.integer({ min: 2, max: 3 }),
    kW: fc.integer({ min: 2, max: 3 }),
    ratio: fc.integer({ min: 4, max: 6 }),
    extra: fc.integer({ min: 0, max: 3 }),
    wide: fc.boolean(),
    seed: fc.integer(),
  })
  .map(({ conv, kH, kW, ratio, extra, wide, seed }) => {
    const taps = conv ? kH * kW : 1;
    const small = Math.ceil(Math.sqrt(MIN_SIZE / (ratio * taps))) + extra;
    const [out, inp] = wide ? [small * ratio, small] : [small, small * ratio];
    return { shape: conv ? [out, inp, kH, kW] : [out, inp], us: [], seed };
  });

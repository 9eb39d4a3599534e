import fc from 'fast-check';
import type * as Kata from '../../katas/18-grad-clipping/grad-clipping';
import { norm2 } from '../kit/tensor';
import { boundedFloat, dim, tensor } from '../kit/toolkit';
import { concat, type NormCase, type ValueCase } from './oracle';

export type K = typeof Kata;
export type Grads = number[][];

/** The global L2 norm in float64, over every element of every tensor. */
export const globalNorm = (grads: readonly (readonly number[])[]): number => norm2(concat(grads));

/**
 * One tensor of 1–6 elements at a magnitude of its own (±0.1, ±1 or ±10):
 * in a list, tensors whose norms differ by 10–100×, as a network's layers do,
 * where a per-tensor norm, a sum of norms and the global norm part.
 */
const oneTensor: fc.Arbitrary<number[]> = fc
  .tuple(dim(), fc.constantFrom(0.1, 1, 10))
  .chain(([n, s]) => tensor([n], { min: -s, max: s }) as fc.Arbitrary<number[]>);

const tensors = (minLength: number, maxLength: number): fc.Arbitrary<Grads> =>
  fc.array(oneTensor, { minLength, maxLength });

/**
 * maxNorm = r·T for a ratio r drawn away from 1 (three significant digits,
 * for readable counterexamples): whether to clip is never decided by
 * rounding, and T ≥ 0.01 keeps PyTorch's +1e-6 a small relative change.
 */
const withRatio = (grads: fc.Arbitrary<Grads>, min: number, max: number): fc.Arbitrary<NormCase> =>
  fc
    .tuple(grads, boundedFloat({ min, max }))
    .filter(([g]) => globalNorm(g) >= 0.01)
    .map(([g, r]) => ({ grads: g, maxNorm: Number((r * globalNorm(g)).toPrecision(3)) }));

const nonZeroTensors = (grads: Grads): number => grads.filter((g) => g.some((v) => v !== 0)).length;

/** Clipped (maxNorm = 0.2–0.8·T), at least two non-zero tensors: where one factor for all and a factor per tensor differ. */
export const clippedCases: fc.Arbitrary<NormCase> = withRatio(tensors(2, 4), 0.2, 0.8).filter(
  (c) => nonZeroTensors(c.grads) >= 2,
);

/** Below the bound (maxNorm = 1.25–4·T): nothing to clip. */
export const belowCases: fc.Arbitrary<NormCase> = withRatio(tensors(1, 4), 1.25, 4);

/** maxNorm = 0, allowed as in PyTorch: every non-zero gradient becomes 0. */
const zeroBoundCases: fc.Arbitrary<NormCase> = tensors(1, 4)
  .filter((g) => globalNorm(g) >= 0.01)
  .map((grads) => ({ grads, maxNorm: 0 }));

/** Clipped, not clipped, and clipped to 0; one tensor or several. */
export const normCases: fc.Arbitrary<NormCase> = fc.oneof(
  { arbitrary: withRatio(tensors(1, 4), 0.2, 0.8), weight: 3 },
  { arbitrary: belowCases, weight: 2 },
  { arbitrary: zeroBoundCases, weight: 1 },
);

/** Zero to four all-zero tensors (the empty list too): T = 0. */
export const zeroCases: fc.Arbitrary<NormCase> = fc.record({
  grads: fc.array(
    dim().map((n) => new Array<number>(n).fill(0)),
    { minLength: 0, maxLength: 4 },
  ),
  // maxNorm 0 too: T = 0 ≤ 0 leaves them alone, where a factor 0/0 would be NaN.
  maxNorm: fc.oneof(
    { arbitrary: fc.constant(0), weight: 1 },
    { arbitrary: boundedFloat({ min: 0.1, max: 10 }), weight: 3 },
  ),
});

/** One or two elements replaced by NaN, ∞ or −∞. */
export const nonFiniteCases: fc.Arbitrary<NormCase> = fc
  .record({
    grads: tensors(1, 4),
    poison: fc.array(
      fc.tuple(fc.nat(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY)),
      {
        minLength: 1,
        maxLength: 2,
      },
    ),
    maxNorm: boundedFloat({ min: 0.1, max: 10 }),
  })
  .map(({ grads, poison, maxNorm }) => {
    const out = grads.map((g) => [...g]);
    const lengths = out.map((g) => g.length);
    const size = lengths.reduce((a, b) => a + b, 0);
    for (const [at, value] of poison) {
      let k = 0;
      let i = at % size;
      while (i >= lengths[k]) i -= lengths[k++];
      out[k][i] = value;
    }
    return { grads: out, maxNorm };
  });

/** clipValue 0 (allowed) or 0.05–5, against elements up to ±10: both sides clamped, many inside. */
export const valueCases: fc.Arbitrary<ValueCase> = fc.record({
  grads: tensors(1, 4),
  clipValue: fc.oneof(
    { arbitrary: fc.constant(0), weight: 1 },
    { arbitrary: boundedFloat({ min: 0.05, max: 5 }), weight: 4 },
  ),
});

export interface NegativeCase {
  readonly fn: 'clipGradNorm' | 'clipGradValue';
  readonly grads: Grads;
  readonly bound: number;
}

/** A negative maxNorm or clipValue. */
export const negativeCases: fc.Arbitrary<NegativeCase> = fc.record({
  fn: fc.constantFrom('clipGradNorm' as const, 'clipGradValue' as const),
  grads: tensors(1, 3),
  bound: boundedFloat({ min: -10, max: -0.01 }),
});

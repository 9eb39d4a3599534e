import fc from 'fast-check';
import { dim, tensor } from '../kit/toolkit';
import type { Case, Matrix } from './oracle';

/**
 * How far every pre-activation z = x·W1ᵀ + b1 stays from ReLU's kink. With
 * x in [−3, 3], W1 and b1 in [−1, 1] and D ≤ 5, |z| ≤ 16 and float32 rounds
 * z by under 1e-5; central differences of step ≈ 6e-6·max(1, ‖x‖∞) move it
 * by under 2e-4. 1e-2 leaves both far inside, so the reference, the oracle
 * and the learner agree on every mask.
 */
export const KINK_DISTANCE = 1e-2;

const preActivations = (c: Case): number[] =>
  c.x.flatMap((row) => c.b1.map((b, j) => row.reduce((s, v, k) => s + v * c.W1[j][k], b)));

const zeros = (rows: number, cols: number): Matrix => Array.from({ length: rows }, () => new Array(cols).fill(0));

/** A case of these sizes, values drawn in the ranges above. */
function caseOf(N: number, D: number, H: number): fc.Arbitrary<Case> {
  return fc.record({
    x: tensor([N, D], { min: -3, max: 3 }) as fc.Arbitrary<Matrix>,
    W1: tensor([H, D], { min: -1, max: 1 }) as fc.Arbitrary<Matrix>,
    b1: tensor([H], { min: -1, max: 1 }) as fc.Arbitrary<number[]>,
    W2: tensor([D, H], { min: -1, max: 1 }) as fc.Arbitrary<Matrix>,
    b2: tensor([D], { min: -1, max: 1 }) as fc.Arbitrary<number[]>,
    dout: tensor([N, D], { min: -2, max: 2 }) as fc.Arbitrary<Matrix>,
  });
}

/**
 * N 1–4, D and H 1–5: H ≠ D mostly, so x·W for x·Wᵀ has the wrong shape,
 * and H = D a third of the time, where it has the right one and only the
 * values tell. Every z away from the kink (KINK_DISTANCE).
 */
export const cases: fc.Arbitrary<Case> = fc
  .tuple(dim({ max: 4 }), dim({ max: 5 }), dim({ max: 5 }), fc.integer({ min: 0, max: 2 }))
  .chain(([N, D, H, square]) => caseOf(N, D, square === 0 ? D : H))
  .filter((c) => preActivations(c).every((z) => Math.abs(z) >= KINK_DISTANCE));

/** Square blocks only (H = D): where x·W instead of x·Wᵀ runs and gives other values. */
export const squareCases: fc.Arbitrary<Case> = fc
  .tuple(dim({ max: 4 }), dim({ min: 2, max: 5 }))
  .chain(([N, D]) => caseOf(N, D, D))
  .filter((c) => preActivations(c).every((z) => Math.abs(z) >= KINK_DISTANCE));

/** F's output layer switched off (W2 = 0): F(x) = b2 is constant in x. */
export const constantBranch = (c: Case, b2 = c.b2): Case => ({ ...c, W2: zeros(c.W2.length, c.W2[0].length), b2 });

/** W2 = 0 and b2 = 0: F(x) = 0, so the block is the identity. */
export const zeroBranchCases: fc.Arbitrary<Case> = cases.map((c) => constantBranch(c, new Array(c.b2.length).fill(0)));

/** W2 = 0: dx must be dout exactly, the skip's gradient and nothing else. */
export const constantBranchCases: fc.Arbitrary<Case> = cases.map((c) => constantBranch(c));

/** Multiples of 1/4 in [−2, 2]: their products and sums (multiples of 1/16) are exact in float32 and float64. */
const quarter = fc.integer({ min: -8, max: 8 }).map((k) => k / 4);
const quarters = (n: number): fc.Arbitrary<number[]> => fc.array(quarter, { minLength: n, maxLength: n });

/**
 * Pre-activations exactly 0, where ReLU′ is a convention (PyTorch's: 0): x
 * and W1 are quarters, and b1ⱼ = −(x₀·W1ⱼ) for the units `at` picks, so
 * z₀ⱼ = 0 there in any order of summation; the other b1ⱼ are quarters too,
 * so every z is a multiple of 1/16, exactly 0 or at least 1/16 from it.
 */
export const kinkCases: fc.Arbitrary<Case> = fc
  .tuple(dim({ max: 4 }), dim({ max: 5 }), dim({ max: 5 }))
  .chain(([N, D, H]) =>
    fc.record({
      x: fc.array(quarters(D), { minLength: N, maxLength: N }),
      W1: fc.array(quarters(D), { minLength: H, maxLength: H }),
      free: quarters(H),
      at: fc.array(fc.boolean(), { minLength: H, maxLength: H }).map((a) => (a.some(Boolean) ? a : a.map(() => true))),
      W2: tensor([D, H], { min: -1, max: 1 }) as fc.Arbitrary<Matrix>,
      b2: tensor([D], { min: -1, max: 1 }) as fc.Arbitrary<number[]>,
      dout: tensor([N, D], { min: -2, max: 2 }) as fc.Arbitrary<Matrix>,
    }),
  )
  .map(({ x, W1, free, at, W2, b2, dout }) => ({
    x,
    W1,
    b1: free.map((b, j) => (at[j] ? -x[0].reduce((s, v, k) => s + v * W1[j][k], 0) : b)),
    W2,
    b2,
    dout,
  }));

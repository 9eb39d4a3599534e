import fc from 'fast-check';
import type * as Kata from '../../katas/04-regression-losses/regression-losses';
import { flatten, KINK_MARGIN, normInf } from '../kit/tensor';
import { boundedFloat, dim, tensor } from '../kit/toolkit';

export type K = typeof Kata;
export type Matrix = number[][];

/** MSE's inputs: predictions and targets of one shape [N, D]. */
export interface Regression {
  readonly pred: Matrix;
  readonly target: Matrix;
}

/** Huber's inputs. */
export interface HuberCase extends Regression {
  readonly delta: number;
}

/** The largest magnitude among the inputs (at least 1): what r = p − t and δ·|r| cancel or round at. */
export const magnitude = (...xs: (Matrix | number)[]): number =>
  Math.max(1, ...xs.map((x) => (typeof x === 'number' ? Math.abs(x) : normInf(flatten(x)))));

/**
 * N, D ≥ 2: a sum over N·D elements, a mean over N only and the right mean
 * give three different numbers even after shrinking (with N = 1 or D = 1 two
 * of them coincide).
 */
const shape2 = fc.tuple(dim({ min: 2 }), dim({ min: 2 }));

export const regression: fc.Arbitrary<Regression> = shape2.chain(([n, d]) =>
  fc.record({ pred: tensor([n, d]) as fc.Arbitrary<Matrix>, target: tensor([n, d]) as fc.Arbitrary<Matrix> }),
);

/** δ = 1 is PyTorch's default; δ ≠ 1 is where Huber, SmoothL1, δ² and a missing δ part. */
const deltaArb = fc.oneof(fc.constantFrom(1, 0.5, 2), boundedFloat({ min: 0.1, max: 5 }));

/**
 * Residuals as multiples u·δ of δ, kept away from the kinks of |r| (u = 0)
 * and of the branch (u = ±1) by KINK_MARGIN in r itself, so that finite
 * differences (steps ≤ 6e-6·max|p| ≈ 2e-4 here) and float32 never straddle
 * one; `spread(margin)` draws u with that margin around 0 and ±1.
 */
const huberWith = (spread: (margin: number) => fc.Arbitrary<number>): fc.Arbitrary<HuberCase> =>
  fc.tuple(shape2, deltaArb).chain(([[n, d], delta]) =>
    fc
      .record({
        target: tensor([n, d]) as fc.Arbitrary<Matrix>,
        u: fc.array(fc.array(spread(KINK_MARGIN / delta), { minLength: d, maxLength: d }), {
          minLength: n,
          maxLength: n,
        }),
      })
      .map(({ target, u }) => ({
        pred: target.map((row, i) => row.map((t, j) => t + u[i][j] * delta)),
        target,
        delta,
      })),
  );

const inlierOrOutlier = (margin: number) => boundedFloat({ min: -4, max: 4, awayFrom: [-1, 0, 1], margin });

/** Inliers and outliers of a few δ, both signs. */
export const huberInputs: fc.Arbitrary<HuberCase> = huberWith(inlierOrOutlier);

/** As huberInputs, and outliers up to 1000·δ: where an unclipped gradient grows without bound. */
export const outlierInputs: fc.Arbitrary<HuberCase> = huberWith((margin) =>
  fc.oneof(inlierOrOutlier(margin), boundedFloat({ min: -1000, max: 1000, awayFrom: [-1, 0, 1], margin })),
);

/**
 * Every residual exactly at ±δ or ±δ(1 ± 2⁻¹⁰), just inside and just
 * outside the branch. Targets and δ are multiples of 1/16 and all of it is
 * exact in float32 as in float64, so "exactly at the kink" holds for the
 * reference too.
 */
export const kinkInputs: fc.Arbitrary<HuberCase> = fc
  .tuple(shape2, fc.integer({ min: 1, max: 64 }))
  .chain(([[n, d], m]) => {
    const delta = m / 16;
    const residual = fc
      .tuple(fc.constantFrom(-1, 1), fc.constantFrom(-1, 0, 1))
      .map(([s, e]) => s * delta * (1 + e * 2 ** -10));
    const grid = <T>(a: fc.Arbitrary<T>) =>
      fc.array(fc.array(a, { minLength: d, maxLength: d }), { minLength: n, maxLength: n });
    return fc.record({ target: grid(fc.integer({ min: -160, max: 160 })), r: grid(residual) }).map(({ target, r }) => ({
      pred: target.map((row, i) => row.map((k, j) => k / 16 + r[i][j])),
      target: target.map((row) => row.map((k) => k / 16)),
      delta,
    }));
  });

/** δ far beyond every residual (δ ≥ 10·max|r|, up to 1e3): Huber is r²/2 everywhere. */
export const largeDeltaInputs: fc.Arbitrary<HuberCase> = fc
  .tuple(regression, boundedFloat({ min: 10, max: 100 }))
  .map(([{ pred, target }, k]) => {
    const r = pred.flatMap((row, i) => row.map((p, j) => Math.abs(p - target[i][j])));
    return { pred, target, delta: k * Math.max(1, ...r) };
  });

import fc from 'fast-check';
import type * as Kata from '../../katas/07-layernorm/layernorm';
import { boundedFloat, dim, tensor } from '../kit/toolkit';
import type { Case, Matrix } from './oracle';

export type K = typeof Kata;

/** PyTorch's default 1e-5, and larger ε where its placement shows on ordinary rows too. */
const epsArb = fc.constantFrom(1e-5, 1e-5, 1e-3, 0.1, 1);

const varianceOf = (row: readonly number[]): number => {
  const mu = row.reduce((s, v) => s + v, 0) / row.length;
  return row.reduce((s, v) => s + (v - mu) ** 2, 0) / row.length;
};

/** A row in [−10, 10]. */
const plainRow = (D: number): fc.Arbitrary<number[]> => tensor([D]);

/**
 * A row whose variance is of the order of ε: c + √ε·z with z in [−2, 2].
 * Only there do √(σ² + ε) and √σ² + ε differ by much more than rounding
 * (σ² ≈ ε: a factor √2 against 1 + √ε), so a third of the rows are drawn so.
 */
const nearEpsRow = (D: number, eps: number): fc.Arbitrary<number[]> =>
  fc
    .tuple(boundedFloat({ min: -1, max: 1 }), tensor([D], { min: -2, max: 2 }) as fc.Arbitrary<number[]>)
    .map(([c, z]) => z.map((v) => c + Math.sqrt(eps) * v));

/**
 * Rows with σ² ≥ 0.1: central differences with h ≈ 6e-6·max(1, ‖x‖∞) see
 * curvature of order 1/σ², so (h/σ)² stays below 1e-8, far under the
 * gradient check's 1e-6; and ε = 0 is safe (no division by 0).
 */
const spreadRow = (D: number): fc.Arbitrary<number[]> => plainRow(D).filter((row) => varianceOf(row) >= 0.1);

interface CaseConstraints {
  /** Which rows: 'mixed' (a third of them near ε), 'spread' (σ² ≥ 0.1). Default 'mixed'. */
  readonly rows?: 'mixed' | 'spread';
  /** A fixed ε (0 for the exact invariances). Default: drawn. */
  readonly eps?: number;
  /** γ = 1 and β = 0. */
  readonly identityAffine?: boolean;
}

/** x [N, D] (N 1–4, D 2–6: with D = 1 every row is its mean), γ and β [D], ε, dout [N, D]. */
export function layerNormCase({
  rows = 'mixed',
  eps,
  identityAffine = false,
}: CaseConstraints = {}): fc.Arbitrary<Case> {
  return fc
    .tuple(dim({ max: 4 }), dim({ min: 2 }), eps === undefined ? epsArb : fc.constant(eps))
    .chain(([N, D, e]) => {
      const row =
        rows === 'spread'
          ? spreadRow(D)
          : fc.oneof({ arbitrary: plainRow(D), weight: 2 }, { arbitrary: nearEpsRow(D, e), weight: 1 });
      return fc.record({
        x: fc.array(row, { minLength: N, maxLength: N }),
        gamma: identityAffine
          ? fc.constant(new Array<number>(D).fill(1))
          : (tensor([D], { min: -3, max: 3 }) as fc.Arbitrary<number[]>),
        beta: identityAffine ? fc.constant(new Array<number>(D).fill(0)) : (tensor([D]) as fc.Arbitrary<number[]>),
        eps: fc.constant(e),
        dout: tensor([N, D], { min: -3, max: 3 }) as fc.Arbitrary<Matrix>,
      });
    });
}

export const cases = layerNormCase();

/** Rows with variance near ε only, on their own: where ε's placement shows. */
export const nearEpsCases: fc.Arbitrary<Case> = fc
  .tuple(dim({ max: 4 }), dim({ min: 2 }), epsArb)
  .chain(([N, D, eps]) =>
    fc.record({
      x: fc.array(nearEpsRow(D, eps), { minLength: N, maxLength: N }),
      gamma: tensor([D], { min: -3, max: 3 }) as fc.Arbitrary<number[]>,
      beta: tensor([D]) as fc.Arbitrary<number[]>,
      eps: fc.constant(eps),
      dout: tensor([N, D], { min: -3, max: 3 }) as fc.Arbitrary<Matrix>,
    }),
  );

/** A case and one constant per row, added to it: any ε, since (x + c) − μ(x + c) = x − μ exactly. */
export const shiftedCases: fc.Arbitrary<{ c: Case; by: number[] }> = cases.chain((c) =>
  fc.record({
    c: fc.constant(c),
    by: fc.array(boundedFloat({ min: -100, max: 100 }), { minLength: c.x.length, maxLength: c.x.length }),
  }),
);

/**
 * A case with ε = 0 and one positive factor per row. With ε > 0 scaling a
 * row by a changes x̂ to a(x − μ)/√(a²σ² + ε): exact only at ε = 0, where
 * PyTorch's LayerNorm is still well defined for rows with σ² > 0.
 */
export const scaledCases: fc.Arbitrary<{ c: Case; by: number[] }> = layerNormCase({ rows: 'spread', eps: 0 }).chain(
  (c) =>
    fc.record({
      c: fc.constant(c),
      by: fc.array(boundedFloat({ min: 0.1, max: 10 }), { minLength: c.x.length, maxLength: c.x.length }),
    }),
);

export const shiftRows = (x: Matrix, by: readonly number[]): Matrix => x.map((row, i) => row.map((v) => v + by[i]));
export const scaleRows = (x: Matrix, by: readonly number[]): Matrix => x.map((row, i) => row.map((v) => v * by[i]));

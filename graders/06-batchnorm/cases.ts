import fc from 'fast-check';
import type * as Kata from '../../katas/06-batchnorm/batchnorm';
import { boundedFloat, dim, tensor } from '../kit/toolkit';
import type { Case, Matrix } from './oracle';

export type K = typeof Kata;

/** PyTorch's default 1e-5, and larger ε where its placement shows on ordinary features too. */
const epsArb = fc.constantFrom(1e-5, 1e-5, 1e-3, 0.1, 1);

/** PyTorch's default 0.1 and others; never 0.5, where (1 − m) and m coincide and the convention cannot show. */
const momentumArb = fc.constantFrom(0.1, 0.1, 0.01, 0.3, 0.9);

const varianceOf = (column: readonly number[]): number => {
  const mu = column.reduce((s, v) => s + v, 0) / column.length;
  return column.reduce((s, v) => s + (v - mu) ** 2, 0) / column.length;
};

/** One feature's N values in [−10, 10]. */
const plainColumn = (N: number): fc.Arbitrary<number[]> => tensor([N]);

/**
 * A feature whose batch variance is of the order of ε: c + √ε·z with z in
 * [−2, 2]. Only there do √(σ² + ε) and √σ² + ε differ by much more than
 * rounding (σ² ≈ ε: a factor √2 against 1 + √ε), so a third of the features
 * are drawn so.
 */
const nearEpsColumn = (N: number, eps: number): fc.Arbitrary<number[]> =>
  fc
    .tuple(boundedFloat({ min: -1, max: 1 }), tensor([N], { min: -2, max: 2 }) as fc.Arbitrary<number[]>)
    .map(([c, z]) => z.map((v) => c + Math.sqrt(eps) * v));

/**
 * Features with σ² ≥ 0.1: central differences with h ≈ 6e-6·max(1, ‖x‖∞)
 * see curvature of order 1/σ², so (h/σ)² stays below 1e-8, far under the
 * gradient check's 1e-6; and ε = 0 is safe (no division by 0).
 */
const spreadColumn = (N: number): fc.Arbitrary<number[]> =>
  plainColumn(N).filter((column) => varianceOf(column) >= 0.1);

const byColumns = (columns: readonly number[][]): Matrix => columns[0].map((_, i) => columns.map((col) => col[i]));

interface CaseConstraints {
  /** Which features: 'mixed' (a third near ε), 'spread' (σ² ≥ 0.1), 'near-eps' (all near ε). Default 'mixed'. */
  readonly features?: 'mixed' | 'spread' | 'near-eps';
  /** A fixed ε (0 where an exact identity needs it). Default: drawn. */
  readonly eps?: number;
  /** γ = 1 and β = 0. */
  readonly identityAffine?: boolean;
}

/**
 * x [N, C] (N 2–6: training needs a batch of two or more; C 1–5), γ and β
 * [C], running statistics [C] (variances in [0.01, 10]), momentum, ε, dout [N, C].
 */
export function batchNormCase({
  features = 'mixed',
  eps,
  identityAffine = false,
}: CaseConstraints = {}): fc.Arbitrary<Case> {
  return fc
    .tuple(dim({ min: 2 }), dim({ max: 5 }), eps === undefined ? epsArb : fc.constant(eps))
    .chain(([N, C, e]) => {
      const column =
        features === 'spread'
          ? spreadColumn(N)
          : features === 'near-eps'
            ? nearEpsColumn(N, e)
            : fc.oneof({ arbitrary: plainColumn(N), weight: 2 }, { arbitrary: nearEpsColumn(N, e), weight: 1 });
      return fc.record({
        x: fc.array(column, { minLength: C, maxLength: C }).map(byColumns),
        gamma: identityAffine
          ? fc.constant(new Array<number>(C).fill(1))
          : (tensor([C], { min: -3, max: 3 }) as fc.Arbitrary<number[]>),
        beta: identityAffine ? fc.constant(new Array<number>(C).fill(0)) : (tensor([C]) as fc.Arbitrary<number[]>),
        running: fc.record({
          mean: tensor([C], { min: -5, max: 5 }) as fc.Arbitrary<number[]>,
          var: tensor([C], { min: 0.01, max: 10 }) as fc.Arbitrary<number[]>,
        }),
        momentum: momentumArb,
        eps: fc.constant(e),
        dout: tensor([N, C], { min: -3, max: 3 }) as fc.Arbitrary<Matrix>,
      });
    });
}

export const cases = batchNormCase();

export const nearEpsCases = batchNormCase({ features: 'near-eps' });

/**
 * A case and other rows for every row but the first: in eval mode row 0's
 * output must not change when the rest of its batch does.
 */
export const otherRowsCases: fc.Arbitrary<{ c: Case; others: Matrix }> = cases.chain((c) =>
  fc.record({
    c: fc.constant(c),
    others: tensor([c.x.length - 1, c.x[0].length]) as fc.Arbitrary<Matrix>,
  }),
);

/** The same case on a batch of one: training must refuse it. */
export const batchOfOneCases: fc.Arbitrary<Case> = cases.map((c) => ({
  ...c,
  x: [c.x[0]],
  dout: [c.dout[0]],
}));

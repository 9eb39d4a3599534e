import fc from 'fast-check';
import { dim, tensor } from '../kit/toolkit';

export type T3 = number[][][];
export type T4 = number[][][][];

/** One draw of multi-head attention's inputs, flat so that every input can be differentiated by name. */
export interface Case {
  /** [N, Lq, d] */
  readonly query: T3;
  /** [N, Lk, d]; the same values as query in self-attention. */
  readonly key: T3;
  readonly value: T3;
  /** [d, d] each, PyTorch's [out, in]: a projection is x·Wᵀ + b. */
  readonly Wq: number[][];
  readonly Wk: number[][];
  readonly Wv: number[][];
  readonly Wo: number[][];
  readonly bq: number[];
  readonly bk: number[];
  readonly bv: number[];
  readonly bo: number[];
  readonly heads: number;
  /** Sometimes left out: the default is false. */
  readonly causal?: boolean;
  /** ∂L/∂out, [N, Lq, d]. */
  readonly dout: T3;
}

export interface CaseConstraints {
  /** 'self': key = value = query; 'cross': three draws, Lq and Lk free. Default 'either'. */
  readonly attention?: 'self' | 'cross' | 'either';
  readonly causal?: 'never' | 'maybe' | 'always';
  readonly headsMin?: number;
  readonly headsMax?: number;
  readonly dheadMin?: number;
  readonly NMin?: number;
  readonly LkMin?: number;
}

const matrix = (d: number) => tensor([d, d], { min: -1, max: 1 }) as fc.Arbitrary<number[][]>;
const vector = (d: number) => tensor([d], { min: -0.5, max: 0.5 }) as fc.Arbitrary<number[]>;
const tokens = (N: number, L: number, d: number) => tensor([N, L, d], { min: -1, max: 1 }) as fc.Arbitrary<T3>;

/**
 * N ≤ 2, Lq and Lk ≤ 4, 1 to 3 heads of d_head 1 to 3 (d ≤ 9): entries of
 * x and W in [−1, 1] keep the scores of order 1, where the softmax is not
 * saturated and every scale, split and mask shows in the weights.
 */
export function mhaCase({
  attention = 'either',
  causal = 'maybe',
  headsMin = 1,
  headsMax = 3,
  dheadMin = 1,
  NMin = 1,
  LkMin = 1,
}: CaseConstraints = {}): fc.Arbitrary<Case> {
  return fc
    .tuple(
      dim({ min: NMin, max: 2 }),
      dim({ max: 4 }),
      dim({ min: LkMin, max: 4 }),
      dim({ min: headsMin, max: headsMax }),
      dim({ min: dheadMin, max: 3 }),
      attention === 'either' ? fc.boolean() : fc.constant(attention === 'self'),
    )
    .chain(([N, Lq, Lk, heads, dh, self]) =>
      caseOf(N, self ? Math.max(Lq, LkMin) : Lq, self ? undefined : Lk, heads * dh, heads, causal),
    );
}

/** A case of these sizes (self-attention when Lk is undefined: one sequence is query, key and value). */
export function caseOf(
  N: number,
  Lq: number,
  Lk: number | undefined,
  d: number,
  heads: number,
  causal: CaseConstraints['causal'] = 'maybe',
): fc.Arbitrary<Case> {
  const self = Lk === undefined;
  return fc
    .record({
      query: tokens(N, Lq, d),
      key: tokens(N, Lk ?? 0, d),
      value: tokens(N, Lk ?? 0, d),
      Wq: matrix(d),
      Wk: matrix(d),
      Wv: matrix(d),
      Wo: matrix(d),
      bq: vector(d),
      bk: vector(d),
      bv: vector(d),
      bo: vector(d),
      heads: fc.constant(heads),
      causal:
        causal === 'never'
          ? fc.constantFrom(false, undefined)
          : causal === 'always'
            ? fc.constant(true)
            : fc.constantFrom(true, false, undefined),
      dout: tokens(N, Lq, d),
    })
    .map((c) => (self ? { ...c, key: c.query, value: c.query } : c));
}

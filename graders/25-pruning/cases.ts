import fc from 'fast-check';
import type * as Kata from '../../katas/25-pruning/pruning';
import type { Conv, Tensor4 } from '../../katas/25-pruning/pruning';
import { filterScore, pruneCount } from './oracle';

export type K = typeof Kata;

// Every weight is a multiple of 1/8 below 8 in magnitude: sums of |w| and of
// w² are exact in float64 (and in float32), so a filter's norm is the same
// number whatever the order it is summed in, and a comparison of two norms
// is never decided by rounding.
const EIGHTHS = 8;
const grid = (m: number, negative: boolean): number => (m === 0 ? 0 : (negative ? -m : m) / EIGHTHS);

export interface UnstructuredCase {
  readonly w: number[];
  readonly sparsity: number;
}

export interface GlobalCase {
  readonly layers: number[][];
  readonly sparsity: number;
}

export interface FilterCase {
  readonly conv1: Conv;
  readonly conv2: Conv;
  readonly amount: number;
  /** The network's input, [N, Cin, H, W]. */
  readonly x: Tensor4;
}

/** n weights of n distinct magnitudes (0 among them, at times), each sign at random. */
const distinctWeights = (n: number): fc.Arbitrary<number[]> =>
  fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { minLength: n, maxLength: n }),
      fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    )
    .map(([ms, signs]) => ms.map((m, i) => grid(m, signs[i])));

/** n weights whose magnitudes are 1/8, 2/8 or 3/8: ties everywhere, at the threshold too. */
const tiedWeights = (n: number): fc.Arbitrary<number[]> =>
  fc.array(
    fc.tuple(fc.integer({ min: 1, max: 3 }), fc.boolean()).map(([m, s]) => grid(m, s)),
    { minLength: n, maxLength: n },
  );

/**
 * A fraction to prune of n: a multiple of 1/100 (s·n rarely an integer, where
 * round, floor and ceil part), or a multiple of 1/64 with s·n exactly a half
 * (where Python’s round and Math.round part; for every n < 64 there is one,
 * and 1/64ths print exactly).
 */
export const fractionOf = (n: number): fc.Arbitrary<number> => {
  const halves = Array.from({ length: 65 }, (_, j) => j).filter((j) => (j * n) % 64 === 32);
  return fc.oneof(
    fc.integer({ min: 0, max: 100 }).map((j) => j / 100),
    fc.constantFrom(...halves).map((j) => j / 64),
  );
};

const count = fc.integer({ min: 1, max: 12 });

/** Distinct magnitudes: the pruned set is the same whatever the tie rule. */
export const distinctCases: fc.Arbitrary<UnstructuredCase> = count.chain((n) =>
  fc.record({ w: distinctWeights(n), sparsity: fractionOf(n) }),
);

/** Magnitudes that tie, at least two weights. */
export const tiedCases: fc.Arbitrary<UnstructuredCase> = fc
  .integer({ min: 2, max: 12 })
  .chain((n) => fc.record({ w: tiedWeights(n), sparsity: fractionOf(n) }));

export const unstructuredCases: fc.Arbitrary<UnstructuredCase> = fc.oneof(
  { arbitrary: distinctCases, weight: 3 },
  { arbitrary: tiedCases, weight: 1 },
);

/** Sparsity 0 and 1, ties or not. */
export const endCases: fc.Arbitrary<UnstructuredCase> = fc
  .tuple(unstructuredCases, fc.constantFrom(0, 1))
  .map(([c, sparsity]) => ({ w: c.w, sparsity }));

const magnitudes = (layers: readonly (readonly number[])[]): number[] => layers.flat().map(Math.abs);
const allDistinct = (xs: readonly number[]): boolean => new Set(xs).size === xs.length;

/**
 * 2–4 layers of 1–6 weights, each at a scale of its own (×1, ×4 or ×16 of
 * the grid, as a network's layers differ): where one global threshold and a
 * threshold per layer part. Magnitudes distinct over all the layers.
 */
export const globalCases: fc.Arbitrary<GlobalCase> = fc
  .array(
    fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom(1, 4, 16))
      .chain(([n, scale]) => distinctWeights(n).map((w) => w.map((v) => v * scale))),
    { minLength: 2, maxLength: 4 },
  )
  .filter((layers) => allDistinct(magnitudes(layers)))
  .chain((layers) => fc.record({ layers: fc.constant(layers), sparsity: fractionOf(layers.flat().length) }));

/** Nested arrays of this shape, of grid values up to max/8 in magnitude; T names the nesting. */
function gridTensor<T>(shape: readonly number[], max: number): fc.Arbitrary<T> {
  const [a, ...rest] = shape;
  if (a === undefined) {
    return fc.tuple(fc.integer({ min: 0, max }), fc.boolean()).map(([m, s]) => grid(m, s)) as fc.Arbitrary<T>;
  }
  return fc.array(gridTensor<unknown>(rest, max), { minLength: a, maxLength: a }) as fc.Arbitrary<T>;
}

/**
 * conv1 [Cout = 2–5, Cin = 1–3, k1, k1] → ReLU → conv2 [C2out = 1–3, Cout, k2, k2],
 * kernels 1–3 and 1–2, on x [N = 1–2, Cin, H, W] just large enough, and an
 * amount that removes 0 to Cout − 1 filters.
 */
export const filterCases: fc.Arbitrary<FilterCase> = fc
  .record({
    cout: fc.integer({ min: 2, max: 5 }),
    cin: fc.integer({ min: 1, max: 3 }),
    c2: fc.integer({ min: 1, max: 3 }),
    k1: fc.integer({ min: 1, max: 3 }),
    k2: fc.integer({ min: 1, max: 2 }),
    n: fc.integer({ min: 1, max: 2 }),
    extraH: fc.integer({ min: 0, max: 2 }),
    extraW: fc.integer({ min: 0, max: 2 }),
  })
  .chain((d) =>
    fc.record({
      conv1: fc.record({
        w: gridTensor<Tensor4>([d.cout, d.cin, d.k1, d.k1], 24),
        b: gridTensor<number[]>([d.cout], 8),
      }),
      conv2: fc.record({ w: gridTensor<Tensor4>([d.c2, d.cout, d.k2, d.k2], 24), b: gridTensor<number[]>([d.c2], 8) }),
      amount: fractionOf(d.cout).filter((a) => pruneCount(a, d.cout) < d.cout),
      x: gridTensor<Tensor4>([d.n, d.cin, d.k1 + d.k2 - 1 + d.extraH, d.k1 + d.k2 - 1 + d.extraW], 16),
    }),
  );

/** Filters whose L1 norms are all distinct: the surviving set is the same whatever the tie rule. */
export const distinctFilterCases: fc.Arbitrary<FilterCase> = filterCases.filter((c) =>
  allDistinct(c.conv1.w.map((f) => filterScore(f))),
);

export interface RefusedCase {
  readonly fn: 'magnitudePrune' | 'globalMagnitudePrune' | 'pruneFilters';
  readonly sparsity: number;
  readonly unstructured: UnstructuredCase;
  readonly filters: FilterCase;
}

/** A fraction below 0 or above 1, for each of the three functions. */
export const refusedCases: fc.Arbitrary<RefusedCase> = fc.record({
  fn: fc.constantFrom('magnitudePrune' as const, 'globalMagnitudePrune' as const, 'pruneFilters' as const),
  sparsity: fc.oneof(
    fc.integer({ min: -200, max: -1 }).map((j) => j / 100),
    fc.integer({ min: 101, max: 300 }).map((j) => j / 100),
  ),
  unstructured: distinctCases,
  filters: filterCases,
});

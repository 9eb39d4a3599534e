import fc from 'fast-check';
import type * as Kata from '../../katas/11-pooling/pooling';
import { dim, tensor } from '../kit/toolkit';
import { type Case, outputSize, type Pair, type PoolParams, type Tensor4 } from './oracle';

export type K = typeof Kata;

/** A number when both axes agree (half the time), else [h, w]: the README accepts both. */
const asPair = ([h, w]: [number, number]): fc.Arbitrary<Pair> =>
  h === w ? fc.constantFrom<Pair>(h, [h, w]) : fc.constant<Pair>([h, w]);

interface Axis {
  readonly k: number;
  readonly s: number;
  readonly p: number;
  readonly size: number;
}

/**
 * One axis: kernel 1–3; stride 1–3, at most the kernel two times in three
 * (overlapping windows, where gradients accumulate); padding ≤ k/2 as
 * PyTorch requires (so every window holds a real position); a size from
 * what leaves one window up to 7, so ⌊(H + 2p − k)/s⌋ is often not exact.
 */
const axis: fc.Arbitrary<Axis> = fc.integer({ min: 1, max: 3 }).chain((k) =>
  fc
    .record({
      s: fc.oneof({ arbitrary: fc.integer({ min: 1, max: k }), weight: 2 }, fc.integer({ min: 1, max: 3 })),
      p: fc.integer({ min: 0, max: Math.floor(k / 2) }),
    })
    .chain(({ s, p }) =>
      fc.record({
        k: fc.constant(k),
        s: fc.constant(s),
        p: fc.constant(p),
        size: fc.integer({ min: Math.max(1, k - 2 * p), max: 7 }),
      }),
    ),
);

export interface Shape {
  readonly dims: [number, number, number, number];
  readonly params: PoolParams;
  readonly out: [number, number, number, number];
}

const shapes = (paddedOnly: boolean): fc.Arbitrary<Shape> =>
  fc
    .tuple(dim({ max: 2 }), dim({ max: 3 }), axis, axis)
    .filter(([, , h, w]) => !paddedOnly || h.p + w.p > 0)
    .chain(([N, C, h, w]) =>
      fc
        .record({ kernel: asPair([h.k, w.k]), stride: asPair([h.s, w.s]), padding: asPair([h.p, w.p]) })
        .map((params): Shape => {
          const size = (a: Axis) => outputSize(a.size, a.k, a.s, a.p);
          return { dims: [N, C, h.size, w.size], params, out: [N, C, size(h), size(w)] };
        }),
    );

/** Values on a 0.01 grid in [−10, 10], all different: no ties, gaps far above float32 rounding and FD steps. */
const distinct = (n: number): fc.Arbitrary<number[]> =>
  fc
    .uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: n, maxLength: n })
    .map((v) => v.map((k) => k / 100));

/** Small integers: most windows of more than one position hold a tied maximum. */
const tied = (n: number): fc.Arbitrary<number[]> =>
  fc.array(fc.integer({ min: -2, max: 1 }), { minLength: n, maxLength: n });

const reshape = (flat: number[], [N, C, H, W]: readonly number[]): Tensor4 =>
  Array.from({ length: N }, (_, n) =>
    Array.from({ length: C }, (_, c) =>
      Array.from({ length: H }, (_, r) => flat.slice(((n * C + c) * H + r) * W, ((n * C + c) * H + r + 1) * W)),
    ),
  );

type Values = 'any' | 'distinct' | 'tied' | 'negative';

const valuesOf = (kind: Values, dims: readonly number[]): fc.Arbitrary<Tensor4> => {
  const n = dims.reduce((a, b) => a * b, 1);
  if (kind === 'distinct') return distinct(n).map((f) => reshape(f, dims));
  if (kind === 'tied') return tied(n).map((f) => reshape(f, dims));
  return tensor(dims, kind === 'negative' ? { min: -10, max: -0.1 } : {}) as fc.Arbitrary<Tensor4>;
};

/** A case: x, parameters, and dout of the output's shape. */
export function poolCase(kind: Values = 'any', { paddedOnly = kind === 'negative' } = {}): fc.Arbitrary<Case> {
  return shapes(paddedOnly).chain((s) =>
    fc.record({
      x: valuesOf(kind, s.dims),
      params: fc.constant(s.params),
      dout: tensor(s.out, { min: -3, max: 3 }) as fc.Arbitrary<Tensor4>,
    }),
  );
}

export const cases = poolCase();
export const distinctCases = poolCase('distinct');
export const tiedCases = poolCase('tied');
export const negativeCases = poolCase('negative');

/** A case whose dout is 0 but on one window: where that window's gradient goes, alone. */
export const oneWindowCases: fc.Arbitrary<Case> = cases.chain((c) => {
  const [N, C, Ho, Wo] = [c.dout.length, c.dout[0].length, c.dout[0][0].length, c.dout[0][0][0].length];
  return fc
    .record({
      n: fc.integer({ min: 0, max: N - 1 }),
      ch: fc.integer({ min: 0, max: C - 1 }),
      i: fc.integer({ min: 0, max: Ho - 1 }),
      j: fc.integer({ min: 0, max: Wo - 1 }),
      g: fc.constantFrom(1, -2, 0.5, 3),
    })
    .map(({ n, ch, i, j, g }) => ({
      ...c,
      dout: c.dout.map((s, a) =>
        s.map((p, b) => p.map((row, r) => row.map((_, q) => (a === n && b === ch && r === i && q === j ? g : 0)))),
      ),
    }));
});

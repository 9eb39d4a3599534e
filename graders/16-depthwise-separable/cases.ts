import fc from 'fast-check';
import type { Tensor4 } from '../../katas/lib/shape';
import { convOutputSize } from '../kit/tensor';
import { dim, tensor } from '../kit/toolkit';
import type { Case, CostCase } from './oracle';

interface Sizes {
  readonly N: number;
  readonly C: number;
  readonly Cout: number;
  readonly H: number;
  readonly W: number;
  readonly k: number;
  readonly stride: number;
  readonly padding: number;
}

const t4 = (shape: readonly number[], range = 2): fc.Arbitrary<Tensor4> =>
  tensor(shape, { min: -range, max: range }) as fc.Arbitrary<Tensor4>;

function caseOf(s: Sizes): fc.Arbitrary<Case> {
  const Ho = convOutputSize(s.H, s.k, s.stride, s.padding, 1);
  const Wo = convOutputSize(s.W, s.k, s.stride, s.padding, 1);
  return fc.record({
    x: t4([s.N, s.C, s.H, s.W]),
    wd: t4([s.C, 1, s.k, s.k]),
    wp: t4([s.Cout, s.C, 1, 1]),
    stride: fc.constant(s.stride),
    padding: fc.constant(s.padding),
    doutDepthwise: t4([s.N, s.C, Ho, Wo]),
    doutPointwise: t4([s.N, s.Cout, s.H, s.W]),
    doutSeparable: t4([s.N, s.Cout, Ho, Wo]),
  });
}

interface CaseConstraints {
  /** Cout = C (where a transposed pointwise weight still has the right shape). */
  readonly square?: boolean;
  readonly stride?: number;
  /** N = 2: where a sum over the batch shows. */
  readonly batch?: number;
}

/**
 * Small NCHW problems (N ≤ 2, C and Cout ≤ 4, k ≤ 3, H and W ≤ 7): k 1–3,
 * stride 1–2, padding 0 to k − 1, H and W from k to 7 drawn apart, so the
 * division by the stride is often inexact and the map not square; Cout ≠ C
 * mostly. Values in [−2, 2]: the kata is linear in each input, so no kink
 * needs avoiding.
 */
export function convCase({ square = false, stride, batch }: CaseConstraints = {}): fc.Arbitrary<Case> {
  return fc
    .record({
      N: batch === undefined ? dim({ max: 2 }) : fc.constant(batch),
      C: dim({ max: 4 }),
      Cout: dim({ max: 4 }),
      k: dim({ max: 3 }),
      stride: stride === undefined ? dim({ max: 2 }) : fc.constant(stride),
      padIndex: fc.nat({ max: 2 }),
      extraH: fc.nat({ max: 4 }),
      extraW: fc.nat({ max: 4 }),
    })
    .chain((r) =>
      caseOf({
        N: r.N,
        C: r.C,
        Cout: square ? r.C : r.Cout,
        k: r.k,
        stride: r.stride,
        padding: r.padIndex % r.k,
        H: r.k + r.extraH,
        W: r.k + r.extraW,
      }),
    );
}

export const cases = convCase();

/** C = Cout ≥ 2: a [C, Cout] reading of the pointwise weight runs, and gives other values. */
export const squareCases = convCase({ square: true }).filter((c) => c.x[0].length >= 2);

/** Stride 2 with an output of two or more rows or columns: where leaving the stride out shows. */
export const stridedCases = convCase({ stride: 2 }).filter(
  (c) => c.doutDepthwise[0][0].length >= 2 || c.doutDepthwise[0][0][0].length >= 2,
);

/** A batch of two: where dw's sum over the batch shows. */
export const batchCases = convCase({ batch: 2 });

/** Two or more channels: where a depthwise conv that mixes them shows. */
export const multiChannelCases = cases.filter((c) => c.x[0].length >= 2);

/**
 * A case and a channel of it with new values: the depthwise conv acts on
 * each channel alone, so only that channel of out may change.
 */
export const channelChangeCases: fc.Arbitrary<{ c: Case; channel: number; values: number[][] }> =
  multiChannelCases.chain((c) =>
    fc.record({
      c: fc.constant(c),
      channel: fc.nat({ max: c.x[0].length - 1 }),
      values: tensor([c.x[0][0].length, c.x[0][0][0].length], { min: -2, max: 2 }) as fc.Arbitrary<number[][]>,
    }),
  );

/** Sizes of a cost question: channels up to 1024 and k up to 7, as real networks have them. */
export const costCases: fc.Arbitrary<CostCase> = fc.record({
  Cin: fc.integer({ min: 1, max: 1024 }),
  Cout: fc.integer({ min: 1, max: 1024 }),
  k: fc.integer({ min: 1, max: 7 }),
  H: fc.integer({ min: 1, max: 224 }),
  W: fc.integer({ min: 1, max: 224 }),
});

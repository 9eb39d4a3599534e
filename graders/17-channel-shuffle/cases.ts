import fc from 'fast-check';
import type { Tensor4 } from '../../katas/lib/shape';
import { convOutputSize } from '../kit/tensor';
import { dim, tensor } from '../kit/toolkit';
import type { ConvCase, ShuffleCase } from './oracle';

const t4 = (shape: readonly number[]): fc.Arbitrary<Tensor4> =>
  tensor(shape, { min: -2, max: 2 }) as fc.Arbitrary<Tensor4>;

const divisors = (C: number): number[] => Array.from({ length: C }, (_, i) => i + 1).filter((g) => C % g === 0);

function shuffleOf(N: number, C: number, groups: number, H: number, W: number): fc.Arbitrary<ShuffleCase> {
  return fc.record({ x: t4([N, C, H, W]), groups: fc.constant(groups), dout: t4([N, C, H, W]) });
}

/**
 * N 1–2, C 1–12 (6, 8 and 12 often: where g, C/g and g² ≠ C leave room for
 * the shuffle's mistakes), g any divisor of C, maps up to 3×3: a shuffle
 * only moves channels, so the maps can be small.
 */
export const shuffleCases: fc.Arbitrary<ShuffleCase> = fc
  .record({
    N: dim({ max: 2 }),
    C: fc.oneof(dim({ max: 12 }), fc.constantFrom(6, 8, 12)),
    H: dim({ max: 3 }),
    W: dim({ max: 3 }),
  })
  .chain(({ N, C, H, W }) => fc.constantFrom(...divisors(C)).chain((g) => shuffleOf(N, C, g, H, W)));

/** 1 < g < C and g² ≠ C: where a shuffle and its inverse differ. */
export const unevenShuffleCases = shuffleCases.filter((c) => {
  const C = c.x[0].length;
  return c.groups > 1 && c.groups < C && c.groups * c.groups !== C;
});

/** g = 1 or g = C: a shuffle that moves nothing. */
export const trivialShuffleCases: fc.Arbitrary<ShuffleCase> = fc
  .record({ N: dim({ max: 2 }), C: dim({ max: 8 }), H: dim({ max: 3 }), W: dim({ max: 3 }), all: fc.boolean() })
  .chain(({ N, C, H, W, all }) => shuffleOf(N, C, all ? C : 1, H, W));

/** 2 ≤ g ≤ C with C not a multiple of g: no reshape to [N, g, C/g, H, W] exists. */
export const indivisibleCases: fc.Arbitrary<ShuffleCase> = fc
  .record({ N: dim({ max: 2 }), C: fc.integer({ min: 3, max: 12 }), H: dim({ max: 2 }), W: dim({ max: 2 }) })
  .chain(({ N, C, H, W }) =>
    fc
      .constantFrom(...Array.from({ length: C - 2 }, (_, i) => i + 2).filter((g) => C % g !== 0))
      .chain((g) => shuffleOf(N, C, g, H, W)),
  )
  .filter((c) => c.x[0].length % c.groups !== 0);

interface ConvConstraints {
  readonly groups?: { readonly min: number; readonly max: number };
  /** Cin/g: 1 for a depthwise conv. */
  readonly perGroup?: { readonly min: number; readonly max: number };
  readonly batch?: number;
}

/**
 * N 1–2, g 1–3 with 1–2 input and 1–2 output channels per group (Cin and
 * Cout up to 6, Cout ≠ Cin often), k 1–3, stride 1–2, padding 0 to k − 1,
 * H and W from k to k + 3 drawn apart (inexact divisions by the stride), a
 * bias three times in four. Values in [−2, 2]: the conv is linear in each
 * input, so no kink needs avoiding.
 */
export function convCases({
  groups = { min: 1, max: 3 },
  perGroup = { min: 1, max: 2 },
  batch,
}: ConvConstraints = {}): fc.Arbitrary<ConvCase> {
  return fc
    .record({
      N: batch === undefined ? dim({ max: 2 }) : fc.constant(batch),
      g: fc.integer(groups),
      inPer: fc.integer(perGroup),
      outPer: dim({ max: 2 }),
      k: dim({ max: 3 }),
      stride: dim({ max: 2 }),
      padIndex: fc.nat({ max: 2 }),
      extraH: fc.nat({ max: 3 }),
      extraW: fc.nat({ max: 3 }),
      bias: fc.nat({ max: 3 }),
    })
    .chain((r) => {
      const [Cin, Cout, padding] = [r.g * r.inPer, r.g * r.outPer, r.padIndex % r.k];
      const [H, W] = [r.k + r.extraH, r.k + r.extraW];
      const Ho = convOutputSize(H, r.k, r.stride, padding, 1);
      const Wo = convOutputSize(W, r.k, r.stride, padding, 1);
      return fc.record({
        x: t4([r.N, Cin, H, W]),
        w: t4([Cout, r.inPer, r.k, r.k]),
        b: r.bias === 0 ? fc.constant(null) : (tensor([Cout], { min: -2, max: 2 }) as fc.Arbitrary<number[]>),
        stride: fc.constant(r.stride),
        padding: fc.constant(padding),
        groups: fc.constant(r.g),
        dout: t4([r.N, Cout, Ho, Wo]),
      });
    });
}

export const cases = convCases();

/** Two or three groups: where a group's channels, its offset, its weights and its place in the output show. */
export const groupedCases = convCases({ groups: { min: 2, max: 3 } });

/** Two groups of two or more input channels: where interleaved groups differ from contiguous blocks. */
export const blockCases = convCases({ groups: { min: 2, max: 3 }, perGroup: { min: 2, max: 2 } });

/** A batch of two: where a sum over the batch shows. */
export const batchCases = convCases({ batch: 2 });

/** g = 1: an ordinary convolution. */
export const oneGroupCases = convCases({ groups: { min: 1, max: 1 }, perGroup: { min: 1, max: 3 } });

/** g = Cin: a depthwise convolution (channel multiplier Cout/Cin 1–2). */
export const depthwiseCases = convCases({ groups: { min: 1, max: 4 }, perGroup: { min: 1, max: 1 } });

/** A grouped case, one of its groups, and new values for that input block of example 0. */
export const blockChangeCases: fc.Arbitrary<{ c: ConvCase; block: number; values: number[][][] }> = groupedCases.chain(
  (c) =>
    fc.record({
      c: fc.constant(c),
      block: fc.nat({ max: c.groups - 1 }),
      values: tensor([c.w[0].length, c.x[0][0].length, c.x[0][0][0].length], { min: -2, max: 2 }) as fc.Arbitrary<
        number[][][]
      >,
    }),
);

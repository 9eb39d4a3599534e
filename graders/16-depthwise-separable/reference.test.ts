import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../../katas/lib/rng';
import type { Tensor4 } from '../../katas/lib/shape';
import { startReference } from '../kit/backends/startReference';
import type { Nested } from '../kit/tensor';
import { checkReference } from '../kit/toolkit';
import { cases as drawn, squareCases, stridedCases } from './cases';
import { type Case, oracle } from './oracle';
import { allReferences } from './reference';

const reference = startReference('cpu');

/** Multiples of 1/8 in [−2, 2] from a seeded generator: exact in float32, no pattern to cancel. */
const values = (shape: readonly number[], seed: number): Nested => {
  const rng = seededRng(seed);
  const build = (d: number): Nested =>
    d === shape.length ? Math.round(32 * rng() - 16) / 8 : Array.from({ length: shape[d] }, () => build(d + 1));
  return build(0);
};

function fixedCase(N: number, C: number, Cout: number, H: number, W: number, k: number, s: number, p: number): Case {
  const Ho = Math.floor((H + 2 * p - k) / s) + 1;
  const Wo = Math.floor((W + 2 * p - k) / s) + 1;
  return {
    x: values([N, C, H, W], 1) as Tensor4,
    wd: values([C, 1, k, k], 2) as Tensor4,
    wp: values([Cout, C, 1, 1], 3) as Tensor4,
    stride: s,
    padding: p,
    doutDepthwise: values([N, C, Ho, Wo], 4) as Tensor4,
    doutPointwise: values([N, Cout, H, W], 5) as Tensor4,
    doutSeparable: values([N, Cout, Ho, Wo], 6) as Tensor4,
  };
}

// Hand-picked: 'same' 3×3 at stride 1, stride 2 where the division is
// inexact (rows of x no window reaches), padding k − 1, a 1×1 depthwise
// filter, one channel, a 2×2 kernel on a non-square map, and a batch of two
// with Cout > C.
const fixed: Case[] = [
  fixedCase(1, 2, 3, 4, 4, 3, 1, 1),
  fixedCase(2, 3, 2, 6, 5, 3, 2, 0),
  fixedCase(1, 2, 2, 3, 4, 3, 1, 2),
  fixedCase(2, 3, 4, 3, 2, 1, 1, 0),
  fixedCase(1, 1, 3, 5, 3, 2, 2, 1),
  fixedCase(2, 4, 1, 7, 6, 3, 2, 1),
];

const gradients = {
  'depthwise.dx': { input: 'x', output: 'depthwise.out', upstream: 'doutDepthwise' },
  'depthwise.dw': { input: 'wd', output: 'depthwise.out', upstream: 'doutDepthwise' },
  'pointwise.dx': { input: 'x', output: 'pointwise.out', upstream: 'doutPointwise' },
  'pointwise.dw': { input: 'wp', output: 'pointwise.out', upstream: 'doutPointwise' },
  'separable.dx': { input: 'x', output: 'separable.out', upstream: 'doutSeparable' },
  'separable.dwDepthwise': { input: 'wd', output: 'separable.out', upstream: 'doutSeparable' },
  'separable.dwPointwise': { input: 'wp', output: 'separable.out', upstream: 'doutSeparable' },
} as const;

describe('depthwise-separable reference', () => {
  it('values and gradients agree with the float64 oracle within its bounds; the oracle with its own central differences', () => {
    const margin = checkReference(reference, {
      name: 'depthwise-separable',
      cases: fixed,
      reference: allReferences,
      oracle,
      gradients,
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('stays within the bounds on what the grader draws, strided and square cases included', () => {
    const draws = [
      ...fc.sample(drawn, { seed: 1, numRuns: 40 }),
      ...fc.sample(stridedCases, { seed: 2, numRuns: 15 }),
      ...fc.sample(squareCases, { seed: 3, numRuns: 10 }),
    ];
    const margin = checkReference(reference, { name: 'draws', cases: draws, reference: allReferences, oracle });
    expect(margin.reference).toBeLessThan(1);
  });

  it("returns NCHW shapes: depthwiseConv2d's output is transposed back, not read as NCHW", () => {
    const r = allReferences(reference, fixed[1]);
    // x [2, 3, 6, 5], k 3, stride 2, no padding: out [2, 3, 2, 2]; the block's [2, 2, 2, 2].
    expect([r['depthwise.out'].length, r['depthwise.out'][0].length, r['depthwise.out'][0][0].length]).toEqual([
      2, 3, 2,
    ]);
    expect(r['separable.out'][0].length).toBe(2);
  });
});

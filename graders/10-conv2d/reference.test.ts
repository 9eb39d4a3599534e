import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import { cases } from './cases';
import { type Case, oracle, type Tensor4 } from './oracle';
import { conv2dReference } from './reference';

const reference = startReference('cpu');

/** Deterministic values in [−2, 2) on a grid of 1/8, different per tensor. */
function filled([A, B, C, D]: readonly number[], seed: number): Tensor4 {
  let k = seed;
  const next = () => {
    k = (k * 37 + 11) % 32;
    return (k - 16) / 8;
  };
  return Array.from({ length: A }, () =>
    Array.from({ length: B }, () => Array.from({ length: C }, () => Array.from({ length: D }, next))),
  );
}

function caseOf(
  [N, Cin, H, W]: readonly number[],
  [Cout, kH, kW]: readonly number[],
  stride: number,
  padding: number,
  dilation: number,
): Case {
  const Ho = Math.floor((H + 2 * padding - dilation * (kH - 1) - 1) / stride) + 1;
  const Wo = Math.floor((W + 2 * padding - dilation * (kW - 1) - 1) / stride) + 1;
  return {
    x: filled([N, Cin, H, W], 1),
    w: filled([Cout, Cin, kH, kW], 5),
    b: filled([1, 1, 1, Cout], 9)[0][0][0],
    dout: filled([N, Cout, Ho, Wo], 3),
    stride,
    padding,
    dilation,
  };
}

// Hand-picked: a plain 3×3, stride 2 where the division is not exact (the
// last rows and columns are never read), padding wider than the kernel's
// reach (a 1×1 with p = 1: only bias at the border), dilation 2 and 3 (no
// tfjs gradient: the filter is dilated by hand), a non-square kernel on a
// non-square input, and all of it at once on a batch of two.
const fixed: Case[] = [
  caseOf([1, 1, 4, 4], [1, 3, 3], 1, 0, 1),
  caseOf([1, 2, 7, 6], [2, 3, 3], 2, 1, 1),
  caseOf([2, 3, 3, 4], [2, 1, 1], 1, 1, 1),
  caseOf([1, 2, 7, 7], [3, 3, 2], 1, 1, 2),
  caseOf([2, 2, 8, 9], [2, 2, 3], 3, 2, 3),
  caseOf([2, 3, 9, 5], [2, 3, 2], 2, 2, 2),
];

const gradients = {
  dx: { input: 'x', output: 'out', upstream: 'dout' },
  dw: { input: 'w', output: 'out', upstream: 'dout' },
  db: { input: 'b', output: 'out', upstream: 'dout' },
} as const;

describe('conv2d reference', () => {
  it('out, dx, dw and db agree with the float64 oracle within its bounds, and the oracle with its own central differences', () => {
    const margin = checkReference(reference, {
      name: 'conv2d',
      cases: fixed,
      reference: conv2dReference,
      oracle,
      gradients,
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('stays within the bounds on what the grader draws', () => {
    const draws = fc.sample(cases, { seed: 1, numRuns: 60 });
    expect(
      checkReference(reference, { name: 'draws', cases: draws, reference: conv2dReference, oracle }).reference,
    ).toBeLessThan(1);
  });

  it('is a cross-correlation, as PyTorch: a kernel with one tap at its top left reads the top-left of each window', () => {
    const x = [
      [
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
      ],
    ];
    const { out } = conv2dReference(reference, {
      x,
      w: [
        [
          [
            [1, 0],
            [0, 0],
          ],
        ],
      ],
      b: [0],
      dout: [
        [
          [
            [0, 0],
            [0, 0],
          ],
        ],
      ],
      stride: 1,
      padding: 0,
      dilation: 1,
    });
    expect(out).toEqual([
      [
        [
          [1, 2],
          [4, 5],
        ],
      ],
    ]);
  });
});

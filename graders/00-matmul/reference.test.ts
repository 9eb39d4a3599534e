import { describe, expect, it } from 'vitest';
import { checkReference, type Nested } from '../kit/toolkit';
import { matmulBackwardReference, matmulReference, transposeReference } from './reference';

const matmul64 = (A: Nested, B: Nested): Nested => {
  const a = A as number[][];
  const b = B as number[][];
  return a.map((row) => b[0].map((_, j) => row.reduce((s, x, p) => s + x * b[p][j], 0)));
};

const cases: Nested[][] = [
  [
    [
      [1, 2, 3],
      [4, 5, 6],
    ],
    [
      [7, 8],
      [9, 10],
      [11, 12],
    ],
  ],
  [[[0.5]], [[-3, 2.25, 7]]],
  [
    [
      [1e3, -1e-3],
      [3.3, 9.75],
    ],
    [
      [0.1, 4],
      [-7.5, 1e2],
    ],
  ],
  [[[-1], [2], [-3]], [[4, -5]]],
];

describe('matmul reference', () => {
  it('matches float64 on a hand-checked case', () => {
    expect(matmulReference(cases[0][0], cases[0][1])).toEqual([
      [58, 64],
      [139, 154],
    ]);
  });

  it('values and gradients agree with float64 within the grader tolerance', () => {
    const margin = checkReference({
      name: 'matmul',
      cases,
      value: matmulReference,
      vjp: ([A, B], dC) => {
        const g = matmulBackwardReference(dC, A, B);
        return [g.dA, g.dB];
      },
      float64: matmul64,
      ops: 4,
    });
    expect(margin.value).toBeLessThan(1);
    expect(margin.gradients).toBeLessThan(1);
  });

  it('transpose is exact', () => {
    expect(
      transposeReference([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
  });
});

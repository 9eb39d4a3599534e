import { describe, expect, it } from 'vitest';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import { type BackwardCase, backward64, forward64 } from './oracle';
import { matmulBackwardReference, matmulReference, transposeReference } from './reference';

const reference = startReference('cpu');

const cases: BackwardCase[] = [
  {
    A: [
      [1, 2, 3],
      [4, 5, 6],
    ],
    B: [
      [7, 8],
      [9, 10],
      [11, 12],
    ],
    dC: [
      [1, -2],
      [0.5, 3],
    ],
  },
  { A: [[0.5]], B: [[-3, 2.25, 7]], dC: [[1, 1, -1]] },
  {
    A: [
      [1e3, -1e-3],
      [3.3, 9.75],
    ],
    B: [
      [0.1, 4],
      [-7.5, 1e2],
    ],
    dC: [
      [0.25, -0.75],
      [2, 1e-2],
    ],
  },
  {
    A: [[-1], [2], [-3]],
    B: [[4, -5]],
    dC: [
      [1, 2],
      [3, 4],
      [5, 6],
    ],
  },
];

describe('matmul reference', () => {
  it('matches a hand-checked product exactly', () => {
    expect(matmulReference(reference, cases[0].A, cases[0].B)).toEqual([
      [58, 64],
      [139, 154],
    ]);
  });

  it('values and gradients agree with the float64 oracle within its bounds; the oracle with its own central differences', () => {
    const margin = checkReference(reference, {
      name: 'matmul',
      cases,
      reference: (r, c) => ({ C: matmulReference(r, c.A, c.B), ...matmulBackwardReference(r, c.dC, c.A, c.B) }),
      oracle: (c) => ({ ...forward64(c), ...backward64(c) }),
      gradients: { dA: { input: 'A', output: 'C', upstream: 'dC' }, dB: { input: 'B', output: 'C', upstream: 'dC' } },
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('transpose is exact', () => {
    expect(
      transposeReference(reference, [
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

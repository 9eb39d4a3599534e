import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import { cases as drawn, kinkCases, squareCases } from './cases';
import { type Case, oracle } from './oracle';
import { residualReference } from './reference';

const reference = startReference('cpu');

// Hand-picked: H ≠ D both ways (D = 3 → H = 2, D = 1 → H = 3), a square
// block, a unit switched off for every row (its weights must get no
// gradient), and large values; every pre-activation at least 0.1 from the
// kink, so central differences of the oracle never straddle it. The exact
// zeros of the kink are in `kinks`, proven without central differences.
const fixed: Case[] = [
  {
    x: [
      [1, -2, 0.5],
      [0.25, 3, -1],
    ],
    W1: [
      [0.5, -0.25, 1],
      [-1, 0.75, 0.5],
    ],
    b1: [0.3, -0.2],
    W2: [
      [1, -0.5],
      [0.25, 0.75],
      [-1, 2],
    ],
    b2: [0.1, -0.3, 0.5],
    dout: [
      [1, -1, 0.5],
      [0.25, 2, -0.75],
    ],
  },
  {
    x: [[2], [-1.5]],
    W1: [[1], [-0.5], [0.25]],
    b1: [-0.5, 0.2, 1],
    W2: [[0.5, -1, 2]],
    b2: [0.25],
    dout: [[1], [-2]],
  },
  {
    x: [
      [1, 2],
      [-3, 0.5],
    ],
    W1: [
      [0.5, 0.5],
      [-1, -1],
    ],
    b1: [-5, -5],
    W2: [
      [1, -1],
      [0.5, 2],
    ],
    b2: [0, 1],
    dout: [
      [0.5, 1],
      [-1, 0.25],
    ],
  },
  {
    x: [[300, -250]],
    W1: [
      [0.75, 0.5],
      [-0.25, 1],
    ],
    b1: [10, -3],
    W2: [
      [2, -1],
      [1, 1],
    ],
    b2: [-100, 50],
    dout: [[3, -2]],
  },
];

const gradients = {
  dx: { input: 'x', output: 'out', upstream: 'dout' },
  dW1: { input: 'W1', output: 'out', upstream: 'dout' },
  db1: { input: 'b1', output: 'out', upstream: 'dout' },
  dW2: { input: 'W2', output: 'out', upstream: 'dout' },
  db2: { input: 'b2', output: 'out', upstream: 'dout' },
} as const;

describe('residual-block reference', () => {
  it('values and gradients agree with the float64 oracle within its bounds; the oracle with its own central differences', () => {
    const margin = checkReference(reference, {
      name: 'residual-block',
      cases: fixed,
      reference: residualReference,
      oracle,
      gradients,
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('stays within the bounds on what the grader draws, square blocks and exact kinks included', () => {
    const draws = [
      ...fc.sample(drawn, { seed: 1, numRuns: 60 }),
      ...fc.sample(squareCases, { seed: 2, numRuns: 20 }),
      ...fc.sample(kinkCases, { seed: 3, numRuns: 30 }),
    ];
    const margin = checkReference(reference, { name: 'draws', cases: draws, reference: residualReference, oracle });
    expect(margin.reference).toBeLessThan(1);
  });

  it("takes ReLU′(0) = 0 at an exact zero of the pre-activation, as PyTorch's autograd", () => {
    // z = 1·1 + (−1) = 0 exactly: no gradient reaches W1, b1, or x through F.
    const c: Case = { x: [[1]], W1: [[1]], b1: [-1], W2: [[2]], b2: [0], dout: [[1]] };
    const r = residualReference(reference, c);
    expect([r.dW1, r.db1, r.dx]).toEqual([[[0]], [0], [[1]]]);
  });
});

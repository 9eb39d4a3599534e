import { describe, expect, it } from 'vitest';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import { type Case, mlp64 } from './oracle';
import { mlpReference } from './reference';

const reference = startReference('cpu');

const cases: Case[] = [
  // Hand-checked below: h = ½, z = [0, ln 3] in both rows, labels 0 and 1.
  { x: [[0], [0]], y: [0, 1], W1: [[0]], b1: [0], W2: [[0], [0]], b2: [0, Math.log(3)] },
  {
    x: [
      [0.5, -1.25, 2, 0.1],
      [-0.75, 0.3, -1.5, 1.9],
      [1.1, 0.6, -0.2, -1.7],
    ],
    y: [2, 0, 1],
    W1: [
      [0.4, -0.3, 0.8, 0.1],
      [-0.6, 0.9, 0.2, -0.5],
      [0.7, 0.05, -0.45, 0.3],
    ],
    b1: [0.1, -0.2, 0.3],
    W2: [
      [0.9, -0.7, 0.4],
      [-0.3, 0.6, -0.8],
      [0.5, 0.2, 0.75],
    ],
    b2: [0.05, -0.15, 0.25],
  },
  {
    x: [[1.5, -0.5]],
    y: [3],
    W1: [
      [0.2, -0.9],
      [0.6, 0.4],
      [-0.8, 0.3],
      [0.1, 0.7],
      [-0.4, -0.6],
    ],
    b1: [0.3, -0.1, 0.2, -0.4, 0.5],
    W2: [
      [0.3, -0.2, 0.8, 0.5, -0.7],
      [-0.6, 0.9, 0.1, -0.3, 0.4],
      [0.2, 0.4, -0.5, 0.6, 0.1],
      [-0.9, -0.1, 0.3, 0.2, 0.8],
    ],
    b2: [0.4, -0.3, 0.1, 0.2],
  },
  // Saturated hidden units (|a1| ≈ 7, σ′ ≈ 1e-3) and an odd batch size (1/N inexact in float32).
  {
    x: [
      [2, -2, 2],
      [-2, 2, -2],
      [1.5, 0.5, -1],
      [0, -1.75, 2],
      [-0.25, 1, 1.5],
    ],
    y: [0, 1, 1, 0, 1],
    W1: [
      [0.5, -0.5, 0.5],
      [-0.5, 0.5, -0.5],
    ],
    b1: [1, -1],
    W2: [
      [2, -2],
      [-1.5, 1.75],
    ],
    b2: [-1, 1],
  },
  // Logits beyond ±1000, as the grader's stability property draws them; example 0's label underflows.
  {
    x: [
      [1, -0.5],
      [-1.5, 2],
    ],
    y: [1, 0],
    W1: [
      [0.5, 0.3],
      [-0.7, 0.6],
    ],
    b1: [0.1, -0.2],
    W2: [
      [150, -80],
      [-60, 120],
      [40, 30],
    ],
    b2: [1500, -1500, 7],
  },
];

describe('mlp-backprop reference', () => {
  it('the loss is the mean over the batch (hand-checked)', () => {
    // Softmax of [0, ln 3] is [¼, ¾]: −ln ¼ for label 0, −ln ¾ for label 1, mean ½·ln(16/3).
    const r = mlpReference(reference, cases[0]);
    expect(r.loss).toBeCloseTo(0.5 * Math.log(16 / 3), 6);
    // (p − onehot)/N = ([−¾, ¾] + [¼, −¼])/2 → db2 = [−¼, ¼], dW2 = db2·h = [−⅛, ⅛].
    expect(r.db2).toEqual([-0.25, 0.25]);
    expect(r.dW2).toEqual([[-0.125], [0.125]]);
    expect(r.logits).toEqual([
      [0, Math.fround(Math.log(3))],
      [0, Math.fround(Math.log(3))],
    ]);
  });

  it('loss, logits and gradients agree with the float64 oracle within its bounds; the oracle with its own central differences', () => {
    const margin = checkReference(reference, {
      name: 'mlp',
      cases,
      reference: (r, c) => ({ ...mlpReference(r, c) }),
      oracle: (c) => ({ ...mlp64(c) }),
      gradients: {
        dW1: { input: 'W1', output: 'loss' },
        db1: { input: 'b1', output: 'loss' },
        dW2: { input: 'W2', output: 'loss' },
        db2: { input: 'b2', output: 'loss' },
      },
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });
});

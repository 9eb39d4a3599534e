import { describe, expect, it } from 'vitest';
import { checkReference, type Nested, TRANSCENDENTAL_OPS } from '../kit/toolkit';
import { mlpReference, oneHot } from './reference';

// An independent float64 net, written plainly: h = σ(x·W1ᵀ + b1),
// z = h·W2ᵀ + b2, loss = mean over rows of log Σ exp(z) − Σ Y·z.
type M = number[][];
const linear64 = (x: M, W: M, b: number[]): M =>
  x.map((row) => W.map((w, j) => b[j] + w.reduce((s, v, k) => s + v * row[k], 0)));
const logits64 = (x: Nested, W1: Nested, b1: Nested, W2: Nested, b2: Nested): M =>
  linear64(
    linear64(x as M, W1 as M, b1 as number[]).map((r) => r.map((a) => 1 / (1 + Math.exp(-a)))),
    W2 as M,
    b2 as number[],
  );
const loss64 = (x: Nested, Y: Nested, W1: Nested, b1: Nested, W2: Nested, b2: Nested): number => {
  const z = logits64(x, W1, b1, W2, b2);
  const rows = z.map((r, n) => {
    const m = Math.max(...r);
    const lse = m + Math.log(r.reduce((s, v) => s + Math.exp(v - m), 0));
    return lse - r.reduce((s, v, c) => s + v * (Y as M)[n][c], 0);
  });
  return rows.reduce((s, v) => s + v, 0) / rows.length;
};

const labelsOf = (Y: Nested): number[] => (Y as M).map((r) => r.indexOf(1));
const paramsOf = (W1: Nested, b1: Nested, W2: Nested, b2: Nested) => ({ W1, b1, W2, b2 });

// [x, Y (one-hot), W1, b1, W2, b2]
const cases: Nested[][] = [
  // Hand-checked below: h = ½, z = [0, ln 3] in both rows, labels 0 and 1.
  [[[0], [0]], oneHot([0, 1], 2), [[0]], [0], [[0], [0]], [0, Math.log(3)]],
  [
    [
      [0.5, -1.25, 2, 0.1],
      [-0.75, 0.3, -1.5, 1.9],
      [1.1, 0.6, -0.2, -1.7],
    ],
    oneHot([2, 0, 1], 3),
    [
      [0.4, -0.3, 0.8, 0.1],
      [-0.6, 0.9, 0.2, -0.5],
      [0.7, 0.05, -0.45, 0.3],
    ],
    [0.1, -0.2, 0.3],
    [
      [0.9, -0.7, 0.4],
      [-0.3, 0.6, -0.8],
      [0.5, 0.2, 0.75],
    ],
    [0.05, -0.15, 0.25],
  ],
  [
    [[1.5, -0.5]],
    oneHot([3], 4),
    [
      [0.2, -0.9],
      [0.6, 0.4],
      [-0.8, 0.3],
      [0.1, 0.7],
      [-0.4, -0.6],
    ],
    [0.3, -0.1, 0.2, -0.4, 0.5],
    [
      [0.3, -0.2, 0.8, 0.5, -0.7],
      [-0.6, 0.9, 0.1, -0.3, 0.4],
      [0.2, 0.4, -0.5, 0.6, 0.1],
      [-0.9, -0.1, 0.3, 0.2, 0.8],
    ],
    [0.4, -0.3, 0.1, 0.2],
  ],
  // Logits beyond ±1000, as the grader's stability property draws them.
  [
    [
      [1, -0.5],
      [-1.5, 2],
    ],
    oneHot([1, 0], 3),
    [
      [0.5, 0.3],
      [-0.7, 0.6],
    ],
    [0.1, -0.2],
    [
      [150, -80],
      [-60, 120],
      [40, 30],
    ],
    [1500, -1500, 7],
  ],
];

// Longest chain of the largest case (N = 3, D = 4, H = 3, C = 3) as the
// grader counts it: D + H + C + 2N dot-product and sum steps, five
// transcendental ops (sigmoid's exp, exp and log in log-sum-exp, exp in the
// softmax gradient, the sigmoid gradient's product) and ~10 adds and products.
const ops = 4 + 3 + 3 + 2 * 3 + 5 * TRANSCENDENTAL_OPS + 10;

describe('mlp-backprop reference', () => {
  it('the loss is the mean over the batch (hand-checked)', () => {
    // Softmax of [0, ln 3] is [¼, ¾]: −ln ¼ for label 0, −ln ¾ for label 1, mean ½·ln(16/3).
    const [x, Y, W1, b1, W2, b2] = cases[0];
    const r = mlpReference(x, labelsOf(Y), 2, paramsOf(W1, b1, W2, b2));
    expect(r.loss).toBeCloseTo(0.5 * Math.log(16 / 3), 6);
    // (p − onehot)/N = ([−¾, ¾] + [¼, −¼])/2 → db2 = [−¼, ¼], dW2 = db2·h = [−⅛, ⅛].
    expect(r.db2).toEqual([-0.25, 0.25]);
    expect(r.dW2).toEqual([[-0.125], [0.125]]);
    expect(r.logits).toEqual([
      [0, Math.fround(Math.log(3))],
      [0, Math.fround(Math.log(3))],
    ]);
  });

  it('loss and gradients agree with float64 within the grader tolerance', () => {
    const margin = checkReference({
      name: 'mlp loss',
      cases,
      value: (x, Y, W1, b1, W2, b2) => mlpReference(x, labelsOf(Y), (Y as M)[0].length, paramsOf(W1, b1, W2, b2)).loss,
      // The gradients are those of the loss (upstream 1); the loss is a scalar, so dy scales them.
      vjp: ([x, Y, W1, b1, W2, b2], dy) => {
        const r = mlpReference(x, labelsOf(Y), (Y as M)[0].length, paramsOf(W1, b1, W2, b2));
        const times = (g: Nested): Nested => (Array.isArray(g) ? g.map(times) : g * (dy as number));
        return [r.dx, Y, r.dW1, r.db1, r.dW2, r.db2].map(times);
      },
      differentiable: [0, 2, 3, 4, 5],
      float64: loss64,
      // Loss = log Σ exp − z_y cancels; its float32 error scales with those terms.
      scale: (x, Y, W1, b1, W2, b2) => {
        const z = logits64(x, W1, b1, W2, b2);
        return Math.max(...z.map((r) => 2 * Math.max(...r.map(Math.abs))));
      },
      ops,
    });
    expect(margin.value).toBeLessThan(1);
    expect(margin.gradients).toBeLessThan(1);
  });

  it('logits agree with float64', () => {
    const margin = checkReference({
      name: 'mlp logits',
      cases: cases.map(([x, , W1, b1, W2, b2]) => [x, W1, b1, W2, b2]),
      value: (x, W1, b1, W2, b2) =>
        mlpReference(
          x,
          (x as M).map(() => 0),
          (b2 as number[]).length,
          paramsOf(W1, b1, W2, b2),
        ).logits,
      float64: logits64,
      ops,
    });
    expect(margin.value).toBeLessThan(1);
  });
});

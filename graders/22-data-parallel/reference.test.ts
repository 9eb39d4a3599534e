import { describe, expect, it } from 'vitest';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import { ddp64, local64, membership, type Problem, shardsOf } from './oracle';
import { localReference } from './reference';

const reference = startReference('cpu');

// Fixed shards: one example, an odd count (1/(n·out) inexact in float32),
// outputs of 1 and 3, and residuals of ±100 (as the grader draws them).
const cases: Problem[] = [
  { x: [[1, 2]], y: [[0.5]], W: [[0.25, -0.5]], b: [0.125] },
  {
    x: [
      [0.5, -1.25, 2],
      [-0.75, 0.3, -1.5],
      [1.1, 0.6, -0.2],
    ],
    y: [
      [1, -2, 0.5],
      [0.3, 0.7, -1.1],
      [-0.4, 2.2, 1.9],
    ],
    W: [
      [0.4, -0.3, 0.8],
      [-0.6, 0.9, 0.2],
      [0.7, 0.05, -0.45],
    ],
    b: [0.1, -0.2, 0.3],
  },
  {
    x: [
      [9.5, -8.25],
      [-7.75, 6.5],
      [10, 10],
      [-3.3, 4.4],
      [0.01, -9.99],
    ],
    y: [[-9], [8.5], [-10], [2.2], [7.7]],
    W: [[9.75, -6.5]],
    b: [-4.25],
  },
];

/** The mean loss, as the oracle's forward: for central differences of its gradients. */
function lossOf(c: Problem) {
  const { dW, db } = local64(c);
  const n = c.x.length * c.W.length;
  let s = 0;
  for (const [k, x] of c.x.entries()) {
    for (const [o, w] of c.W.entries()) {
      const r = c.b[o] + w.reduce((a, wi, i) => a + wi * x[i], 0) - c.y[k][o];
      s += (r * r) / n;
    }
  }
  return { dW, db, loss: { shape: [], data: Float64Array.of(s), err: Float64Array.of(0), depth: 0 } };
}

describe('data-parallel reference', () => {
  it("localGradients: tfjs's mean squared error and its autodiff agree with the float64 oracle; the oracle with central differences", () => {
    const margin = checkReference(reference, {
      name: 'local-gradients',
      cases,
      reference: (r, c) => {
        const { dW, db } = localReference(r, c);
        return { dW, db };
      },
      oracle: (c) => lossOf(c),
      gradients: { dW: { input: 'W', output: 'loss' }, db: { input: 'b', output: 'loss' } },
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('the mean squared error is the mean over examples and outputs (hand-checked)', () => {
    // ŷ = 0.25 − 1 + 0.125 = −0.625, r = −1.125: loss r², dŷ = 2r, dW = 2r·x, db = 2r.
    const r = localReference(reference, cases[0]);
    expect(r.loss).toBeCloseTo(1.265625, 6);
    expect(r.dW).toEqual([[-2.25, -4.5]]);
    expect(r.db).toEqual([-2.25]);
  });

  it("the oracle's DDP step on unequal shards is the full-batch step, and the mistakes it rebuilds are not", () => {
    const c = { ...cases[2], workers: 3, lr: 0.125 };
    expect(shardsOf(5, 3)).toEqual([[0, 3], [1, 4], [2]]);
    expect(shardsOf(5, 3, 'drops-remainder')).toEqual([[0], [1], [2]]);
    expect(shardsOf(5, 3, 'pads-by-repeating')).toEqual([
      [0, 3],
      [1, 4],
      [2, 0],
    ]);
    expect(membership(shardsOf(2, 4), 2)).toEqual([
      [1, 0],
      [0, 1],
      [0, 0],
      [0, 0],
    ]);
    // Weighting the per-shard means by their counts is the full-batch mean: the oracle's other path.
    const weighted = ddp64(c, 'drops-remainder');
    expect(weighted.W.shape).toEqual([3, 1, 2]);
    const truth = ddp64(c);
    const equal = ddp64(c, 'equal-weight-average');
    expect(Math.abs(truth.W.data[0] - equal.W.data[0])).toBeGreaterThan(1e-3);
    const empty = ddp64({ ...cases[0], workers: 3, lr: 0.5 }, 'empty-shard-nan');
    expect(Number.isNaN(empty.W.data[0])).toBe(true);
    expect(ddp64({ ...cases[0], workers: 3, lr: 0.5 }).W.data[0]).toBeCloseTo(0.25 + 0.5 * 2.25, 12);
  });
});

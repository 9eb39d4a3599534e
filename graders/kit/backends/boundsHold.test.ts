import { describe, expect, it } from 'vitest';
import { seededRng } from '../../../katas/lib/rng';
import * as t from '../tensor';
import type { ReferenceFn } from './referenceBackend';
import { startReference } from './startReference';

// The error model of ../tensor against the reference it models: for every op
// graders compose oracles from, on seeded random inputs of several
// magnitudes, tfjs's float32 result must lie within the bound the tracked
// float64 computation carries. A rule that undercounts fails here first.

const reference = startReference('cpu');
const rng = seededRng(20261201);

function draw(shape: number[], scale: number, { positive = false } = {}): t.Nested {
  const n = shape.reduce((a, b) => a * b, 1);
  const flat = Array.from({ length: n }, () => {
    const v = (2 * rng() - 1) * scale;
    return positive ? Math.abs(v) + 1e-3 : v;
  });
  return t.unflatten(flat, shape);
}

/** The worst |tfjs − oracle| over the oracle's bound for f on inputs xs. */
function worstRatio(f: ReferenceFn, oracle: (...x: t.Tensor64[]) => t.Tensor64, xs: t.Nested[]): number {
  const got = reference.value(f, xs);
  const truth = oracle(...xs.map((x) => t.tensor64(x)));
  return t.closeness(t.flatten(got), truth.data, reference.bounds(truth)).ratio;
}

const scales = [1e-3, 1, 30];
const trials = 20;

function holds(
  name: string,
  f: ReferenceFn,
  oracle: (...x: t.Tensor64[]) => t.Tensor64,
  shapes: number[][],
  positive = false,
) {
  it(`${name}: tfjs stays within the bound`, () => {
    let worst = 0;
    for (const scale of scales) {
      for (let k = 0; k < trials; k++) {
        worst = Math.max(
          worst,
          worstRatio(
            f,
            oracle,
            shapes.map((s) => draw(s, scale, { positive })),
          ),
        );
      }
    }
    expect(worst).toBeLessThanOrEqual(1);
  });
}

describe('every rounding rule bounds tfjs cpu', () => {
  holds('add with broadcasting', (tf, a, b) => tf.add(a, b), t.add, [[3, 4], [4]]);
  holds('sub', (tf, a, b) => tf.sub(a, b), t.sub, [[5], [5]]);
  holds('mul', (tf, a, b) => tf.mul(a, b), t.mul, [
    [2, 3],
    [2, 3],
  ]);
  holds('div', (tf, a, b) => tf.div(a, b), t.div, [[6], [6]], true);
  holds('exp', (tf, a) => tf.exp(a), t.exp, [[40]]);
  holds('log', (tf, a) => tf.log(a), t.log, [[40]], true);
  holds('log1p', (tf, a) => tf.log1p(a), t.log1p, [[40]], true);
  holds('tanh', (tf, a) => tf.tanh(a), t.tanh, [[40]]);
  holds('sigmoid', (tf, a) => tf.sigmoid(a), t.sigmoid, [[40]]);
  holds('softplus', (tf, a) => tf.softplus(a), t.softplus, [[40]]);
  holds('erf', (tf, a) => tf.erf(a), t.erf, [[40]]);
  holds('sqrt', (tf, a) => tf.sqrt(a), t.sqrt, [[40]], true);
  holds('square', (tf, a) => tf.square(a), t.square, [[40]]);
  holds('relu', (tf, a) => tf.relu(a), t.relu, [[40]]);
  holds(
    'sum over an axis',
    (tf, a) => tf.sum(a, 1),
    (a) => t.sum(a, { axis: 1 }),
    [[3, 17]],
  );
  holds(
    'mean of everything',
    (tf, a) => tf.mean(a),
    (a) => t.mean(a),
    [[4, 9]],
  );
  holds(
    'max over the last axis',
    (tf, a) => tf.max(a, -1),
    (a) => t.max(a, { axis: -1 }),
    [[5, 6]],
  );
  holds(
    'matmul',
    (tf, a, b) => tf.matMul(a, b),
    (a, b) => t.matmul(a, b),
    [
      [4, 16],
      [16, 3],
    ],
  );
  holds(
    'matmul with transposes, batched',
    (tf, a, b) => tf.matMul(a, b, true, true),
    (a, b) => t.matmul(a, b, { transposeA: true, transposeB: true }),
    [
      [2, 7, 3],
      [2, 5, 7],
    ],
  );
  holds('softmax', (tf, a) => tf.softmax(a), t.softmax, [[3, 8]]);
  // PyTorch's NCHW conv2d, computed by tfjs in NHWC with explicit padding (docs/curriculum.md, trap 1);
  // tfjs takes a stride or a dilation above 1, not both.
  const nhwc =
    (stride: [number, number], dilation: [number, number]): ReferenceFn =>
    (tf, x, w) =>
      tf.transpose(
        tf.conv2d(
          tf.transpose(x, [0, 2, 3, 1]) as never,
          tf.transpose(w, [2, 3, 1, 0]) as never,
          stride,
          [
            [0, 0],
            [1, 1],
            [2, 2],
            [0, 0],
          ],
          'NHWC',
          dilation,
        ),
        [0, 3, 1, 2],
      );
  holds(
    'conv2d with stride and padding',
    nhwc([2, 3], [1, 1]),
    (x, w) => t.conv2d(x, w, { stride: [2, 3], padding: [1, 2] }),
    [
      [2, 3, 7, 6],
      [4, 3, 3, 2],
    ],
  );
  holds('conv2d with dilation', nhwc([1, 1], [2, 1]), (x, w) => t.conv2d(x, w, { padding: [1, 2], dilation: [2, 1] }), [
    [1, 2, 6, 5],
    [3, 2, 2, 3],
  ]);
  holds('logSoftmax', (tf, a) => tf.logSoftmax(a), t.logSoftmax, [[3, 8]]);
  holds('logSumExp', (tf, a) => tf.logSumExp(a, -1, true), t.logSumExp, [[3, 8]]);
  holds(
    'where',
    (tf, a, b) => tf.where(tf.greater(a, 0), a, b),
    (a, b) => t.where(t.toNested(t.step(a)), a, b),
    [[12], [12]],
  );

  it('softmax backward: tfjs autodiff stays within the bound of softmaxBackward', () => {
    let worst = 0;
    for (const scale of scales) {
      for (let k = 0; k < trials; k++) {
        const x = draw([3, 6], scale);
        const dy = draw([3, 6], 1);
        const got = reference.vjp((tf, a) => tf.softmax(a), [x], dy).grads[0];
        const truth = t.softmaxBackward(t.tensor64(dy), t.softmax(t.tensor64(x)));
        worst = Math.max(worst, t.closeness(t.flatten(got), truth.data, reference.bounds(truth)).ratio);
      }
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('a chain (an MLP layer and a loss) stays within the bound of the same chain', () => {
    const f: ReferenceFn = (tf, x, w, b) => tf.mean(tf.sigmoid(tf.add(tf.matMul(x, w, false, true), b)));
    const oracle = (x: t.Tensor64, w: t.Tensor64, b: t.Tensor64) =>
      t.mean(t.sigmoid(t.add(t.matmul(x, w, { transposeB: true }), b)));
    let worst = 0;
    for (let k = 0; k < trials; k++)
      worst = Math.max(worst, worstRatio(f, oracle, [draw([5, 4], 2), draw([3, 4], 2), draw([3], 1)]));
    expect(worst).toBeLessThanOrEqual(1);
  });
});

describe('the bound is tight enough to mean something', () => {
  it('is small next to any real mistake on a long dot product, and not far above the actual error', () => {
    const own = seededRng(7);
    const v = (n: number) => Array.from({ length: n }, () => 2 * own() - 1);
    const a = [v(256)];
    const b = v(256).map((x) => [x]);
    const got = reference.value((tf, x, y) => tf.matMul(x, y), [a, b]);
    const truth = t.matmul(t.tensor64(a), t.tensor64(b));
    const bound = reference.bounds(truth)[0];
    const terms = a[0].reduce((s, x, i) => s + Math.abs(x * b[i][0]), 0);
    // The worst case of 256 roundings is (n − 1)·u of the terms: 1.5e-5 of them, far below a mistake's O(1).
    expect(bound / terms).toBeLessThan(2e-5);
    // Rounding errors mostly cancel (a random walk, √n, not n): the actual error is a small but real share.
    expect(Math.abs(t.flatten(got)[0] - truth.data[0]) / bound).toBeGreaterThan(1e-4);
  });
});

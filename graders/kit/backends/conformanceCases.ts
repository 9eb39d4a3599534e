import type { Tensor } from '@tensorflow/tfjs-core';

// Every op and gradient the graders' references use (grep graders/*/reference.ts
// for `tf.`), plus the ones the curriculum's coming katas need (pooling, conv,
// normalisation, embedding: docs/curriculum.md): a backend must agree with
// cpu on all of them before it serves as reference. The inputs are fixed and
// chosen where backends have been seen to go wrong, e.g. max-pool windows whose
// max is negative (the wasm backend's gradient is wrong there).

type Tf = typeof import('@tensorflow/tfjs-core');

export interface ConformanceCase {
  /** The tfjs op as graders write it; a rejection names it. */
  readonly op: string;
  readonly f: (tf: Tf, ...xs: Tensor[]) => Tensor;
  /** Input shapes; values come from `fixedValues`. */
  readonly shapes: readonly number[][];
  /** Range of the input values: [low, high). */
  readonly range?: readonly [number, number];
  /** Exact input values instead, where a fault shows only on them. */
  readonly values?: readonly (readonly number[])[];
}

const cases: ConformanceCase[] = [
  {
    op: 'matMul',
    f: (tf, a, b) => tf.matMul(a, b),
    shapes: [
      [3, 5],
      [5, 4],
    ],
  },
  {
    op: 'matMul(transposeB)',
    f: (tf, a, b) => tf.matMul(a, b, false, true),
    shapes: [
      [3, 5],
      [4, 5],
    ],
  },
  {
    op: 'matMul(4-D batch)',
    f: (tf, a, b) => tf.matMul(a, b, false, true),
    shapes: [
      [2, 2, 3, 4],
      [2, 2, 5, 4],
    ],
  },
  // The all-zero 1-wide MLP fast-check shrinks mlp-backprop to: WebGL's
  // packed binary ops (tfjs 4.22 on SwiftShader) give dW2 = [0, 0.5]
  // instead of [−0.25, 0.25] here, silently.
  {
    op: 'matMul(sigmoid(add(matMul))) (packed binary ops)',
    f: (tf, x, W1, b1, W2) =>
      tf.losses.softmaxCrossEntropy(
        tf.tensor2d([[1, 0]]),
        tf.matMul(tf.sigmoid(tf.add(tf.matMul(x, W1, false, true), b1)), W2, false, true),
      ),
    shapes: [[1, 1], [1, 1], [1], [2, 1]],
    values: [[0], [0], [0], [0, 0]],
  },
  { op: 'transpose', f: (tf, a) => tf.transpose(a), shapes: [[3, 4]] },
  { op: 'add/mul/div', f: (tf, a, b) => tf.div(tf.add(tf.mul(a, b), 3), 6), shapes: [[4, 3], [3]] },
  { op: 'sigmoid', f: (tf, x) => tf.sigmoid(x), shapes: [[24]], range: [-12, 12] },
  { op: 'tanh', f: (tf, x) => tf.tanh(x), shapes: [[24]], range: [-6, 6] },
  { op: 'relu', f: (tf, x) => tf.relu(x), shapes: [[24]] },
  { op: 'relu6', f: (tf, x) => tf.relu6(x), shapes: [[24]], range: [-9, 9] },
  { op: 'leakyRelu', f: (tf, x) => tf.leakyRelu(x, 0.1), shapes: [[24]] },
  { op: 'elu', f: (tf, x) => tf.elu(tf.minimum(x, 0)), shapes: [[24]] },
  { op: 'erf', f: (tf, x) => tf.erf(x), shapes: [[24]], range: [-3, 3] },
  { op: 'exp', f: (tf, x) => tf.exp(x), shapes: [[24]], range: [-8, 8] },
  { op: 'log', f: (tf, x) => tf.log(x), shapes: [[24]], range: [0.01, 10] },
  { op: 'softplus', f: (tf, x) => tf.softplus(x), shapes: [[24]], range: [-20, 20] },
  { op: 'pow', f: (tf, x) => tf.pow(x, 3), shapes: [[24]] },
  { op: 'mean', f: (tf, x) => tf.mean(x), shapes: [[4, 6]] },
  { op: 'softmax', f: (tf, x) => tf.softmax(x), shapes: [[4, 7]], range: [-5, 5] },
  {
    op: 'where(mask)',
    f: (tf, x) =>
      tf.softmax(
        tf.where(
          tf.tensor([
            [true, false, true],
            [false, true, true],
          ]),
          x,
          tf.fill(x.shape, -1e9),
        ),
      ),
    shapes: [[2, 3]],
  },
  {
    op: 'losses.softmaxCrossEntropy',
    f: (tf, z) => tf.losses.softmaxCrossEntropy(tf.oneHot(tf.tensor1d([0, 2, 1], 'int32'), 4), z),
    shapes: [[3, 4]],
    range: [-5, 5],
  },
  {
    op: 'losses.sigmoidCrossEntropy',
    f: (tf, z, y) => tf.losses.sigmoidCrossEntropy(tf.round(y), z),
    shapes: [
      [3, 4],
      [3, 4],
    ],
    range: [-5, 5],
  },
  {
    op: 'losses.meanSquaredError',
    f: (tf, p, t) => tf.losses.meanSquaredError(t, p, undefined, tf.Reduction.MEAN),
    shapes: [
      [3, 4],
      [3, 4],
    ],
  },
  {
    op: 'losses.huberLoss',
    f: (tf, p, t) => tf.losses.huberLoss(t, p, undefined, 0.5, tf.Reduction.MEAN),
    shapes: [
      [3, 4],
      [3, 4],
    ],
  },
  { op: 'maxPool', f: (tf, x) => tf.maxPool(x as never, 2, 2, 'valid'), shapes: [[1, 4, 4, 2]], range: [-2, -0.1] },
  { op: 'maxPool(mixed signs)', f: (tf, x) => tf.maxPool(x as never, 2, 1, 'valid'), shapes: [[1, 4, 4, 1]] },
  { op: 'avgPool', f: (tf, x) => tf.avgPool(x as never, 2, 2, 'valid'), shapes: [[1, 4, 4, 2]] },
  {
    op: 'conv2d',
    f: (tf, x, w) =>
      tf.conv2d(x as never, w as never, 1, [
        [0, 0],
        [1, 0],
        [0, 1],
        [0, 0],
      ]),
    shapes: [
      [1, 5, 5, 2],
      [3, 2, 2, 3],
    ],
  },
  // Track 2's convolutions: strides whose division is not exact, explicit
  // padding (tfjs's own padded gradients are traps), the NHWC layout tfjs
  // needs for separable convolution, and the channel shuffle's reshapes.
  {
    op: 'conv2d(stride 2, bias)',
    f: (tf, x, w, b) => tf.add(tf.conv2d(x as never, w as never, [2, 2], 'valid'), b),
    shapes: [[2, 6, 5, 2], [3, 2, 2, 3], [3]],
  },
  {
    op: 'pad',
    f: (tf, x) =>
      tf.pad(x, [
        [0, 0],
        [1, 2],
        [2, 1],
        [0, 0],
      ]),
    shapes: [[1, 3, 3, 2]],
  },
  {
    op: 'separableConv2d',
    f: (tf, x, dw, pw) => tf.separableConv2d(x as never, dw as never, pw as never, 1, 'valid'),
    shapes: [
      [1, 4, 4, 2],
      [2, 2, 2, 1],
      [1, 1, 2, 3],
    ],
  },
  {
    op: 'reshape(transpose) (channel shuffle)',
    f: (tf, x) => tf.reshape(tf.transpose(tf.reshape(x, [1, 2, 3, 2, 2]), [0, 2, 1, 3, 4]), [1, 6, 2, 2]),
    shapes: [[1, 6, 2, 2]],
  },
  { op: 'sin, cos', f: (tf, x) => tf.add(tf.sin(x), tf.mul(tf.cos(x), x)), shapes: [[3, 4]], range: [-8, 8] },
  {
    op: 'depthwiseConv2d',
    f: (tf, x, w) => tf.depthwiseConv2d(x as never, w as never, 1, 'valid'),
    shapes: [
      [1, 4, 4, 2],
      [2, 2, 2, 1],
    ],
  },
  {
    op: 'moments',
    f: (tf, x) => {
      const { mean, variance } = tf.moments(x, -1, true);
      return tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, 1e-5)));
    },
    shapes: [[3, 6]],
  },
  { op: 'gather', f: (tf, t) => tf.gather(t, tf.tensor1d([2, 0, 2], 'int32')), shapes: [[4, 3]] },
  { op: 'logSumExp', f: (tf, x) => tf.logSumExp(x, -1), shapes: [[3, 5]], range: [-30, 30] },
];

export function conformanceCases(): readonly ConformanceCase[] {
  return cases;
}

/** Deterministic values in [low, high) half-way between multiples of 1/64, different for each input. */
export function fixedValues(size: number, seed: number, [low, high]: readonly [number, number] = [-2, 2]): number[] {
  let s = (seed * 2654435761) >>> 0 || 1;
  return Array.from({ length: size }, () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0; // xorshift32
    // Half-way between grid points: never exactly on a kink (0 for relu, 6 for relu6).
    return (Math.floor((low + ((s % 1_000_003) / 1_000_003) * (high - low)) * 64) + 0.5) / 64;
  });
}

import {
  add,
  div,
  exp,
  fromParts,
  log,
  logSoftmax,
  matmul,
  mul,
  neg,
  sigmoid,
  softmax,
  sub,
  sum,
  type Tensor64,
  tensor64,
  where,
} from '../kit/tensor';

// The net in float64, carrying the float32 reference's error bounds
// (kit/tensor): the truth every property and diagnosis compares with. It
// mirrors the reference's formulas (reference.ts), so its bounds are the
// reference's: tfjs's losses.softmaxCrossEntropy takes log p = z − logSumExp(z),
// sums −Y·log p over the classes and divides the sum over the batch by N;
// its custom gradient is dz = (1/N)·(exp(log p) − Y). Autodiff then runs
// back through matMul, add and sigmoid (dy·h·(1 − h)). Each mistake switch
// reproduces what a wrong variant's code returns.

export type M = number[][];

/** One draw: a batch, its labels and the parameters of the net. */
export interface Case {
  readonly x: M;
  readonly y: number[];
  readonly W1: M;
  readonly b1: number[];
  readonly W2: M;
  readonly b2: number[];
}

/** The net's outputs by name (a type, not an interface: a probe reads it as a record). */
export type Mlp64 = {
  readonly loss: Tensor64;
  readonly logits: Tensor64;
  readonly dW1: Tensor64;
  readonly db1: Tensor64;
  readonly dW2: Tensor64;
  readonly db2: Tensor64;
};

/** The mistakes the oracle can make, each as the variant of the same name makes it. */
export type OracleMistake =
  | 'grad-not-divided-by-n'
  | 'loss-summed'
  | 'bias-grad-first-row'
  | 'sigmoid-derivative-plus'
  | 'no-sigmoid-backprop'
  | 'softmax-no-max-subtraction'
  | 'log-of-underflowed-probability';

/** The labels as rows of a one-hot [N, C] matrix. */
export function oneHot(y: readonly number[], classes: number): M {
  return y.map((label) => Array.from({ length: classes }, (_, c) => (c === label ? 1 : 0)));
}

/** Row 0 of an [N, K] tensor, exactly: a bias gradient taken from the first example alone. */
function firstRow(d: Tensor64): Tensor64 {
  const k = d.shape[1];
  return fromParts([k], d.data.slice(0, k), d.err.slice(0, k), d.depth);
}

/** Σ_c Y·t per row, picking the label's entry exactly (no 0·∞ where t is infinite). */
const atLabel = (Y: M, t: Tensor64): Tensor64 => sum(where(Y, t, 0), { axis: -1 });

/** The parameters and the hidden layer, shared by the forward and the backward. */
function hidden(c: Case) {
  const x = tensor64(c.x);
  const W1 = tensor64(c.W1);
  const W2 = tensor64(c.W2);
  const h = sigmoid(add(matmul(x, W1, { transposeB: true }), tensor64(c.b1)));
  return { x, W2, h, logits: add(matmul(h, W2, { transposeB: true }), tensor64(c.b2)) };
}

/** z = σ(x·W1ᵀ + b1)·W2ᵀ + b2, [N, C]. */
export const logits64 = (c: Case): Tensor64 => hidden(c).logits;

/**
 * Loss, logits and the gradients of the loss (upstream 1), with the
 * variant's mistake when one is given.
 */
export function mlp64(c: Case, mistake?: OracleMistake): Mlp64 {
  const N = c.x.length;
  const { x, W2, h, logits } = hidden(c);
  const Yrows = oneHot(c.y, c.W2.length);
  const Y = tensor64(Yrows, { exact: true });
  let cost: Tensor64;
  let p: Tensor64;
  if (mistake === 'softmax-no-max-subtraction') {
    // exp(z) / Σ exp(z) and log Σ exp(z) as written: ∞ past z ≈ 709.78, then ∞/∞ = NaN.
    const e = exp(logits);
    const total = sum(e, { axis: -1, keepDims: true });
    p = div(e, total);
    cost = sub(sum(log(total), { axis: -1 }), atLabel(Yrows, logits));
  } else if (mistake === 'log-of-underflowed-probability') {
    // A stable softmax, then −log p[y]: ∞ where p[y] underflowed to 0.
    p = softmax(logits);
    cost = neg(atLabel(Yrows, log(p)));
  } else {
    const logP = logSoftmax(logits);
    p = exp(logP);
    cost = neg(sum(mul(logP, Y), { axis: -1 }));
  }
  const summed = mistake === 'loss-summed';
  const mean = !(summed || mistake === 'grad-not-divided-by-n');
  const loss = summed ? sum(cost) : div(sum(cost), N);
  const dz = mean ? mul(div(1, N), sub(p, Y)) : sub(p, Y);
  const bias = (d: Tensor64): Tensor64 => (mistake === 'bias-grad-first-row' ? firstRow(d) : sum(d, { axis: 0 }));
  const dh = matmul(dz, W2);
  const da1 =
    mistake === 'no-sigmoid-backprop'
      ? dh
      : mul(dh, mul(h, mistake === 'sigmoid-derivative-plus' ? add(1, h) : sub(1, h)));
  return {
    loss,
    logits,
    dW1: matmul(da1, x, { transposeA: true }),
    db1: bias(da1),
    dW2: matmul(dz, h, { transposeA: true }),
    db2: bias(dz),
  };
}

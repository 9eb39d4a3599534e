import { type Nested, type ReferenceFn, referenceBackend } from '../kit/toolkit';

// The net composed from ops the traps note trusts for values and gradients:
// matMul(x, W, false, true) is PyTorch's x·Wᵀ, sigmoid, and
// losses.softmaxCrossEntropy (stable at ±1000; its default reduction is the
// mean over the batch, which reference.test.ts checks on a hand-computed
// case). Integer labels are one-hot encoded here, outside the differentiated
// function. reference.test.ts proves mlpReference against float64.

/** The labels as rows of a one-hot [N, C] matrix. */
export function oneHot(y: readonly number[], classes: number): number[][] {
  return y.map((label) => Array.from({ length: classes }, (_, c) => (c === label ? 1 : 0)));
}

const logits: ReferenceFn = (tf, x, W1, b1, W2, b2) => {
  const h = tf.sigmoid(tf.add(tf.matMul(x, W1, false, true), b1));
  return tf.add(tf.matMul(h, W2, false, true), b2);
};

const meanCrossEntropy: ReferenceFn = (tf, x, Y, W1, b1, W2, b2) =>
  tf.losses.softmaxCrossEntropy(Y, logits(tf, x, W1, b1, W2, b2));

export interface MlpParamsNested {
  readonly W1: Nested;
  readonly b1: Nested;
  readonly W2: Nested;
  readonly b2: Nested;
}

export interface MlpReference {
  readonly loss: number;
  readonly logits: Nested;
  readonly dx: Nested;
  readonly dW1: Nested;
  readonly db1: Nested;
  readonly dW2: Nested;
  readonly db2: Nested;
}

/** Loss, logits and the gradients of the loss (upstream 1), for integer labels `y` in [0, classes). */
export function mlpReference(x: Nested, y: readonly number[], classes: number, p: MlpParamsNested): MlpReference {
  const backend = referenceBackend();
  const { value, grads } = backend.vjp(meanCrossEntropy, [x, oneHot(y, classes), p.W1, p.b1, p.W2, p.b2], 1);
  const [dx, , dW1, db1, dW2, db2] = grads;
  const z = backend.value(logits, [x, p.W1, p.b1, p.W2, p.b2]);
  return { loss: value as number, logits: z, dx, dW1, db1, dW2, db2 };
}

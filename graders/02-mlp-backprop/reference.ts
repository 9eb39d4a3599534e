import type { Nested } from '../kit/tensor';
import type { ReferenceBackend, ReferenceFn } from '../kit/toolkit';
import { type Case, oneHot } from './oracle';

// The net composed from ops tfjs gets right, values and gradients (docs/curriculum.md's traps):
// matMul(x, W, false, true) is PyTorch's x·Wᵀ, sigmoid, and
// losses.softmaxCrossEntropy (stable at ±1000; its default reduction is the
// mean over the batch, which reference.test.ts checks on a hand-computed
// case). Integer labels are one-hot encoded here, outside the differentiated
// function. reference.test.ts proves it against the float64 oracle.

const logits: ReferenceFn = (tf, x, W1, b1, W2, b2) => {
  const h = tf.sigmoid(tf.add(tf.matMul(x, W1, false, true), b1));
  return tf.add(tf.matMul(h, W2, false, true), b2);
};

const meanCrossEntropy: ReferenceFn = (tf, x, Y, W1, b1, W2, b2) =>
  tf.losses.softmaxCrossEntropy(Y, logits(tf, x, W1, b1, W2, b2));

export interface MlpReference {
  readonly loss: number;
  readonly logits: Nested;
  readonly dW1: Nested;
  readonly db1: Nested;
  readonly dW2: Nested;
  readonly db2: Nested;
}

/** Loss, logits and the gradients of the loss (upstream 1). */
export function mlpReference(reference: ReferenceBackend, { x, y, W1, b1, W2, b2 }: Case): MlpReference {
  const { value, grads } = reference.vjp(meanCrossEntropy, [x, oneHot(y, W2.length), W1, b1, W2, b2], 1);
  const [, , dW1, db1, dW2, db2] = grads;
  const z = reference.value(logits, [x, W1, b1, W2, b2]);
  return { loss: value as number, logits: z, dW1, db1, dW2, db2 };
}

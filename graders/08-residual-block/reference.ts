import type { ReferenceBackend, ReferenceFn } from '../kit/toolkit';
import type { Case, Matrix } from './oracle';

// The block from tfjs ops whose gradients the conformance cases cover:
// matMul with transposeB (nn.Linear's x·Wᵀ), relu (tfjs's gradient is
// dy·step(z), so ReLU′(0) = 0 as PyTorch), add with a broadcast bias.
// reference.test.ts proves values and autodiff against the float64 oracle.

/** A type, not an interface: named outputs for checkReference. */
export type ResidualReference = {
  readonly out: Matrix;
  readonly dx: Matrix;
  readonly dW1: Matrix;
  readonly db1: number[];
  readonly dW2: Matrix;
  readonly db2: number[];
};

const block: ReferenceFn = (tf, x, W1, b1, W2, b2) => {
  const h = tf.relu(tf.add(tf.matMul(x, W1, false, true), b1));
  return tf.add(x, tf.add(tf.matMul(h, W2, false, true), b2));
};

/** out = x + ReLU(x·W1ᵀ + b1)·W2ᵀ + b2, and the autodiff of ⟨dout, out⟩ for x and every weight. */
export function residualReference(reference: ReferenceBackend, c: Case): ResidualReference {
  const { value, grads } = reference.vjp(block, [c.x, c.W1, c.b1, c.W2, c.b2], c.dout);
  return {
    out: value as Matrix,
    dx: grads[0] as Matrix,
    dW1: grads[1] as Matrix,
    db1: grads[2] as number[],
    dW2: grads[3] as Matrix,
    db2: grads[4] as number[],
  };
}

import type { Nested } from '../kit/tensor';
import type { ReferenceBackend, ReferenceFn } from '../kit/toolkit';
import type { Case, Matrix } from './oracle';

// LayerNorm composed from tf.moments over the last axis and broadcasting
// ops, never tf.batchNorm: batchNorm does not broadcast [N, 1] statistics
// (it cycles them over the flat buffer) and its forward is silently wrong
// here (docs/curriculum.md, trap 3). reference.test.ts proves the values
// and the autodiff against the float64 oracle.

/** A type, not an interface: named outputs for checkReference. */
export type LayerNormReference = {
  readonly out: Matrix;
  readonly dx: Matrix;
  readonly dgamma: number[];
  readonly dbeta: number[];
};

const layerNorm =
  (eps: number): ReferenceFn =>
  (tf, x, gamma, beta) => {
    const { mean, variance } = tf.moments(x, -1, true);
    const xhat = tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, eps)));
    return tf.add(tf.mul(xhat, gamma), beta);
  };

/** out = γ·(x − μ)/√(σ² + ε) + β per row, and the autodiff of ⟨dout, out⟩ for x, γ and β. */
export function layerNormReference(reference: ReferenceBackend, c: Case): LayerNormReference {
  const { value, grads } = reference.vjp(layerNorm(c.eps), [c.x, c.gamma, c.beta], c.dout);
  return { out: value as Matrix, dx: grads[0] as Matrix, dgamma: grads[1] as number[], dbeta: grads[2] as number[] };
}

/** The forward alone. */
export function layerNormOutReference(reference: ReferenceBackend, c: Case): Nested {
  return reference.value(layerNorm(c.eps), [c.x, c.gamma, c.beta]);
}

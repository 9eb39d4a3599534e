import { type Nested, referenceBackend } from '../kit/toolkit';

// tf.matMul is a trusted reference for 2-D inputs, values and gradients
// (tfjs-reference-traps.md); reference.test.ts checks it against float64.

export function matmulReference(A: Nested, B: Nested): Nested {
  return referenceBackend().value((tf, a, b) => tf.matMul(a, b), [A, B]);
}

export function matmulBackwardReference(dC: Nested, A: Nested, B: Nested): { dA: Nested; dB: Nested } {
  const { grads } = referenceBackend().vjp((tf, a, b) => tf.matMul(a, b), [A, B], dC);
  return { dA: grads[0], dB: grads[1] };
}

export function transposeReference(A: Nested): Nested {
  return referenceBackend().value((tf, a) => tf.transpose(a), [A]);
}

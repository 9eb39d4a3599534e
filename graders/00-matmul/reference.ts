import type { Nested } from '../kit/tensor';
import type { ReferenceBackend } from '../kit/toolkit';

// tf.matMul is a trusted reference for 2-D inputs, values and gradients;
// reference.test.ts proves it against the float64 oracle.

export function matmulReference(reference: ReferenceBackend, A: Nested, B: Nested): Nested {
  return reference.value((tf, a, b) => tf.matMul(a, b), [A, B]);
}

export function matmulBackwardReference(
  reference: ReferenceBackend,
  dC: Nested,
  A: Nested,
  B: Nested,
): { dA: Nested; dB: Nested } {
  const { grads } = reference.vjp((tf, a, b) => tf.matMul(a, b), [A, B], dC);
  return { dA: grads[0], dB: grads[1] };
}

export function transposeReference(reference: ReferenceBackend, A: Nested): Nested {
  return reference.value((tf, a) => tf.transpose(a), [A]);
}

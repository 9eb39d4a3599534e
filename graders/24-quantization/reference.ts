import type { Nested } from '../kit/tensor';
import type { ReferenceBackend } from '../kit/toolkit';

// The float layer a quantized one approximates, y = x·Wᵀ + b, in tfjs
// (matMul with transposeB and add: both run by conformance cases), proven
// against the float64 oracle in reference.test.ts. The quantized values
// themselves are integers from the oracle: tfjs has no int8 kernels, and its
// float32 x/scale would put ties on the wrong side.
export function floatLinearReference(reference: ReferenceBackend, x: Nested, W: Nested, b: Nested): { y: Nested } {
  return { y: reference.value((tf, xs, ws, bs) => tf.add(tf.matMul(xs, ws, false, true), bs), [x, W, b]) };
}

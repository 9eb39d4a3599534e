import { add, type Closeness, closeness, mul, type Tensor64, tanh, tensor64 } from '../tensor';
import type { ReferenceBackend } from './referenceBackend';

// The tolerance's headline case (README, "Tolerances, derived"), measured by
// `npm run bench` and asserted by geluToleranceCase.test.ts: GELU in its tanh
// form over [−10, 10], against the float32 reference, once written right and
// once with √(2/π) written as 0.8 — an error tfjs's own test tolerance (1e-3)
// would accept.

const C = Math.sqrt(2 / Math.PI);
const xs = Array.from({ length: 2001 }, (_, i) => -10 + i / 100);

/** ½·x·(1 + tanh(c·(x + 0.044715·x³))), tracked: the float64 oracle whose bounds are the tolerance. */
function gelu64(x: Tensor64, c: number): Tensor64 {
  const u = mul(c, add(x, mul(0.044715, mul(x, mul(x, x)))));
  return mul(mul(0.5, x), add(1, tanh(u)));
}

export interface GeluToleranceCase {
  /** The float32 reference against the right float64 GELU, within the oracle's bounds. */
  readonly right: Closeness;
  /** The reference against a GELU whose √(2/π) is 0.8. */
  readonly wrong: Closeness;
}

export function geluToleranceCase(reference: ReferenceBackend): GeluToleranceCase {
  const ref = reference.value(
    (tf, x) => {
      const u = tf.mul(C, tf.add(x, tf.mul(0.044715, tf.mul(x, tf.mul(x, x)))));
      return tf.mul(tf.mul(0.5, x), tf.add(1, tf.tanh(u)));
    },
    [xs],
  ) as number[];
  const truth = gelu64(tensor64(xs), C);
  const bound = reference.bounds(truth);
  const wrong = gelu64(tensor64(xs), 0.8).data;
  return { right: closeness(truth.data, ref, bound), wrong: closeness(wrong, ref, bound) };
}

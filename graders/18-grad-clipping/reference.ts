import type { ReferenceBackend } from '../kit/toolkit';
import { concat } from './oracle';

// The tfjs reference, proven against the float64 oracle in reference.test.ts,
// with ops the conformance cases run: the sum of squares as a matMul (there
// is no case for tf.sum or tf.norm), clamping as minimum twice with a sign
// flip (none for tf.clipByValue or tf.maximum).

/** T, the clipped grads (concatenated) and their norm after, for finite non-zero grads. */
export function clipNormReference(
  reference: ReferenceBackend,
  grads: readonly (readonly number[])[],
  maxNorm: number,
): { totalNorm: number; grads: number[]; normAfter: number } {
  const row = [concat(grads)];
  const [[t]] = reference.value((tf, x) => tf.sqrt(tf.matMul(x, x, false, true)), [row]) as number[][];
  const [clipped] = reference.value(
    (tf, x) => {
      const factor = tf.minimum(1, tf.div(maxNorm, tf.sqrt(tf.matMul(x, x, false, true))));
      return tf.mul(x, factor);
    },
    [row],
  ) as number[][];
  const [[after]] = reference.value((tf, x) => tf.sqrt(tf.matMul(x, x, false, true)), [[clipped]]) as number[][];
  return { totalNorm: t, grads: clipped, normAfter: after };
}

/** Every element clamped to [−clipValue, clipValue], concatenated. */
export function clipValueReference(
  reference: ReferenceBackend,
  grads: readonly (readonly number[])[],
  clipValue: number,
): { out: number[] } {
  const out = reference.value(
    (tf, x) => tf.mul(-1, tf.minimum(tf.mul(-1, tf.minimum(x, clipValue)), clipValue)),
    [concat(grads)],
  ) as number[];
  return { out };
}

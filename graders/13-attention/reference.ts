import type { Tensor } from '@tensorflow/tfjs-core';
import { flatten, type Nested, shapeOf } from '../kit/tensor';
import type { ReferenceBackend, ReferenceFn } from '../kit/toolkit';
import type { Case } from './cases';
import { HIDDEN_SCORE } from './oracle';

// Scaled dot-product attention in tfjs: same-batch 4-D matMul, where(mask,
// s, −1e9) and softmax on the last axis, trusted for values and gradients;
// reference.test.ts proves them against the float64 oracle. The boolean mask
// is made from the grader's constant 0/1 data, never from a differentiated
// input: comparison ops have no gradient.

type Tf = Parameters<ReferenceFn>[0];

function weightsOf(mask: Nested | undefined): (tf: Tf, q: Tensor, k: Tensor) => Tensor {
  return (tf, q, k) => {
    const scores = tf.div(tf.matMul(q, k, false, true), Math.sqrt(q.shape[3]!));
    if (mask === undefined) return tf.softmax(scores);
    const visible = tf.tensor(flatten(mask), shapeOf(mask), 'bool');
    return tf.softmax(tf.where(visible, scores, tf.fill(scores.shape, HIDDEN_SCORE)));
  };
}

function attentionOf(mask: Nested | undefined): ReferenceFn {
  const weights = weightsOf(mask);
  return (tf, q, k, v) => tf.matMul(weights(tf, q, k), v);
}

/** softmax(Q·Kᵀ/√d_k, hidden scores −1e9) over the keys: [B, H, Sq, Sk]. */
export function weightsReference(reference: ReferenceBackend, c: Case): Nested {
  return reference.value(weightsOf(c.mask), [c.Q, c.K]);
}

/** The attention output weights·V: [B, H, Sq, d_v]. */
export function attentionReference(reference: ReferenceBackend, c: Case): Nested {
  return reference.value(attentionOf(c.mask), [c.Q, c.K, c.V]);
}

/** Autodiff of ⟨dout, attention(Q, K, V)⟩ with respect to Q, K and V. */
export function attentionBackwardReference(
  reference: ReferenceBackend,
  c: Case,
): { dQ: Nested; dK: Nested; dV: Nested } {
  const { grads } = reference.vjp(attentionOf(c.mask), [c.Q, c.K, c.V], c.dout);
  return { dQ: grads[0], dK: grads[1], dV: grads[2] };
}

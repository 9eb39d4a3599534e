import type { Tensor } from '@tensorflow/tfjs-core';
import { flatten, type Nested, shapeOf } from '../kit/tensor';
import type { ReferenceBackend, ReferenceFn } from '../kit/toolkit';
import type { Case } from './cases';
import { causalMask, HIDDEN_SCORE } from './oracle';

// Multi-head attention from tfjs ops the conformance cases cover: 2-D
// matMul(x, W, false, true) for nn.Linear's x·Wᵀ (a batched matMul against a
// broadcast W has no gradient in tfjs: trap 9), reshape and transpose for the
// heads, same-batch 4-D matMul, where(mask, s, −1e9) and softmax on the last
// axis. The boolean mask is made from the case's constant shape, never from a
// differentiated input (comparison ops have no gradient: trap 8).
// reference.test.ts proves values and gradients against the float64 oracle.

type Tf = Parameters<ReferenceFn>[0];

/** The gradient names, in the order of the reference's inputs. */
export const GRADIENTS = ['dquery', 'dkey', 'dvalue', 'dWq', 'dWk', 'dWv', 'dWo', 'dbq', 'dbk', 'dbv', 'dbo'] as const;

const inputsOf = (c: Case): Nested[] => [c.query, c.key, c.value, c.Wq, c.Wk, c.Wv, c.Wo, c.bq, c.bk, c.bv, c.bo];

/** Both outputs of the graph, for one case's sizes, heads and mask. */
function graph(c: Case): (tf: Tf, ...t: Tensor[]) => { out: Tensor; weights: Tensor } {
  const [N, Lq, d] = shapeOf(c.query);
  const Lk = shapeOf(c.key)[1];
  const { heads } = c;
  const dh = d / heads;
  const mask = c.causal ? causalMask(N, heads, Lq, Lk) : undefined;
  return (tf, query, key, value, Wq, Wk, Wv, Wo, bq, bk, bv, bo) => {
    const project = (x: Tensor, L: number, W: Tensor, b: Tensor): Tensor =>
      tf.transpose(
        tf.reshape(tf.add(tf.matMul(tf.reshape(x, [N * L, d]), W, false, true), b), [N, L, heads, dh]),
        [0, 2, 1, 3],
      );
    const Q = project(query, Lq, Wq, bq);
    const K = project(key, Lk, Wk, bk);
    const V = project(value, Lk, Wv, bv);
    const scores = tf.div(tf.matMul(Q, K, false, true), Math.sqrt(dh));
    const weights = tf.softmax(
      mask
        ? tf.where(tf.tensor(flatten(mask), shapeOf(mask), 'bool'), scores, tf.fill(scores.shape, HIDDEN_SCORE))
        : scores,
    );
    const concat = tf.reshape(tf.transpose(tf.matMul(weights, V), [0, 2, 1, 3]), [N * Lq, d]);
    return { out: tf.reshape(tf.add(tf.matMul(concat, Wo, false, true), bo), [N, Lq, d]), weights };
  };
}

/** The attention weights softmax(Q·Kᵀ/√d_head) of every head: [N, heads, Lq, Lk]. */
export function weightsReference(reference: ReferenceBackend, c: Case): Nested {
  const f = graph(c);
  return reference.value((tf, ...t) => f(tf, ...t).weights, inputsOf(c));
}

/** out, and the autodiff of ⟨dout, out⟩ for every input and weight. */
export function mhaReference(reference: ReferenceBackend, c: Case): Record<'out' | (typeof GRADIENTS)[number], Nested> {
  const f = graph(c);
  const { value, grads } = reference.vjp((tf, ...t) => f(tf, ...t).out, inputsOf(c), c.dout);
  return { out: value, ...Object.fromEntries(GRADIENTS.map((name, i) => [name, grads[i]])) } as Record<
    'out' | (typeof GRADIENTS)[number],
    Nested
  >;
}

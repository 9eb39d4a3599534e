import type { ReferenceBackend } from '../kit/toolkit';
import { type Case, type Matrix, maskOf } from './oracle';

// tfjs has no dropout with an injected rng (tf.dropout draws its own), so
// the reference is the definition: the mask M = m/(1 − p) follows from the
// documented draws (oracle.ts, computed outside the differentiated function:
// comparison ops inside it have no gradient, docs/curriculum.md trap 8), and
// tfjs computes out = x·M and its autodiff dx = dout·M. reference.test.ts
// proves both against the float64 oracle.

/** A type, not an interface: named outputs for checkReference. */
export type DropoutReference = { readonly out: Matrix; readonly dx: Matrix };

export function dropoutReference(reference: ReferenceBackend, c: Case): DropoutReference {
  const { value, grads } = reference.vjp((tf, x, mask) => tf.mul(x, mask), [c.x, maskOf(c)], c.dout);
  return { out: value as Matrix, dx: grads[0] as Matrix };
}

import { type Nested, unflatten } from '../kit/tensor';
import type { ReferenceBackend } from '../kit/toolkit';
import { boundOf, type Case, drawsOf, sizeOf } from './oracle';

// tfjs has no initialiser with an injected rng (tf.initializers draw their
// own), so the reference is the definition: the draws u the convention hands
// out (one per element, row-major) and the bound a from the fans (oracle.ts,
// float64), then tfjs computes w = u·(2a) + (−a) in float32.
// reference.test.ts proves it against the float64 oracle.

/** A type, not an interface: named outputs for checkReference. */
export type UniformReference = { readonly xavierUniform: Nested; readonly heUniform: Nested };

export function uniformReference(reference: ReferenceBackend, c: Case): UniformReference {
  const n = sizeOf(c.shape);
  const us = unflatten(drawsOf(c, n), c.shape);
  const draw = (fn: 'xavierUniform' | 'heUniform'): Nested => {
    const a = boundOf(fn, c.shape).data[0];
    return reference.value((tf, u) => tf.add(tf.mul(u, 2 * a), -a), [us]);
  };
  return { xavierUniform: draw('xavierUniform'), heUniform: draw('heUniform') };
}

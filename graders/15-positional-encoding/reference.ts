import type { Tensor } from '@tensorflow/tfjs-core';
import type { Nested } from '../kit/tensor';
import type { ReferenceBackend, ReferenceFn } from '../kit/toolkit';
import type { RopeCase } from './cases';
import { DEFAULT_BASE, firstMask, pairSwap } from './oracle';

// The encoding and RoPE in tfjs, composed of ops the conformance cases run
// (exp, log, div, mul, add, sin, cos, matMul), trusted for values and
// gradients; reference.test.ts proves them against the float64 oracle. The
// constants (pair indices, masks, the swap matrix P) are the case's data,
// made inside the function so that nothing but x is differentiated.

type Tf = Parameters<ReferenceFn>[0];

/** θ_j = base^(−2⌊j/2⌋/d) as exp((2⌊j/2⌋/−d)·log base), [d]. */
function frequencies(tf: Tf, d: number, base: number): Tensor {
  const twoI = Array.from({ length: d }, (_, j) => 2 * Math.floor(j / 2));
  return tf.exp(tf.mul(tf.div(tf.tensor(twoI), -d), tf.log(tf.tensor(base))));
}

/** m·θ_j for each row's position m, [L, d]. */
function angles(tf: Tf, positions: readonly number[], d: number, base: number): Tensor {
  return tf.mul(
    tf.tensor(
      positions.map((p) => [p]),
      [positions.length, 1],
    ),
    frequencies(tf, d, base),
  );
}

/** sinusoidalEncoding(length, d): [length, d]. */
export function encodingReference(reference: ReferenceBackend, length: number, d: number): Nested {
  const even = firstMask(d);
  return reference.value((tf) => {
    const a = angles(
      tf,
      Array.from({ length }, (_, p) => p),
      d,
      DEFAULT_BASE,
    );
    return tf.add(tf.mul(tf.sin(a), tf.tensor(even)), tf.mul(tf.cos(a), tf.tensor(even.map((v) => 1 - v))));
  }, []);
}

function ropeOf(c: RopeCase): ReferenceFn {
  const d = c.x[0].length;
  const P = pairSwap(d);
  return (tf, x) => {
    const a = angles(tf, c.positions, d, c.base ?? DEFAULT_BASE);
    return tf.add(tf.mul(x, tf.cos(a)), tf.mul(tf.matMul(x, tf.tensor(P)), tf.sin(a)));
  };
}

/** ropeRotate(x, positions, base) and autodiff of ⟨dout, ropeRotate⟩ with respect to x. */
export function ropeReference(reference: ReferenceBackend, c: RopeCase): { out: Nested; dx: Nested } {
  const { value, grads } = reference.vjp(ropeOf(c), [c.x], c.dout);
  return { out: value, dx: grads[0] };
}

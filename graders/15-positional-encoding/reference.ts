import type { Nested } from '../kit/tensor';
import type { ReferenceBackend, ReferenceFn } from '../kit/toolkit';
import type { RopeCase } from './cases';
import { DEFAULT_BASE, firstMask, pairSwap } from './oracle';

// The encoding and RoPE's rotation in tfjs; reference.test.ts proves them
// against the float64 oracle. The angles' sines and cosines are computed in
// float64 and handed to tfjs as data: WebGL's sin and cos (SwiftShader,
// Chromium) are off by 2e-5 at sin(1), about 190 float32 ulps, far outside
// the rounding model every backend is held to, and a reference must not be
// the thing that is wrong. What is differentiated (x·cos + (x·P)·sin: mul,
// add, matMul) runs on the backend. The constants (masks, the swap matrix P)
// are the case's data, made inside the function so that nothing but x is
// differentiated.

type Tf = Parameters<ReferenceFn>[0];

/** sin or cos of m·θ_j, θ_j = base^(−2⌊j/2⌋/d), for each row's position m: [L, d] in float64. */
function trigOfAngles(f: (a: number) => number, positions: readonly number[], d: number, base: number): number[][] {
  const theta = Array.from({ length: d }, (_, j) => base ** (-(2 * Math.floor(j / 2)) / d));
  return positions.map((m) => theta.map((t) => f(m * t)));
}

/** sinusoidalEncoding(length, d): [length, d]. */
export function encodingReference(reference: ReferenceBackend, length: number, d: number): Nested {
  const even = firstMask(d);
  const positions = Array.from({ length }, (_, p) => p);
  const sin = trigOfAngles(Math.sin, positions, d, DEFAULT_BASE);
  const cos = trigOfAngles(Math.cos, positions, d, DEFAULT_BASE);
  return reference.value(
    (tf: Tf) =>
      tf.add(tf.mul(tf.tensor(sin), tf.tensor(even)), tf.mul(tf.tensor(cos), tf.tensor(even.map((v) => 1 - v)))),
    [],
  );
}

function ropeOf(c: RopeCase): ReferenceFn {
  const d = c.x[0].length;
  const P = pairSwap(d);
  const base = c.base ?? DEFAULT_BASE;
  const cos = trigOfAngles(Math.cos, c.positions, d, base);
  const sin = trigOfAngles(Math.sin, c.positions, d, base);
  return (tf, x) => tf.add(tf.mul(x, tf.tensor(cos)), tf.mul(tf.matMul(x, tf.tensor(P)), tf.tensor(sin)));
}

/** ropeRotate(x, positions, base) and autodiff of ⟨dout, ropeRotate⟩ with respect to x. */
export function ropeReference(reference: ReferenceBackend, c: RopeCase): { out: Nested; dx: Nested } {
  const { value, grads } = reference.vjp(ropeOf(c), [c.x], c.dout);
  return { out: value, dx: grads[0] };
}

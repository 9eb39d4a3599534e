import type { Tensor } from '@tensorflow/tfjs-core';
import type { ReferenceBackend, ReferenceFn } from '../kit/toolkit';
import type { Case, Tensor4 } from './oracle';

// tf.conv2d is NHWC with an [kH, kW, Cin, Cout] filter: transpose in and
// out. Padding is passed explicitly per side (a numeric pad reuses one
// axis's padding: docs/curriculum.md, trap 1). Dilated convolutions have no
// gradient in tfjs (trap 6), so the filter is dilated by hand, zeros
// interleaved by a 0/1 matrix product (exact: one non-zero per sum), and
// convolved with dilation 1. reference.test.ts proves it against the
// float64 oracle.

type Tf = Parameters<ReferenceFn>[0];

/** The [d(k − 1) + 1, k] matrix that puts row a of its right operand at row a·d and zeros between. */
const interleave = (k: number, d: number): number[][] =>
  Array.from({ length: d * (k - 1) + 1 }, (_, r) => Array.from({ length: k }, (_, a) => (r === a * d ? 1 : 0)));

/** f [kH, kW, Cin, Cout] → [d(kH − 1) + 1, d(kW − 1) + 1, Cin, Cout], taps d apart. */
function dilate(tf: Tf, f: Tensor, d: number): Tensor {
  const [kH, kW, Cin, Cout] = f.shape;
  const rows = tf.matMul(tf.tensor2d(interleave(kH, d)), tf.reshape(f, [kH, kW * Cin * Cout]));
  const Hd = d * (kH - 1) + 1;
  const turned = tf.reshape(tf.transpose(tf.reshape(rows, [Hd, kW, Cin * Cout]), [1, 0, 2]), [kW, Hd * Cin * Cout]);
  const both = tf.matMul(tf.tensor2d(interleave(kW, d)), turned);
  return tf.transpose(tf.reshape(both, [d * (kW - 1) + 1, Hd, Cin, Cout]), [1, 0, 2, 3]);
}

const conv =
  (c: Case): ReferenceFn =>
  (tf, x, w, b) => {
    const { stride: s, padding: p, dilation: d } = c;
    const filter = tf.transpose(w, [2, 3, 1, 0]);
    const y = tf.conv2d(tf.transpose(x, [0, 2, 3, 1]) as never, (d > 1 ? dilate(tf, filter, d) : filter) as never, s, [
      [0, 0],
      [p, p],
      [p, p],
      [0, 0],
    ]);
    return tf.transpose(tf.add(y, b), [0, 3, 1, 2]);
  };

/** out and the autodiff of ⟨dout, out⟩ for x, w and b. */
export function conv2dReference(
  reference: ReferenceBackend,
  c: Case,
): { out: Tensor4; dx: Tensor4; dw: Tensor4; db: number[] } {
  const { value, grads } = reference.vjp(conv(c), [c.x, c.w, c.b], c.dout);
  return { out: value as Tensor4, dx: grads[0] as Tensor4, dw: grads[1] as Tensor4, db: grads[2] as number[] };
}

/** The forward alone. */
export function conv2dOutReference(reference: ReferenceBackend, c: Case): Tensor4 {
  return reference.value(conv(c), [c.x, c.w, c.b]) as Tensor4;
}

import type { Nested } from '../kit/tensor';
import type { ReferenceBackend, ReferenceFn } from '../kit/toolkit';
import type { Case, Pair } from './oracle';

// tfjs pools NHWC, so x is transposed in and out. Padding is explicit and
// pooling 'valid' (docs/curriculum.md, traps 1, 2 and 4): tfjs's avgPool
// with padding excludes the padding in its forward and divides by kH·kW in
// its gradient, and a numeric pad reuses one axis's padding for the other.
// Padding average pooling with zeros first is PyTorch's count_include_pad=True;
// max pooling is padded with a value below every input (−1e30, finite so no
// ∞ reaches the gradient), so padding never wins. tfjs's max-pool gradient
// keeps the first maximum of a window in row-major order, as PyTorch does,
// on the cpu backend; ties are graded against the float64 oracle all the
// same, whatever the backend. reference.test.ts proves all of it.

/** Below every value a case draws: padding that never wins a maximum. */
const MAX_PAD = -1e30;

const pair = (v: Pair): [number, number] => (typeof v === 'number' ? [v, v] : [v[0], v[1]]);

const pool =
  (kind: 'max' | 'avg', c: Case): ReferenceFn =>
  (tf, x) => {
    const [kH, kW] = pair(c.params.kernel);
    const [sH, sW] = pair(c.params.stride);
    const [pH, pW] = pair(c.params.padding);
    const nhwc = tf.transpose(x, [0, 2, 3, 1]);
    const paddings: [number, number][] = [
      [0, 0],
      [pH, pH],
      [pW, pW],
      [0, 0],
    ];
    const padded = tf.pad(nhwc, paddings, kind === 'max' ? MAX_PAD : 0);
    const pooled =
      kind === 'max'
        ? tf.maxPool(padded as never, [kH, kW], [sH, sW], 'valid')
        : tf.avgPool(padded as never, [kH, kW], [sH, sW], 'valid');
    return tf.transpose(pooled, [0, 3, 1, 2]);
  };

/** Max pooling's out and the autodiff of ⟨dout, out⟩. */
export function maxPoolReference(reference: ReferenceBackend, c: Case): { out: Nested; dx: Nested } {
  const { value, grads } = reference.vjp(pool('max', c), [c.x], c.dout);
  return { out: value, dx: grads[0] };
}

/** Average pooling's out and the autodiff of ⟨dout, out⟩. */
export function avgPoolReference(reference: ReferenceBackend, c: Case): { out: Nested; dx: Nested } {
  const { value, grads } = reference.vjp(pool('avg', c), [c.x], c.dout);
  return { out: value, dx: grads[0] };
}

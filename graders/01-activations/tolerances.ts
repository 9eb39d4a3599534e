import { TRANSCENDENTAL_OPS as T } from '../kit/toolkit';
import { GELU_C as C, GELU_CUBIC as CUBIC, sech2, sigmoid64 } from './float64';
import type { ActivationName } from './reference';

type V = number[];

/**
 * The float32 reference's rounding budget (tolerance.ts): `ops` on the
 * longest chain, `condition` how much the rounding of x to float32 is
 * amplified, `scale` the size of the terms where the reference cancels.
 */
export interface Budget {
  readonly ops: number;
  readonly condition?: (x: V) => number;
  readonly scale?: (x: V, alpha: number) => number;
}

const maxOf = (xs: V, f: (v: number) => number): number => xs.reduce((m, v) => Math.max(m, f(v)), 0);
const maxAbs = (xs: V): number => maxOf(xs, Math.abs);
/** Amplification of the float32 rounding of x by a function whose log-slope is at most |x|. */
const byMagnitude = (x: V): number => Math.max(1, maxAbs(x));

/**
 * The budgets of each activation's value and slope. Exported for
 * reference.test.ts, which proves the reference within these same budgets.
 */
export const tolerances: Record<ActivationName, { readonly value: Budget; readonly slope: Budget }> = {
  sigmoid: {
    // 1/(1 + exp(−x)): exp (T), add, divide. x·σ′/σ = x·(1 − σ) ≤ |x|.
    value: { ops: T + 2, condition: byMagnitude },
    // y·(1 − y) on the float32 σ: its rounding (T + 2) plus subtract and multiply. 1 − y cancels
    // when y ≈ 1, so the error is relative to y, not to σ′.
    slope: { ops: T + 4, condition: byMagnitude, scale: (x) => maxOf(x, sigmoid64) },
  },
  tanh: {
    // Math.tanh rounded to float32 (T). x·tanh′/tanh = 2x/sinh(2x) ≤ 1.
    value: { ops: T },
    // 1 − y² on the float32 tanh: T + square + subtract, relative to y² (it cancels when |y| ≈ 1).
    // x·(1 − t²)′/(1 − t²) = −2x·t: up to 2|x|.
    slope: { ops: T + 2, condition: (x) => 2 * byMagnitude(x), scale: (x) => maxOf(x, (v) => Math.tanh(v) ** 2) },
  },
  relu: {
    // max(0, x) and step(x) are exact in float32.
    value: { ops: 1 },
    slope: { ops: 1 },
  },
  leakyRelu: {
    // α rounded to float32, one product.
    value: { ops: 2 },
    // α rounded to float32.
    slope: { ops: 1 },
  },
  elu: {
    // relu(x) + α·(exp(min(x, 0)) − 1): exp − 1 rounded once (T), α rounded, product, sum.
    // x·elu′/elu = x·eˣ/(eˣ − 1) ≤ 1 for x < 0.
    value: { ops: T + 3 },
    // α·(y + 1) on the float32 y = eˣ − 1: T + add + α + product, relative to α·(|y| + 1)
    // (y + 1 cancels for x ≪ 0). x·(αeˣ)′/(αeˣ) = x.
    slope: {
      ops: T + 3,
      condition: byMagnitude,
      scale: (x, a) => maxOf(x, (v) => (v > 0 ? 1 : a * (2 - Math.exp(v)))),
    },
  },
  geluTanh: {
    // x·x·x (2), ·0.044715 (2, the constant is rounded), + x, ·√(2/π) (2), tanh (T), + 1, ½·x (2), product.
    // 1 + tanh cancels for x < 0, so the error is relative to the terms, ½|x|·(1 + |tanh|) ≤ |x|; the
    // rounding of x moves the output by |x·gelu′(x)| ≤ 1.2|x|.
    value: { ops: T + 10, condition: () => 2, scale: maxAbs },
    // Autodiff through the chain above: forward (T + 10) and the backward product rule (6 more).
    // 1 − tanh² u is computed from a float32 tanh: off by up to 2⁻²³ absolute, but never by more
    // than its own size (a saturated tanh rounds to ±1, and 1 − tanh² to 0), and then multiplied
    // by ½·x·u′ = ½|x|·√(2/π)·(1 + 3·0.044715x²). The scale is those terms, the first ½(1 + tanh u) ≤ 1.
    slope: {
      ops: T + 16,
      condition: () => 2,
      scale: (x) =>
        maxOf(x, (v) => 1 + 0.5 * Math.abs(v) * C * (1 + 3 * CUBIC * v * v) * Math.min(1, 2 ** 24 * sech2(v))),
    },
  },
  geluErf: {
    // x·(1/√2) (2), erf (T), + 1, ½·x (2), product; 1 + erf cancels for x < 0 as above.
    value: { ops: T + 6, condition: () => 2, scale: maxAbs },
    // ½(1 + erf(x/√2)) + ½x·(2/√π)·exp(−x²/2)/√2 by autodiff: erf and exp (2T) and 8 products and
    // sums; the terms are at most 1 (the first cancels for x < 0), so the scale is 1.
    slope: { ops: 2 * T + 8, condition: () => 2, scale: () => 1 },
  },
  hardSwish: {
    // x + 3, relu6 (exact), product, /6. x + 3 cancels near x = −3: the terms are |x| and 3,
    // so the error is relative to |x|·(|x| + 3)/6.
    value: { ops: 4, scale: (x) => maxOf(x, (v) => (v > -3 ? (Math.abs(v) * (Math.abs(v) + 3)) / 6 : 0)) },
    // relu6(x + 3)/6 + x·𝟙(−3 < x < 3)/6 by autodiff; the terms add up to at most (2|x| + 3)/6.
    slope: { ops: 4, scale: (x) => maxOf(x, (v) => (Math.abs(v) < 3 ? (2 * Math.abs(v) + 3) / 6 : 1)) },
  },
};

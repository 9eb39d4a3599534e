import { erf } from '../../katas/lib/erf';

// Float64 pieces for the rounding scales (tolerances.ts) and for the
// mistakes' outputs (suspects.ts).

/** σ(v) without overflow on either side. */
export const sigmoid64 = (v: number): number => (v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v)));

/** GELU's √(2/π) and cubic coefficient: u = √(2/π)·(x + 0.044715·x³). */
export const GELU_C = Math.sqrt(2 / Math.PI);
export const GELU_CUBIC = 0.044715;

/** The standard normal CDF Φ and density φ. */
export const Phi = (v: number): number => 0.5 * (1 + erf(v / Math.SQRT2));
export const phi = (v: number): number => Math.exp(-0.5 * v * v) / Math.sqrt(2 * Math.PI);

/** 1 − tanh² u for GELU's u, without cancellation. */
export const sech2 = (v: number): number => {
  const e = Math.exp(-2 * Math.abs(GELU_C * (v + GELU_CUBIC * v ** 3)));
  return (4 * e) / ((1 + e) * (1 + e));
};

/** ½x(1 + tanh(c·(x + b·x³))) and its derivative, for any constants c, b (suspects change them). */
export const geluTanh64 = (v: number, c = GELU_C): number => 0.5 * v * (1 + Math.tanh(c * (v + GELU_CUBIC * v ** 3)));

export const geluTanhPrime64 = (
  v: number,
  { c = GELU_C, three = 3, productRule = true, squared = true } = {},
): number => {
  const t = Math.tanh(c * (v + GELU_CUBIC * v ** 3));
  const inner = squared ? 1 - t * t : 1 - t;
  return 0.5 * (1 + t) + (productRule ? 0.5 * v * inner * c * (1 + three * GELU_CUBIC * v * v) : 0);
};

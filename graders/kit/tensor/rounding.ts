import { ERF_ABSOLUTE_ERROR, FLOAT32_UNIT_ROUNDOFF, TRANSCENDENTAL_OPS } from './tolerance';

// How each operation of the float32 reference adds to the error bound a
// Tensor64 carries, in units of u = 2⁻²⁴. One place for every rule; the ops
// (binary.ts, unary.ts, reduce.ts, matmul.ts) only apply them. Each rule is
// the first-order error of the float32 operation on inputs that are already
// off by e_a and e_b (Higham, §3.1–3.3):
//   fl(a ∘ b) = (â ∘ b̂)(1 + δ),   |δ| ≤ u,
// so |fl(â ∘ b̂) − a ∘ b| ≤ |∂(a∘b)/∂a|·e_a + |∂(a∘b)/∂b|·e_b + |a ∘ b|, in units of u.

/**
 * Below float32's normal range a rounding error is not relative. With IEEE
 * subnormals (tfjs's cpu) a result is off by at most half of 2⁻¹⁴⁹; GPUs
 * may flush subnormals to zero or clamp an underflow to the smallest normal
 * (measured: WebGL's exp(−1e9) read back as 1.17549e-38), so every rounding
 * is allowed the smallest normal, 2⁻¹²⁶, in absolute terms: 2⁻¹⁰² in units
 * of u. No mistake a grader looks for is that small.
 */
export const UNDERFLOW_FLOOR = 2 ** -102;

/**
 * A transcendental kernel is within TRANSCENDENTAL_OPS roundings of its
 * result, or within one unit of float32 at 1 (u, absolute), whichever is
 * larger: a GPU's tanh built from exp, (e^2x − 1)/(e^2x + 1), keeps its
 * absolute accuracy near 0 but not its relative one (measured: WebGL's
 * tanh(−0.01) = −0.00999967 against −0.00999963, 0.7·u off). In units of u.
 */
export const KERNEL_FLOOR = 1;

/** One rounding of a result c to float32. */
export const rounding = (c: number): number => Math.abs(c) + UNDERFLOW_FLOOR;

/** A transcendental kernel (exp, log, tanh, …): its own inaccuracy, counted as TRANSCENDENTAL_OPS roundings. */
export const kernelRounding = (c: number): number => TRANSCENDENTAL_OPS * rounding(c) + KERNEL_FLOOR;

/** erf's cpu kernel is a polynomial with an absolute error floor (tolerance.ts), in units of u. */
export const ERF_FLOOR = ERF_ABSOLUTE_ERROR / FLOAT32_UNIT_ROUNDOFF;

export const addError = (ea: number, eb: number, c: number): number => ea + eb + rounding(c);

export const mulError = (a: number, ea: number, b: number, eb: number, c: number): number =>
  Math.abs(b) * ea + Math.abs(a) * eb + rounding(c);

export const divError = (ea: number, b: number, eb: number, c: number): number =>
  b === 0 ? Number.POSITIVE_INFINITY : (ea + Math.abs(c) * eb) / Math.abs(b) + rounding(c);

/** A smooth function f at a with slope f′(a): the input's error through the slope, then the kernel's. */
export const smoothError = (slope: number, ea: number, c: number): number => Math.abs(slope) * ea + kernelRounding(c);

/**
 * A sum of n terms in any order: |fl(Σxᵢ) − Σxᵢ| ≤ γₙ₋₁·Σ|xᵢ| (Higham, Lemma
 * 3.1 and §4.2) on top of the terms' own errors. Order-free on purpose: the
 * reference may sum in blocks, the bound holds for every order.
 */
export const sumError = (termErrors: number, absSum: number, n: number): number =>
  termErrors + Math.max(n - 1, 0) * absSum + Math.max(n - 1, 0) * UNDERFLOW_FLOOR;

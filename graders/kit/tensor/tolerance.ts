// The constants every accepted error in gradkata is derived from. Two
// comparisons need one: the learner's float64 answer against the float32
// tfjs reference (its bound is carried by the oracle's Tensor64s, by the
// rules of rounding.ts with the constants below), and the learner's float64
// gradient against central differences of the learner's own forward (the FD_
// constants). Nothing here is tuned to make a test pass; each constant is
// derived or measured, and `npm run verify` measures the margins.

/** IEEE float32, round to nearest: a stored result is x·(1 + δ), |δ| ≤ 2⁻²⁴. */
export const FLOAT32_UNIT_ROUNDOFF = 2 ** -24;
/** IEEE float64, round to nearest. */
export const FLOAT64_UNIT_ROUNDOFF = 2 ** -53;

/**
 * A transcendental kernel (exp, log, tanh, sigmoid, softplus, erf) is not
 * correctly rounded on every backend: it is budgeted as this many roundings
 * of its result rather than one. On cpu the worst case measured by
 * backends/boundsHold.test.ts uses 80% of the bound with it (exp at |x| ≤ 30,
 * where the input's own rounding dominates).
 */
export const TRANSCENDENTAL_OPS = 4;

/**
 * tfjs's cpu erf is a polynomial approximation (Abramowitz and Stegun 7.1.26)
 * whose error is absolute, not relative: on every float32 in [−6, 6] in steps
 * of 10⁻⁴ it is at most 1.38e-7 beyond one rounding, against a float64 erf
 * within one ulp (backends/erfKernel.test.ts measures it). Budgeted as this
 * absolute error per erf, on top of its TRANSCENDENTAL_OPS roundings.
 */
export const ERF_ABSOLUTE_ERROR = 1.5e-7;

/** γₙ = n·u/(1 − n·u): the relative error of n roundings of unit roundoff u. */
export function roundingBound(n: number, u: number, what = 'float32'): number {
  const nu = n * u;
  if (nu >= 0.5)
    throw new RangeError(`roundingBound: ${n} roundings leave no significant digit in ${what} (n·u = ${nu})`);
  return nu / (1 - nu);
}

/**
 * How far a backend may disagree with cpu on the conformance cases
 * (graders/kit/backends/conformanceCases.ts) before it is refused: both sides
 * round each case's ≤ 1024 operations (transcendental ops counted as several,
 * WGSL's exp allowed 3 + 2|x| ulps), so 2·γ₁₀₂₄ ≈ 1.2e-4. The faults this
 * catches are of order 1 (a max-pool gradient sent to the wrong element).
 */
export const CONFORMANCE_TOLERANCE = 2 * roundingBound(1024, FLOAT32_UNIT_ROUNDOFF);

/**
 * Central-difference step for float64, h = ε^(1/3)·max(1, ‖x‖∞) ≈ 6e-6 with
 * ε = 2⁻⁵² the machine epsilon: it balances truncation error h²·|f‴|/6
 * against rounding error ε·|f|/h (Numerical Recipes, 3rd ed., §5.7).
 */
export const FD_STEP = Math.cbrt(FLOAT64_UNIT_ROUNDOFF * 2);

/**
 * Accepted relative disagreement between a learner's gradient and central
 * differences of the learner's own forward. With h ≈ 6e-6 both error terms
 * are ≈ 1e-11 relative for inputs of magnitude ≤ 10 (our arbitraries);
 * 1e-6 leaves five orders of margin for larger third derivatives, while the
 * mistakes we grade for (a missing 1/N, a transposed matrix, σ(1+σ)) are off
 * by 1e-2 or more. PyTorch's float64 gradcheck uses rtol 1e-3, CS231n calls
 * anything below 1e-7 good.
 */
export const FD_TOLERANCE = 1e-6;

/**
 * Rounding budget of the learner's float64 forward inside a finite
 * difference: L(x ± h·u) each carry up to this many roundings of the
 * magnitude of the terms they are computed from, so the difference quotient
 * carries noise ≈ FD_FORWARD_ROUNDINGS·ε·scale/h (≈ 2e-9·scale). Without
 * this floor a correct gradient that is tiny next to the loss (a hidden unit
 * whose outgoing weights are equal across classes) would fail.
 */
export const FD_FORWARD_ROUNDINGS = 64;

/** The finite-difference noise floor for a forward whose terms have magnitude `scale`. */
export function finiteDifferenceNoise(scale: number, h: number): number {
  return (FD_FORWARD_ROUNDINGS * 2 * FLOAT64_UNIT_ROUNDOFF * scale) / h;
}

/**
 * How far the arbitraries keep samples from a kink (ReLU at 0, |x| at 0, a
 * max-pool tie): well beyond any finite-difference step, so the difference
 * quotient never straddles the kink.
 */
export const KINK_MARGIN = 1e-3;

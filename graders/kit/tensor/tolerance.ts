// Every accepted error in gradkata comes from this file. Two comparisons need
// one: the learner's float64 answer against the float32 tfjs reference, and
// the learner's float64 gradient against central differences of the
// learner's own float64 forward. Nothing here is tuned to make a test pass;
// each constant is derived below, and `npm run verify` measures the margins.

/** IEEE float32, round to nearest: a stored result is x·(1 + δ), |δ| ≤ 2⁻²⁴. */
export const FLOAT32_UNIT_ROUNDOFF = 2 ** -24;
/** IEEE float64, round to nearest. */
export const FLOAT64_UNIT_ROUNDOFF = 2 ** -53;

/**
 * tfjs's cpu kernels for exp, log, tanh, erf are not correctly rounded: the
 * traps note measured erf within 1.7e-7 absolute, about 3 ulps near 1. Such
 * an op is budgeted as this many roundings rather than one.
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

export interface ToleranceConstraints {
  /**
   * Rounding budget of one output element in the float32 reference: one per
   * arithmetic op on its longest dependency chain (K for a length-K dot
   * product), TRANSCENDENTAL_OPS per exp/log/tanh/erf. Default 1.
   */
  readonly ops?: number;
  /**
   * How much the function amplifies a relative change of its input (its
   * condition number), because the inputs themselves are rounded to float32
   * first: |x| for exp(x), for example. Default 1.
   */
  readonly condition?: number;
  /**
   * Precision of the reference: 'float32' for tfjs (default), 'float64' for
   * a reference computed in plain TypeScript (ring all-reduce's sum, a
   * counting kata), where only the order of operations differs.
   */
  readonly precision?: 'float32' | 'float64';
}

/**
 * Relative bound on the reference's float32 error: γₙ = n·u/(1 − n·u)
 * (Higham, *Accuracy and Stability of Numerical Algorithms*, Lemma 3.1) with
 * n = ops + condition + 1, the +1 for rounding the result to float32.
 * With a float32 reference the learner's own float64 error is 2²⁹ times
 * smaller and is ignored; with a float64 reference both sides round, so
 * graders count both sides' operations in `ops`.
 */
export function referenceTolerance({
  ops = 1,
  condition = 1,
  precision = 'float32',
}: ToleranceConstraints = {}): number {
  if (!(ops >= 1) || !(condition >= 1)) {
    throw new RangeError(`referenceTolerance: ops and condition must be ≥ 1, got ${ops} and ${condition}`);
  }
  const n = ops + condition + 1;
  const u = precision === 'float32' ? FLOAT32_UNIT_ROUNDOFF * referencePrecisionFactor() : FLOAT64_UNIT_ROUNDOFF;
  return roundingBound(n, u, precision);
}

/** γₙ = n·u/(1 − n·u): the relative error of n roundings of unit roundoff u. */
export function roundingBound(n: number, u: number, what = 'float32'): number {
  const nu = n * u;
  if (nu >= 0.5)
    throw new RangeError(`referenceTolerance: ${n} roundings leave no significant digit in ${what} (n·u = ${nu})`);
  return nu / (1 - nu);
}

// The reference backend's precision. cpu computes in IEEE float32 (factor 1,
// never changed); a GPU backend's factor is measured before it serves
// (graders/kit/backends/measurePrecision.ts: its unit roundoff in multiples of
// 2⁻²⁴), because its exp or tanh need not be as accurate as cpu's and its
// floatPrecision() flag cannot be trusted (WebGL says 16 computing float32).
let precisionSource: () => number = () => 1;

/** Called by referenceBackend: where the active backend's measured factor comes from. */
export function setReferencePrecision(source: () => number): void {
  precisionSource = source;
}

/** The reference backend's unit roundoff in multiples of float32's (1 on cpu). */
export function referencePrecisionFactor(): number {
  return precisionSource();
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
 * The bound for element i, norm-wise: γₙ·(S + |rᵢ|). S (default ‖r‖∞, the
 * output's magnitude) is the absolute part: element-wise relative error means
 * nothing where rᵢ ≈ 0 (GELU(−10) ≈ −1e-22), while rounding errors are sized
 * by the magnitudes flowing through the computation. A grader whose values
 * cancel (a dot product of large terms with a small sum) passes the magnitude
 * of the terms as S.
 */
export function elementBound(eps: number, scale: number, expected: number): number {
  return eps * (scale + Math.abs(expected));
}

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

import { referenceTolerance, TRANSCENDENTAL_OPS as T } from '../kit/toolkit';
import { type Matrix, magnitude, sizes } from './cases';

// Rounding budgets (toolkit/tolerance.ts) for every comparison the grader
// makes, with M = max(1, max |z|).

/**
 * Softmax CE. Loss: per row a max, C exps, a C-term sum, a log and two
 * subtractions, then a mean over N rows; logΣexp(z) − z_y cancels terms as
 * large as M + log C, which is the scale, and input rounding moves it by
 * ≤ 2·M·u (|∂ℓ/∂z| sums to ≤ 2): condition 2.
 * dlogits: exp(z − lse) where z − lse is rounded relative to M, plus input
 * rounding through the softmax Jacobian (≤ M/2): condition 3M; p − onehot
 * cancels terms of size 1/N, the scale.
 */
export const softmaxLossTol = (z: Matrix) => {
  const { n, c } = sizes(z);
  return { ops: c + n + 2 * T + 4, condition: 2, scale: magnitude(z) + Math.log(c) };
};
export const softmaxGradTol = (z: Matrix) => {
  const { n, c } = sizes(z);
  return { ops: c + 2 * T + 4, condition: 3 * magnitude(z), scale: 1 / n };
};

/**
 * Rows of softmax-CE dlogits sum to 0, up to this. Float64 on the learner's
 * side only: the row's terms p/N and onehot/N total 2/N, and each p is exp
 * of a difference rounded relative to M.
 */
export const softmaxRowSumBound = (z: Matrix): number => {
  const { n, c } = sizes(z);
  return referenceTolerance({ precision: 'float64', ops: 2 * c + T + 4, condition: 2 * magnitude(z) }) * (2 / n);
};

/**
 * BCE. Loss: relu(z) − z·y + log1p(exp(−|z|)) per element (2 transcendental,
 * 4 arithmetic), then a mean of N·C non-negative terms; the relative
 * condition of softplus-like terms is ≤ max(1, |z|) = M.
 * dlogits: step(z) − y − sign(z)·σ(−|z|) cancels terms of size 1, scaled by
 * 1/(N·C); |z|·σ′(z) ≤ 0.23, so input rounding adds condition 1.
 */
export const bceLossTol = (z: Matrix) => ({ ops: sizes(z).count + 2 * T + 4, condition: magnitude(z) });
export const bceGradTol = (z: Matrix) => ({ ops: 2 * T + 6, condition: 1, scale: 1 / sizes(z).count });

/**
 * Focal, as the reference computes it: α_t·exp(−γ·softplus(z_t))·BCE.
 * Input rounding: the relative condition of (1 − p_t)^γ·BCE is
 * ≤ (γ + 1)·M; exp(−γ·softplus(z_t)) turns softplus's rounding, relative to
 * its size ≤ M + 1, into γ·(M + 1) relative error. Loss: 4 transcendental
 * and 6 arithmetic ops per element, then a mean of N·C non-negative terms.
 * dlogits: α_t[γ(1 − p_t)^γ p_t log p_t − (1 − p_t)^(γ+1)]/(N·C); the two
 * terms are bounded by γ/e and 1, so the scale is (1 + γ)/(N·C); the
 * derivative of the bracket is ≤ (γ + 1)², so input rounding adds (γ + 1)·M.
 */
const focalAmplification = (z: Matrix, gamma: number): number =>
  (gamma + 1) * magnitude(z) + gamma * (magnitude(z) + 1);
export const focalLossTol = (z: Matrix, gamma: number) => ({
  ops: sizes(z).count + 4 * T + 6,
  condition: focalAmplification(z, gamma),
});
export const focalGradTol = (z: Matrix, gamma: number) => ({
  ops: 5 * T + 12,
  condition: focalAmplification(z, gamma),
  scale: (1 + gamma) / sizes(z).count,
});

/**
 * Learner against learner, both float64 (so both sides' ops are counted):
 * per element ≤ 4 transcendental and 8 arithmetic ops on each side. The
 * stable BCE formula max(z, 0) − z·y + log1p(e^−|z|) cancels terms as large
 * as |z|, so a per-element loss is only accurate relative to M + 1 (the
 * scale). And 1 − σ(z) computed by subtraction (torchvision's 1 − p_t, or
 * log(1 − σ(z)) in a textbook BCE, both fine at moderate logits) loses
 * relative accuracy by 1/(1 − σ(z)) ≤ 1 + e^M: the condition. Only the ±1e3
 * properties ask for the stable forms.
 */
export const learnerPair = (count: number, m: number) => ({
  precision: 'float64' as const,
  ops: 2 * (count + 4 * T + 8),
  condition: 1 + Math.exp(m),
});

/** The reference budgets above, for reference.test.ts to prove the reference against. */
export const tolerances = {
  softmaxLoss: softmaxLossTol,
  softmaxGrad: softmaxGradTol,
  bceLoss: bceLossTol,
  bceGrad: bceGradTol,
  focalLoss: focalLossTol,
  focalGrad: focalGradTol,
};

// What the grader says when it recognises a mistake (variants.ts matches
// some of these texts: change them together).

export const SOFTMAX_OVERFLOW =
  "softmax without max-subtraction overflows: exp(1000) is Infinity (and exp(−1000) is 0, so p = 0/0 = NaN); subtract each row's max m first, logΣexp(z) = m + logΣexp(z − m)";
export const LOG_SIGMOID =
  'log(sigmoid(z)) underflows: σ(−1000) is exactly 0 and log 0 = −Infinity (0·log 0 = NaN); use softplus, ℓ = max(z, 0) − z·y + log1p(e^−|z|)';
export const SIGMOID_OVERFLOW =
  'σ(z) = e^z/(1 + e^z) is Infinity/Infinity = NaN at z = 1000: use 1/(1 + e^−z) for z ≥ 0 and e^z/(1 + e^z) for z < 0';
export const FOCAL_LOG =
  'log(p_t) underflows: p_t = σ(z_t) rounds to 0 for z_t = −1000, so log p_t = −Infinity (and p_t·log p_t = 0·(−Infinity) = NaN); use log p_t = −softplus(−z_t) and 1 − p_t = σ(−z_t)';
export const FOCAL_POWER =
  '(1 − p_t)^(γ−1) is Infinity where 1 − p_t rounds to 0 and γ < 1, and Infinity·0 = NaN: multiply it out, γ(1 − p_t)^(γ−1)·(1 − p_t)·p_t = γ(1 − p_t)^γ·p_t';
export const GRAD_SHAPE = 'dlogits is ∂loss/∂logits: it has the shape of logits, [N, C]';

export const SUM_OVER_BATCH =
  "the loss is summed over the batch instead of averaged: F.cross_entropy's default reduction='mean' divides by N";
export const GRAD_NOT_DIVIDED_BY_N =
  "dlogits is not divided by the batch size N: the loss is a mean over N rows, so each row's gradient carries 1/N";
export const MINUS_ONE_EVERYWHERE =
  "dlogits subtracts 1 from every class: ∂ℓ/∂z = p − onehot(y), so only the label's entry gets the −1";
export const GRAD_SIGN = 'dlogits has the wrong sign: ∂ℓ/∂z = σ(z) − y (softmax: p − onehot), not y − σ(z)';
export const SUM_OVER_ELEMENTS =
  "the loss is summed instead of averaged: reduction='mean' divides by every element, N·C of them";
export const MEAN_OVER_BATCH_ONLY =
  "the loss is averaged over the batch N only: element-wise losses (BCE, focal) average over every element, N·C of them, as PyTorch's reduction='mean'";
export const GRAD_NOT_DIVIDED_BY_COUNT =
  'dlogits is summed instead of averaged: the loss is a mean over every element, so each entry of dlogits carries 1/(N·C)';
export const GRAD_DIVIDED_BY_N_ONLY =
  'dlogits is averaged over the batch N only: the loss is a mean over every element, so each entry of dlogits carries 1/(N·C), not 1/N';
export const ALPHA_BOTH_CLASSES =
  'α is applied to both classes: the weight is α_t = α for a positive (y = 1) but 1 − α for a negative (y = 0)';
export const FACTOR_CONSTANT =
  'the gradient treats the modulating factor (1 − p_t)^γ as a constant: differentiate it too (product rule), ∂FL/∂z_t = α_t[γ(1 − p_t)^γ p_t log p_t − (1 − p_t)^(γ+1)]';
export const GAMMA_ZERO =
  'with γ = 0 the modulating factor (1 − p_t)^0 is 1, so focal loss is the α_t-weighted mean of BCE';

/** A NaN in focal dlogits at [i, j]: the power trap where the model is confidently right and γ < 1, else log p_t's underflow. */
export const focalNonFinite =
  (logits: number[][], targets: number[][], gamma: number) =>
  (index: readonly number[]): string => {
    const [i, j] = index;
    const confidentlyRight = index.length === 2 && (targets[i][j] === 1) === logits[i][j] > 0;
    return confidentlyRight && gamma < 1 ? FOCAL_POWER : FOCAL_LOG;
  };

import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('classification-losses', {
  'softmax-grad-not-divided-by-batch':
    "dlogits is not divided by the batch size N: the loss is a mean over N rows, so each row's gradient is (softmax(zᵢ) − onehot(yᵢ))/N",
  'softmax-grad-minus-one-everywhere':
    "dlogits subtracts 1 from every class: ∂ℓ/∂z = p − onehot(y), so only the label's entry gets the −1 (each row then sums to 0, since p and onehot(y) both sum to 1)",
  'softmax-grad-onehot-missing':
    "dlogits never subtracts the one-hot label: ∂ℓ/∂z = p − onehot(y), so the label's entry gets p_y − 1 (each row then sums to 0, since p and onehot(y) both sum to 1)",
  'softmax-loss-summed':
    "the softmax cross-entropy is summed over the batch instead of averaged: F.cross_entropy's default reduction='mean' divides by N",
  'softmax-no-max-subtraction':
    "softmax without max-subtraction overflows: exp(1000) is Infinity (and exp(−1000) is 0, so p = 0/0 = NaN); subtract each row's max m first, logΣexp(z) = m + logΣexp(z − m)",
  'gradient-sign-flipped': 'dlogits has the wrong sign: ∂ℓ/∂z = σ(z) − y (softmax: p − onehot(y)), not y − σ(z)',
  'elementwise-loss-summed':
    "the loss is summed instead of averaged: BCE and focal loss with reduction='mean' divide by every element, N·C of them, and so each entry of dlogits carries 1/(N·C)",
  'elementwise-mean-over-batch-only':
    "the loss is averaged over the batch N only: BCE and focal loss average over every element, N·C of them (PyTorch's reduction='mean'), so each entry of dlogits carries 1/(N·C), not 1/N",
  'bce-log-sigmoid':
    'log(sigmoid(z)) underflows: σ(−1000) is exactly 0 and log 0 = −Infinity (0·log 0 = NaN), and 1 − σ(1000) is 0 as well; use softplus, ℓ = max(z, 0) − z·y + log1p(e^−|z|)',
  'bce-sigmoid-overflow':
    'σ(z) = e^z/(1 + e^z) is Infinity/Infinity = NaN at z = 1000: use 1/(1 + e^−z), or e^z/(1 + e^z) only for z < 0',
  'focal-alpha-both-classes':
    'α is applied to both classes: the weight is α_t = α for a positive (y = 1) but 1 − α for a negative (y = 0)',
  'focal-alpha-missing':
    'the class weight α_t is missing: FL = −α_t(1 − p_t)^γ log p_t with α_t = α for y = 1 and 1 − α for y = 0 (with γ = 0 it is the α_t-weighted BCE)',
  'focal-grad-constant-factor':
    'the gradient treats the modulating factor (1 − p_t)^γ as a constant: differentiate it too (product rule), ∂FL/∂z_t = α_t[γ(1 − p_t)^γ p_t log p_t − (1 − p_t)^(γ+1)]',
  'focal-grad-negative-power':
    '(1 − p_t)^(γ−1) is Infinity where 1 − p_t rounds to 0 and γ < 1, and Infinity·0 = NaN: multiply it out, γ(1 − p_t)^(γ−1)·(1 − p_t)·p_t = γ(1 − p_t)^γ·p_t',
  'focal-log-pt':
    'log(p_t) underflows: p_t = σ(z_t) rounds to 0 for z_t = −1000, so log p_t = −Infinity (and p_t·log p_t = 0·(−Infinity) = NaN); use log p_t = −softplus(−z_t) and 1 − p_t = σ(−z_t)',
});

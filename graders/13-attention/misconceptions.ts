import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('attention', {
  'scale-missing':
    'the 1/√d_k scale is missing: scores = Q·Kᵀ/√d_k, not Q·Kᵀ (without it the scores grow with d_k and the softmax saturates)',
  'divided-by-dk':
    'the scores are divided by d_k instead of √d_k: the scale is 1/√d_k, which keeps the variance of q·k at about 1',
  'mask-ignored':
    'the mask is not used: scores.masked_fill(mask == 0, −1e9) before the softmax, so a key hidden from query i (mask[b][h][i][j] = 0) gets weight 0, and no gradient flows through its score',
  'mask-inverted':
    "the mask is inverted: here 0 means hidden (masked_fill(mask == 0, −1e9)); PyTorch's boolean attn_mask uses the opposite convention",
  'mask-after-softmax':
    "the mask is applied after the softmax: the hidden keys' weights were zeroed without renormalising the row. masked_fill(mask == 0, −1e9) goes before the softmax, so the visible keys share all the weight and a fully hidden row is uniform",
  'softmax-over-queries':
    'the softmax runs over the queries (axis 2) instead of the keys (axis 3): each row of weights, one query against every key, is the distribution, Pᵢⱼ = exp(Sᵢⱼ)/Σₖ exp(Sᵢₖ)',
  'no-max-subtraction':
    'the softmax does not subtract the row max: exp of a score above ≈ 709 is ∞ in float64 (∞/∞ = NaN), and in a fully hidden row exp(−1e9) is 0 (0/0 = NaN). softmax(s) = softmax(s − max s), and then every exp is ≤ 1',
  'elementwise-softmax-backward':
    'the softmax backward is treated as element-wise (dS = dP ⊙ P): the softmax Jacobian is diag(p) − p·pᵀ, so dS = P ⊙ (dP − Σₖ Pₖ·dPₖ) per row',
  'dq-unscaled': 'dQ is missing the 1/√d_k factor: S = Q·Kᵀ/√d_k, so dQ = dS·K/√d_k (the scale forgotten in backward)',
  'dk-unscaled': 'dK is missing the 1/√d_k factor: S = Q·Kᵀ/√d_k, so dK = dSᵀ·Q/√d_k (the scale forgotten in backward)',
  'gradient-through-hidden-scores':
    'a gradient flows through hidden scores: masked_fill replaces them by the constant −1e9, so dS = 0 where mask == 0 (it shows in a row whose keys are all hidden, whose weights are uniform whatever Q and K are)',
});

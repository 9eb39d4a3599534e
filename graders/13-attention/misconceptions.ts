// What each known mistake looks like, in the learner's terms. variants.ts
// matches the start of these: change the wording there too.

export const SCALE_MISSING =
  'the 1/√d_k scale looks missing: scores = Q·Kᵀ/√d_k, not Q·Kᵀ (without it the scores grow with d_k and the softmax saturates)';
export const DIVIDED_BY_DK =
  'the scores were divided by d_k instead of √d_k: the scale is 1/√d_k, which keeps the variance of q·k at about 1';
export const MASK_AFTER =
  "mask applied after the softmax: the hidden keys' weights were zeroed without renormalising the row. masked_fill(mask == 0, −1e9) goes before the softmax, so the visible keys share all the weight";
export const MASK_INVERTED =
  "the mask looks inverted: here 0 means hidden (masked_fill(mask == 0, −1e9)); PyTorch's boolean attn_mask uses the opposite convention";
export const NO_MAX_SUBTRACTION =
  'softmax without subtracting the row max: exp of a score above ≈ 709 is ∞ in float64 and ∞/∞ is NaN. softmax(s) = softmax(s − max s), and then every exp is ≤ 1';
export const ELEMENTWISE_BACKWARD =
  'the softmax backward was treated as element-wise (dS = dP ⊙ P): the softmax Jacobian is diag(p) − p·pᵀ, so dS = P ⊙ (dP − Σₖ Pₖ·dPₖ) per row';
export const HIDDEN_GRADIENT =
  'a gradient flowed through hidden scores: masked_fill replaces them by the constant −1e9, so dS = 0 where mask == 0 (it shows in a row whose keys are all hidden, where the weights are uniform but must not depend on Q or K)';
export const dScaleMissing = (d: 'dQ' | 'dK'): string =>
  `${d} is missing the 1/√d_k factor: S = Q·Kᵀ/√d_k, so ${d === 'dQ' ? 'dQ = dS·K/√d_k' : 'dK = dSᵀ·Q/√d_k'} (the scale forgotten in backward)`;

/** Where a row of weights is, for messages. */
export const rowName = (b: number, h: number, i: number): string => `row ${i} (batch ${b}, head ${h})`;

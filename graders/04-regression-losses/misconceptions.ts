import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('regression-losses', {
  'loss-summed':
    "the loss is summed instead of averaged: with PyTorch's reduction='mean' MSE and Huber divide by every element, N·D of them, so each entry of dpred carries 1/(N·D)",
  'mean-over-batch-only':
    "the loss is averaged over the batch N only: MSE and Huber average over every element, N·D of them (PyTorch's reduction='mean'), so each entry of dpred carries 1/(N·D), not 1/N",
  'mse-grad-missing-two': 'the MSE gradient lost its factor 2: ∂(p − t)²/∂p = 2(p − t), so dpred = 2(p − t)/(N·D)',
  'mse-grad-not-averaged':
    'the MSE gradient is not divided by the number of elements: the loss is a mean over N·D elements, so dpred = 2(p − t)/(N·D), not 2(p − t)',
  'gradient-sign-flipped':
    'dpred has the wrong sign: the loss grows as p moves away from t, so ∂/∂p of (p − t)² is 2(p − t), not 2(t − p) (Huber: r = p − t, not t − p)',
  'huber-linear-missing-half-delta':
    'the linear branch of Huber is δ|r| instead of δ(|r| − δ/2): at |r| = δ the quadratic branch gives δ²/2 and δ|r| gives δ², so the loss jumps by δ²/2 there',
  'huber-branch-without-abs':
    'the branch test is r ≤ δ instead of |r| ≤ δ: a residual r < −δ is an outlier too, and gets the linear branch δ(|r| − δ/2) with gradient −δ, not r²/2 with gradient r',
  'huber-branch-delta-squared':
    'the branch test compares |r| with δ² instead of δ (r² ≤ δ² is |r| ≤ δ, |r| ≤ δ² is not): the quadratic branch is |r| ≤ δ, where its value δ²/2 and slope δ meet the linear branch',
  'huber-grad-missing-delta':
    'the linear branch gradient is sign(r) instead of δ·sign(r): ∂/∂r of δ(|r| − δ/2) is δ·sign(r), so |dpred| reaches δ/(N·D) for outliers, and only equals sign(r)/(N·D) when δ = 1',
  'smooth-l1-instead-of-huber':
    "this is SmoothL1 (divided by β = δ), not Huber: PyTorch's HuberLoss is r²/2 for |r| ≤ δ and δ(|r| − δ/2) beyond, SmoothL1Loss is r²/(2β) and |r| − β/2, so Huber = δ·SmoothL1 (they agree only for δ = 1)",
  'huber-grad-unclipped':
    'the Huber gradient is r/(N·D) everywhere, the derivative of the quadratic branch only: beyond |r| = δ the loss is linear and its gradient stays at δ·sign(r)/(N·D), which is what makes Huber robust to outliers',
});

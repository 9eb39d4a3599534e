import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('grad-clipping', {
  'per-tensor-norm':
    'each tensor is clipped by its own norm: clip_grad_norm_ computes ONE norm over all the tensors together, T = √(Σₖ‖gₖ‖²), and scales every tensor by the same c = min(1, maxNorm/T) — per-tensor factors change the direction of the update',
  'sum-of-norms':
    'the per-tensor norms are added: norms combine as a root of a sum of squares, T = √(Σₖ‖gₖ‖²) = √(Σ g²) over every element, not Σₖ‖gₖ‖ (which is larger whenever two tensors are non-zero)',
  'squared-norm':
    'the square root is missing: Σ g² is the squared norm; the L2 norm is T = √(Σ g²), and the factor is maxNorm/T',
  'rms-norm':
    'the sum is divided by the number of elements: √(Σ g²/n) is the RMS, not the norm; clip_grad_norm_ uses T = √(Σ g²), with no mean',
  'scales-up':
    'gradients below the bound are scaled up: the factor is min(1, maxNorm/T) — clipping only ever shrinks, and a norm already ≤ maxNorm leaves the grads as they are',
  'post-clip-norm':
    'totalNorm is the norm after clipping: clip_grad_norm_ returns the norm BEFORE clipping, T = √(Σ g²), the number you log to see an explosion (after clipping it is just min(T, maxNorm))',
  'non-finite-scaled':
    'a NaN or ∞ gradient is clipped anyway: with T = NaN the factor maxNorm/T is NaN and spreads into every tensor, with T = ∞ it is 0 and zeroes them (∞·0 = NaN) — report T and leave the grads unchanged, so the step can be skipped',
  'value-upper-only':
    'clipGradValue clamps only the upper side: every element goes to [−clipValue, clipValue], so g < −clipValue becomes −clipValue too — min(max(g, −c), c), not min(g, c)',
  'clips-in-place':
    "clipGradNorm scales the caller's arrays in place: PyTorch's clip_grad_norm_ does (the trailing _), but here it must return new arrays and leave grads as they were",
});

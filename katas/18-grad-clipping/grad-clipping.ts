import { notImplemented } from '#lib';

/** What clipGradNorm returns: the clipped gradients and the norm they had before. */
export interface ClippedGrads {
  /** New arrays, one per input tensor, of the same lengths. */
  grads: number[][];
  /** ‖g‖₂ over every tensor together, BEFORE clipping (what PyTorch returns and what you log). */
  totalNorm: number;
}

/**
 * Gradient clipping by the global norm, as PyTorch's
 * `torch.nn.utils.clip_grad_norm_(parameters, max_norm)`.
 *
 * - `grads`: a model's parameter gradients, each tensor flattened to a list
 *   (they may have different lengths; the list may be empty).
 * - `maxNorm` ≥ 0: the largest global norm allowed. A negative maxNorm (or
 *   NaN) throws an Error; 0 is allowed, as in PyTorch (it zeroes any
 *   non-zero gradient).
 *
 * The total norm is ONE L2 norm over all the elements of all the tensors
 * together, T = √(Σₖ Σᵢ gₖᵢ²). Every tensor is then scaled by the same
 * factor c = min(1, maxNorm / T), so the update keeps its direction:
 * below the bound (T ≤ maxNorm) the grads come back unchanged, bit for bit;
 * above it their global norm becomes maxNorm. PyTorch divides by
 * T + 1e-6 instead of T: both factors are accepted.
 *
 * - All-zero gradients, or none: totalNorm 0, nothing scaled, no NaN.
 * - A NaN or ±∞ anywhere: return totalNorm as it is (NaN if any element is
 *   NaN, otherwise Infinity) and the grads unchanged, so the caller can
 *   skip the step, as GradScaler does. (PyTorch would scale by NaN or 0.)
 *
 * Σ g² may overflow for |g| above ~1e154; the grader stays far below.
 * Return new arrays and leave `grads` unchanged (PyTorch works in place;
 * here the caller keeps its arrays).
 */
export function clipGradNorm(grads: readonly (readonly number[])[], maxNorm: number): ClippedGrads {
  return notImplemented('clipGradNorm');
}

/**
 * Gradient clipping by value, as PyTorch's
 * `torch.nn.utils.clip_grad_value_(parameters, clip_value)`: every element
 * clamped to [−clipValue, clipValue], each on its own.
 *
 * - `clipValue` ≥ 0; a negative clipValue (or NaN) throws an Error, 0 is
 *   allowed (every element becomes 0), as in PyTorch.
 *
 * Elements inside the interval come back exactly as they were. Return new
 * arrays and leave `grads` unchanged.
 */
export function clipGradValue(grads: readonly (readonly number[])[], clipValue: number): number[][] {
  return notImplemented('clipGradValue');
}

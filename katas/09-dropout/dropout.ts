import { type Matrix, notImplemented } from '#lib';

/** What dropoutForward keeps for dropoutBackward (change it if you like: only your own code reads it). */
export interface DropoutCache {
  /** 1/(1 − p) where a unit was kept, 0 where it was dropped (all 1 in eval mode), [N, D]. */
  readonly mask: Matrix;
}

/**
 * Inverted dropout on x of shape [N, D], as PyTorch's nn.Dropout(p):
 *
 *   training:  outᵢⱼ = xᵢⱼ·mᵢⱼ/(1 − p),  mᵢⱼ = 1 if uᵢⱼ ≥ p else 0,
 *   eval:      out = x.
 *
 * How the mask consumes `rng` (so one seed gives one mask, whoever wrote the code):
 * in training, call rng() exactly once per element, in row-major order
 * (u₀₀, u₀₁, …, u₁₀, …); element (i, j) is kept iff its uᵢⱼ ≥ p (dropped iff
 * uᵢⱼ < p, which happens with probability p). At p = 0 and p = 1 the mask is
 * known without drawing: you may draw as usual or not at all (PyTorch skips).
 * In eval mode (training = false) never call rng.
 *
 * p is in [0, 1]. With p = 1 every unit is dropped and out is all zeros:
 * never compute 0/(1 − p) = 0/0 (NaN). Return new arrays; leave x unchanged.
 */
export function dropoutForward(
  x: Matrix,
  p: number,
  training: boolean,
  rng: () => number,
): { out: Matrix; cache: DropoutCache } {
  return notImplemented('dropoutForward');
}

/**
 * Given dout = ∂L/∂out [N, D], return dx = ∂L/∂x [N, D]: dout times the
 * forward's own mask and scale, read from the cache (never drawn again).
 */
export function dropoutBackward(dout: Matrix, cache: DropoutCache): { dx: Matrix } {
  return notImplemented('dropoutBackward');
}

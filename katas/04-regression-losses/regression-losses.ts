import { type Matrix, notImplemented } from '#lib';

/** A loss and its own gradient with respect to the predictions (same shape as the predictions). */
export interface LossAndGradient {
  loss: number;
  dpred: Matrix;
}

/**
 * Mean squared error, as PyTorch's `F.mse_loss(pred, target)` with its
 * default `reduction='mean'`.
 *
 * - `pred`, `target`: [N, D], the same shape.
 *
 * With the residual r = p − t of each element, the loss is the mean over
 * all N·D elements of r², and dpred = ∂loss/∂pred, [N, D], the gradient
 * of that mean. Leave the inputs unchanged.
 */
export function mse(pred: Matrix, target: Matrix): LossAndGradient {
  return notImplemented('mse');
}

/**
 * Huber loss, as PyTorch's `F.huber_loss(pred, target, delta=δ)` with
 * `reduction='mean'` (not `smooth_l1_loss`, which divides by its β).
 *
 * - `pred`, `target`: [N, D], the same shape.
 * - `delta` > 0: where the loss turns from quadratic to linear.
 *
 * With r = p − t, each element costs
 *   ℓ = r²/2             for |r| ≤ δ,
 *   ℓ = δ·(|r| − δ/2)    for |r| > δ,
 * the loss is the mean over all N·D elements and dpred = ∂loss/∂pred,
 * [N, D]. ℓ and its slope are continuous at |r| = δ, so both branches
 * give the same value and gradient there. Leave the inputs unchanged.
 */
export function huber(pred: Matrix, target: Matrix, delta: number): LossAndGradient {
  return notImplemented('huber');
}

import type { Nested } from '../kit/tensor';
import type { ReferenceBackend, ReferenceFn } from '../kit/toolkit';
import type { Matrix } from './cases';

// tfjs's losses, values and gradients; reference.test.ts proves each wrapper
// against the float64 oracle, reductions included. Both default to
// SUM_BY_NONZERO_WEIGHTS, and huberLoss's reduction comes after its weights
// and δ (docs/curriculum.md, trap 10): the reduction is always passed as the
// tf.Reduction enum, MEAN, which averages over every element as PyTorch does.

/** A type, not an interface: named outputs for checkReference. */
export type LossReference = {
  readonly loss: number;
  readonly dpred: Matrix;
};

/** ∂loss/∂pred is the vector-Jacobian product with upstream 1 (the loss is a scalar); the target is not differentiated. */
function lossAndGradient(reference: ReferenceBackend, f: ReferenceFn, inputs: Nested[]): LossReference {
  const { value, grads } = reference.vjp(f, inputs, 1);
  return { loss: value as number, dpred: grads[0] as Matrix };
}

/** F.mse_loss(pred, target): mean over every element. */
export function mseReference(reference: ReferenceBackend, pred: Matrix, target: Matrix): LossReference {
  return lossAndGradient(reference, (tf, p, t) => tf.losses.meanSquaredError(t, p, undefined, tf.Reduction.MEAN), [
    pred,
    target,
  ]);
}

/** F.huber_loss(pred, target, delta=δ): mean over every element. */
export function huberReference(
  reference: ReferenceBackend,
  pred: Matrix,
  target: Matrix,
  delta: number,
): LossReference {
  return lossAndGradient(reference, (tf, p, t) => tf.losses.huberLoss(t, p, undefined, delta, tf.Reduction.MEAN), [
    pred,
    target,
  ]);
}

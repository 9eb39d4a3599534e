import type { Nested } from '../kit/tensor';
import type { ReferenceBackend, ReferenceFn } from '../kit/toolkit';
import type { Problem } from './oracle';

// One worker's loss, composed from ops tfjs gets right, values and
// gradients: matMul(x, W, false, true) is PyTorch's x·Wᵀ (trap 9: kept 2-D),
// and losses.meanSquaredError with the Reduction.MEAN enum (trap 10)
// averages over every element, as PyTorch's MSELoss does. reference.test.ts
// proves it against the float64 oracle.

const meanSquaredError: ReferenceFn = (tf, x, y, W, b) =>
  tf.losses.meanSquaredError(y, tf.add(tf.matMul(x, W, false, true), b), undefined, tf.Reduction.MEAN);

export interface LocalReference {
  readonly loss: number;
  readonly dW: Nested;
  readonly db: Nested;
}

/** A non-empty shard's mean loss and its gradients for W and b (upstream 1). */
export function localReference(reference: ReferenceBackend, { x, y, W, b }: Problem): LocalReference {
  const { value, grads } = reference.vjp(meanSquaredError, [x, y, W, b], 1);
  return { loss: value as number, dW: grads[2], db: grads[3] };
}

import type { Nested } from '../kit/tensor';
import type { ReferenceBackend, ReferenceFn } from '../kit/toolkit';
import type { Matrix } from './cases';
import { alphaT, oneHot } from './oracle';

// tfjs's losses are trusted references, values and gradients, also at ±1000
// (docs/curriculum.md, the traps); reference.test.ts proves each wrapper against
// the float64 oracle, reductions included. Labels, signs and class weights
// are built here, outside the differentiated function; the reduction is
// always passed as the tf.Reduction enum.

/** A type, not an interface: named outputs for checkReference. */
export type LossReference = {
  readonly loss: number;
  readonly dlogits: Matrix;
};

/** ∂loss/∂logits is the vector-Jacobian product with upstream 1 (the loss is a scalar). */
function lossAndGradient(reference: ReferenceBackend, f: ReferenceFn, inputs: Nested[]): LossReference {
  const { value, grads } = reference.vjp(f, inputs, 1);
  return { loss: value as number, dlogits: grads[0] as Matrix };
}

/** F.cross_entropy(logits, labels): mean over the batch. */
export function softmaxCrossEntropyReference(
  reference: ReferenceBackend,
  logits: Matrix,
  labels: readonly number[],
): LossReference {
  return lossAndGradient(
    reference,
    (tf, z, y) => tf.losses.softmaxCrossEntropy(y, z, undefined, 0, tf.Reduction.MEAN),
    [logits, oneHot(labels, logits[0].length)],
  );
}

/** F.binary_cross_entropy_with_logits(logits, targets): mean over every element. */
export function binaryCrossEntropyReference(
  reference: ReferenceBackend,
  logits: Matrix,
  targets: Matrix,
): LossReference {
  return lossAndGradient(
    reference,
    (tf, z, y) => tf.losses.sigmoidCrossEntropy(y, z, undefined, 0, tf.Reduction.MEAN),
    [logits, targets],
  );
}

/**
 * torchvision's sigmoid_focal_loss(reduction='mean'), composed:
 * α_t · (1 − p_t)^γ · BCE, mean over every element. The modulating factor is
 * written exp(−γ·softplus(z_t)) with z_t = ±z, since 1 − p_t = σ(−z_t) =
 * e^(−softplus(z_t)): `pow(σ(−z_t), γ)` has a NaN gradient where σ(−z_t)
 * rounds to 0 (z_t ≳ 17 in float32) for γ < 1, γ = 0 included
 * (docs/curriculum.md, trap 11), while this form is finite at ±1000 for every γ.
 */
export function focalLossReference(
  reference: ReferenceBackend,
  logits: Matrix,
  targets: Matrix,
  gamma: number,
  alpha: number,
): LossReference {
  const sign = targets.map((row) => row.map((y) => (y === 1 ? 1 : -1)));
  const weights = targets.map((row) => row.map((y) => alphaT(y, alpha)));
  return lossAndGradient(
    reference,
    (tf, z, y, s, a) => {
      const modulating = tf.exp(tf.mul(-gamma, tf.softplus(tf.mul(s, z))));
      const bce = tf.losses.sigmoidCrossEntropy(y, z, undefined, 0, tf.Reduction.NONE);
      return tf.mean(tf.mul(a, tf.mul(modulating, bce)));
    },
    [logits, targets, sign, weights],
  );
}

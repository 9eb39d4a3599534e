import { type Matrix, notImplemented } from '#lib';

/** A loss and its own gradient with respect to the logits (same shape as the logits). */
export interface LossAndGradient {
  loss: number;
  dlogits: Matrix;
}

/**
 * Softmax cross-entropy for single-label classification, as PyTorch's
 * `F.cross_entropy(logits, labels)` with its default `reduction='mean'`.
 *
 * - `logits`: [N, C] raw scores (no softmax applied yet).
 * - `labels`: [N] integer class indices in [0, C).
 *
 * With pᵢ = softmax(zᵢ), the loss is the mean over the batch of
 *   ℓᵢ = −log pᵢ[yᵢ] = logΣⱼ exp(zᵢⱼ) − zᵢ[yᵢ],
 * and dlogits = ∂loss/∂logits, [N, C], the gradient of that mean.
 *
 * Must stay finite and correct for logits of magnitude 1e3, where exp(1000)
 * overflows a double to Infinity. Leave the inputs unchanged.
 */
export function softmaxCrossEntropy(logits: Matrix, labels: number[]): LossAndGradient {
  return notImplemented('softmaxCrossEntropy');
}

/**
 * Binary cross-entropy on logits for multi-label classification, as PyTorch's
 * `F.binary_cross_entropy_with_logits(logits, targets)` with `reduction='mean'`.
 *
 * - `logits`: [N, C], one independent sigmoid per entry.
 * - `targets`: [N, C], each 0 or 1.
 *
 * With p = σ(z) = 1 / (1 + e^(−z)), each element costs
 *   ℓ = −[y·log p + (1 − y)·log(1 − p)],
 * the loss is the mean over all N·C elements, and dlogits = ∂loss/∂logits,
 * [N, C], the gradient of that mean.
 *
 * Must stay finite and correct for logits of magnitude 1e3: σ(−1000) is 0 in
 * floating point, and log 0 = −Infinity. Leave the inputs unchanged.
 */
export function binaryCrossEntropyWithLogits(logits: Matrix, targets: Matrix): LossAndGradient {
  return notImplemented('binaryCrossEntropyWithLogits');
}

/**
 * Sigmoid focal loss (Lin et al., RetinaNet, 2017), as torchvision's
 * `sigmoid_focal_loss(logits, targets, alpha, gamma, reduction='mean')`.
 *
 * - `logits`, `targets`: [N, C] as in binaryCrossEntropyWithLogits.
 * - `gamma` ≥ 0: focusing parameter (2 in the paper); γ = 0 gives α-weighted BCE.
 * - `alpha` in [0, 1]: weight of the positive class (0.25 in the paper).
 *
 * With p = σ(z), for each element
 *   p_t = p if y = 1 else 1 − p,   α_t = α if y = 1 else 1 − α,
 *   FL  = −α_t · (1 − p_t)^γ · log p_t,
 * the loss is the mean over all N·C elements and dlogits = ∂loss/∂logits,
 * [N, C]: the full gradient, in which the modulating factor (1 − p_t)^γ
 * depends on the logits too.
 *
 * Must stay finite and correct for logits of magnitude 1e3, for every γ ≥ 0
 * (the grader uses γ = 0, 0.5 and 2 there). Leave the inputs unchanged.
 */
export function focalLoss(logits: Matrix, targets: Matrix, gamma: number, alpha: number): LossAndGradient {
  return notImplemented('focalLoss');
}

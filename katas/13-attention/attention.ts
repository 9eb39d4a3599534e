import { notImplemented, type Tensor4 } from '#lib';

// Scaled dot-product attention, layout [batch, heads, seq, d] as in PyTorch:
//   Q: [B, H, Sq, d_k]   K: [B, H, Sk, d_k]   V: [B, H, Sk, d_v]
// Sq may differ from Sk (cross-attention) and d_v from d_k.

/**
 * What attentionForward keeps for attentionBackward. These fields are a
 * suggestion: store whatever your backward needs (the grader only hands the
 * cache back to you).
 */
export interface AttentionCache {
  readonly Q: Tensor4;
  readonly K: Tensor4;
  readonly V: Tensor4;
  readonly weights: Tensor4;
  readonly mask?: Tensor4;
}

/**
 * out = softmax(Q·Kᵀ/√d_k)·V, per batch b and head h:
 *
 *   S[i][j] = Σₚ Q[i][p]·K[j][p] / √d_k                 scores, [Sq, Sk]
 *   S[i][j] = −1e9 where mask[b][h][i][j] = 0           masked_fill(mask == 0, −1e9)
 *   P[i][j] = exp(S[i][j]) / Σₖ exp(S[i][k])            softmax over the keys
 *   out[i][d] = Σⱼ P[i][j]·V[j][d]                      [Sq, d_v]
 *
 * `mask` (optional) has the full shape [B, H, Sq, Sk]: 1 = query i may see
 * key j, 0 = hidden. The −1e9 fill comes BEFORE the softmax, so hidden keys
 * get weight 0 and a row whose keys are all hidden gets uniform weights 1/Sk.
 * Must stay finite and correct for scores of ±1e3: exp(800) is already
 * Infinity in float64.
 *
 * Returns out [B, H, Sq, d_v], the weights P [B, H, Sq, Sk] and your cache.
 * Leave the inputs unchanged.
 */
export function attentionForward(
  Q: Tensor4,
  K: Tensor4,
  V: Tensor4,
  mask?: Tensor4,
): { out: Tensor4; weights: Tensor4; cache: AttentionCache } {
  return notImplemented('attentionForward');
}

/**
 * Backward of attentionForward. Given dout = ∂L/∂out [B, H, Sq, d_v] for
 * some scalar loss L, return dQ = ∂L/∂Q, dK = ∂L/∂K and dV = ∂L/∂V, each
 * with the shape of its input. Deriving them, softmax included, is the
 * exercise; the README's hints go from a nudge to the formulas.
 *
 * Mask semantics, as autodiff of masked_fill gives them: a hidden score is
 * replaced by the constant −1e9, so nothing flows back through it to Q or K.
 * In particular a row whose keys are all hidden has uniform weights that do
 * not depend on Q or K at all. Leave dout and the cache unchanged.
 */
export function attentionBackward(dout: Tensor4, cache: AttentionCache): { dQ: Tensor4; dK: Tensor4; dV: Tensor4 } {
  return notImplemented('attentionBackward');
}

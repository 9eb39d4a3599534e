import { type Matrix, notImplemented, type Tensor4 } from '#lib';

// Multi-head attention as nn.MultiheadAttention(batch_first=True) computes it:
//   query: [N, Lq, d]   key, value: [N, Lk, d]   (d = d_model)
// Self-attention passes one sequence as all three; cross-attention (a decoder
// reading an encoder, text reading image features) passes key and value from
// the other sequence, whose length Lk may differ from Lq.
//
// You may reuse your kata 13 for the per-head attention, with the causal mask
// as its 0/1 mask ([N, heads, Lq, Lk], 1 = visible):
//   import { attentionForward, attentionBackward } from '../13-attention/attention';

/** [N, L, d_model]: a batch of sequences of token vectors. */
export type Tensor3 = number[][][];

/** The layer's weights, PyTorch [out, in] layout: a projection is x·Wᵀ + b. */
export interface MhaParams {
  /** [d, d] each. */
  readonly Wq: Matrix;
  readonly Wk: Matrix;
  readonly Wv: Matrix;
  readonly Wo: Matrix;
  /** [d] each. */
  readonly bq: number[];
  readonly bk: number[];
  readonly bv: number[];
  readonly bo: number[];
}

export interface MhaOptions {
  /** The number of heads; d must be divisible by it (d_head = d / heads). */
  readonly heads: number;
  /**
   * Query i sees keys j ≤ i only (default false). Top-left aligned, as
   * torch's scaled_dot_product_attention(is_causal=True): the same rule when
   * Lq ≠ Lk. Query i always sees key 0, so no row is ever fully hidden.
   */
  readonly causal?: boolean;
}

/**
 * What mhaForward keeps for mhaBackward. These fields are a suggestion:
 * store whatever your backward needs (the grader only hands the cache back to you).
 */
export interface MhaCache {
  readonly query: Tensor3;
  readonly key: Tensor3;
  readonly value: Tensor3;
  readonly params: MhaParams;
  readonly weights: Tensor4;
}

/**
 * out = concat(head₀, …, head_{H−1})·W_oᵀ + b_o, where
 *
 *   Q = query·W_qᵀ + b_q,  K = key·W_kᵀ + b_k,  V = value·W_vᵀ + b_v      [N, L, d]
 *   head h takes columns h·d_head … (h + 1)·d_head − 1 of Q, K and V
 *     (PyTorch's view(N, L, heads, d_head).transpose(1, 2))
 *   S_h = Q_h·K_hᵀ / √d_head                     scale 1/√d_head, not 1/√d
 *   S_h[i][j] = −1e9 where causal and j > i       (−∞ gives the same weights)
 *   P_h = softmax(S_h) over the keys              [Lq, Lk] per batch and head
 *   head_h = P_h·V_h                              [Lq, d_head]
 *
 * Returns out [N, Lq, d], the weights P [N, heads, Lq, Lk] and your cache.
 * Throw an Error when d is not divisible by heads. Leave the inputs unchanged.
 */
export function mhaForward(
  query: Tensor3,
  key: Tensor3,
  value: Tensor3,
  params: MhaParams,
  options: MhaOptions,
): { out: Tensor3; weights: Tensor4; cache: MhaCache } {
  return notImplemented('mhaForward');
}

/**
 * Backward of mhaForward. Given dout = ∂L/∂out [N, Lq, d] for some scalar
 * loss L, return the gradient of L for each input and weight, each with the
 * shape of what it is the gradient of: dquery, dkey, dvalue, dWq … dWo
 * [d, d] and dbq … dbo [d]. The weight and bias gradients sum over the
 * batch and the tokens. The three input gradients are separate: in
 * self-attention (query = key = value) the gradient of the one sequence is
 * their sum. Leave dout and the cache unchanged.
 */
export function mhaBackward(
  dout: Tensor3,
  cache: MhaCache,
): {
  dquery: Tensor3;
  dkey: Tensor3;
  dvalue: Tensor3;
  dWq: Matrix;
  dWk: Matrix;
  dWv: Matrix;
  dWo: Matrix;
  dbq: number[];
  dbk: number[];
  dbv: number[];
  dbo: number[];
} {
  return notImplemented('mhaBackward');
}

import {
  add,
  div,
  matmul,
  reshape,
  softmax,
  softmaxBackward,
  sum,
  type Tensor64,
  tensor64,
  transpose,
  where,
} from '../kit/tensor';
import type { Case, T3, T4 } from './cases';

// Multi-head attention in float64, carrying the float32 reference's error
// bounds (kit/tensor), composed as the tfjs reference and its autodiff
// compute it: each projection matMul(reshape(x, [N·L, d]), W, transposeB) + b,
// the heads reshape([N, L, heads, d_head]) then transpose([0, 2, 1, 3]),
// scores matMul(Q, K, transposeB)/√d_head, where(causal, scores, −1e9),
// softmax, matMul(P, V), merged back and projected by Wo; the backward as
// autodiff goes back through that graph. A `Slip` switches on one mistake:
// what code that makes it returns.

/** The guide's masked_fill(mask == 0, −1e9). */
export const HIDDEN_SCORE = -1e9;

/** One mistake, as code makes it; {} is multi-head attention done right. */
export interface Slip {
  /** Scores divided by √d_model instead of √d_head (forward and backward alike). */
  readonly scaleByModel?: true;
  /** Head h takes every heads-th column (reshape [N, L, d_head, heads]) instead of a contiguous block. */
  readonly interleaved?: true;
  /** x·W instead of x·Wᵀ in every projection. */
  readonly notTransposed?: true;
  /** The causal mask hides the diagonal too: query i sees keys j < i. */
  readonly strictCausal?: true;
  /** Softmax over every key, then the future's weights zeroed without renormalising. */
  readonly maskAfterSoftmax?: true;
  /** Softmax over the queries (each column) instead of the keys. */
  readonly overQueries?: true;
  /** Bias gradients divided by the batch size N. */
  readonly biasMean?: true;
}

/** 1 where query i sees key j: j ≤ i (top-left aligned, as torch's is_causal), j < i under the strict slip. */
export function causalMask(N: number, heads: number, Lq: number, Lk: number, strict = false): T4 {
  const rows = Array.from({ length: Lq }, (_, i) =>
    Array.from({ length: Lk }, (_, j) => (j < i || (j === i && !strict) ? 1 : 0)),
  );
  return Array.from({ length: N }, () => Array.from({ length: heads }, () => rows.map((r) => [...r])));
}

const dims = (x: T3): [number, number, number] => [x.length, x[0].length, x[0][0].length];

/** x·Wᵀ + b over [N·L, d]. */
function project(x: T3, W: number[][], b: number[], s: Slip): Tensor64 {
  const [N, L, d] = dims(x);
  return add(matmul(reshape(tensor64(x), [N * L, d]), tensor64(W), { transposeB: !s.notTransposed }), tensor64(b));
}

/** [N·L, d] → [N, heads, L, d_head]. */
function split(t: Tensor64, N: number, L: number, heads: number, s: Slip): Tensor64 {
  const dh = t.shape[1] / heads;
  return s.interleaved
    ? transpose(reshape(t, [N, L, dh, heads]), [0, 3, 1, 2])
    : transpose(reshape(t, [N, L, heads, dh]), [0, 2, 1, 3]);
}

/** [N, heads, L, d_head] → [N·L, d]. */
function merge(t: Tensor64, s: Slip): Tensor64 {
  const [N, heads, L, dh] = t.shape;
  return reshape(transpose(t, s.interleaved ? [0, 2, 3, 1] : [0, 2, 1, 3]), [N * L, heads * dh]);
}

/** What every output is, for checkReference and confirmMistakes. */
export type MhaOutputs = {
  readonly out: Tensor64;
  readonly weights: Tensor64;
  readonly dquery: Tensor64;
  readonly dkey: Tensor64;
  readonly dvalue: Tensor64;
  readonly dWq: Tensor64;
  readonly dWk: Tensor64;
  readonly dWv: Tensor64;
  readonly dWo: Tensor64;
  readonly dbq: Tensor64;
  readonly dbk: Tensor64;
  readonly dbv: Tensor64;
  readonly dbo: Tensor64;
};

/** The forward and the gradients of ⟨dout, out⟩, with one slip (none by default). */
export function mha64(c: Case, s: Slip = {}): MhaOutputs {
  const [N, Lq, d] = dims(c.query);
  const Lk = c.key[0].length;
  const { heads } = c;
  const mask = c.causal ? causalMask(N, heads, Lq, Lk, s.strictCausal) : undefined;
  const q2 = reshape(tensor64(c.query), [N * Lq, d]);
  const k2 = reshape(tensor64(c.key), [N * Lk, d]);
  const v2 = reshape(tensor64(c.value), [N * Lk, d]);
  const Q = split(project(c.query, c.Wq, c.bq, s), N, Lq, heads, s);
  const K = split(project(c.key, c.Wk, c.bk, s), N, Lk, heads, s);
  const V = split(project(c.value, c.Wv, c.bv, s), N, Lk, heads, s);
  const root = Math.sqrt(s.scaleByModel ? d : d / heads);
  const scores = div(matmul(Q, K, { transposeB: true }), root);
  const filled = mask && !s.maskAfterSoftmax ? where(mask, scores, HIDDEN_SCORE) : scores;
  const p = s.overQueries ? transpose(softmax(transpose(filled))) : softmax(filled);
  const weights = mask && s.maskAfterSoftmax ? where(mask, p, 0) : p;
  const concat = merge(matmul(weights, V), s);
  const out = reshape(add(matmul(concat, tensor64(c.Wo), { transposeB: !s.notTransposed }), tensor64(c.bo)), [
    N,
    Lq,
    d,
  ]);

  const g = reshape(tensor64(c.dout), [N * Lq, d]);
  const bias = (t: Tensor64): Tensor64 => (s.biasMean ? div(sum(t, { axis: 0 }), N) : sum(t, { axis: 0 }));
  const dO = split(matmul(g, tensor64(c.Wo)), N, Lq, heads, s);
  const dP = matmul(dO, V, { transposeB: true });
  const dW = softmaxBackward(dP, weights);
  // A hidden score was replaced by a constant: no gradient flows back through it.
  const dS = div(mask ? where(mask, dW, 0) : dW, root);
  const dQ = merge(matmul(dS, K), s);
  const dK = merge(matmul(dS, Q, { transposeA: true }), s);
  const dV = merge(matmul(weights, dO, { transposeA: true }), s);
  const input = (dy: Tensor64, W: number[][], L: number): Tensor64 => reshape(matmul(dy, tensor64(W)), [N, L, d]);
  return {
    out,
    weights,
    dquery: input(dQ, c.Wq, Lq),
    dkey: input(dK, c.Wk, Lk),
    dvalue: input(dV, c.Wv, Lk),
    dWq: matmul(dQ, q2, { transposeA: true }),
    dWk: matmul(dK, k2, { transposeA: true }),
    dWv: matmul(dV, v2, { transposeA: true }),
    dWo: matmul(g, concat, { transposeA: true }),
    dbq: bias(dQ),
    dbk: bias(dK),
    dbv: bias(dV),
    dbo: bias(g),
  };
}

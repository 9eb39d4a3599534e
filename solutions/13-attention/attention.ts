import type { Matrix, Tensor4 } from '#lib';

/** What attentionForward keeps for attentionBackward. */
export interface AttentionCache {
  readonly Q: Tensor4;
  readonly K: Tensor4;
  readonly weights: Tensor4;
  readonly mask?: Tensor4;
}

/** The guide's masked_fill(mask == 0, -1e9): a large finite fill, so a fully hidden row stays uniform. */
const HIDDEN_SCORE = -1e9;

export function attentionForward(
  Q: Tensor4, K: Tensor4, V: Tensor4, mask?: Tensor4,
): { out: Tensor4; weights: Tensor4; cache: AttentionCache } {
  const weights = Q.map((qb, b) => qb.map((q, h) => headWeights(q, K[b][h], mask?.[b][h])));
  const out = weights.map((pb, b) => pb.map((p, h) => matmul(p, V[b][h])));
  return { out, weights, cache: { Q, K, weights, mask } };
}

export function attentionBackward(dout: Tensor4, cache: AttentionCache & { V?: Tensor4 }): { dQ: Tensor4; dK: Tensor4; dV: Tensor4 } {
  throw new Error('unused');
}

function headWeights(q: Matrix, k: Matrix, m: Matrix | undefined): Matrix {
  const scale = 1 / Math.sqrt(q[0].length);
  return q.map((qi, i) => {
    const s = k.map((kj, j) => (m && m[i][j] === 0 ? HIDDEN_SCORE : scale * dot(qi, kj)));
    return softmax(s);
  });
}

/** Stable softmax: subtracting the row max changes nothing mathematically and keeps exp ≤ 1. */
function softmax(s: number[]): number[] {
  const max = Math.max(...s);
  const e = s.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let p = 0; p < a.length; p++) s += a[p] * b[p];
  return s;
}

function matmul(A: Matrix, B: Matrix): Matrix {
  return A.map((row) => B[0].map((_, j) => row.reduce((s, a, p) => s + a * B[p][j], 0)));
}

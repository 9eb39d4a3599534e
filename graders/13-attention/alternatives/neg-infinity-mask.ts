// Correct, written differently: hidden scores are −Infinity, so hidden keys
// get exactly 0, and a row with every key hidden (whose softmax would be
// 0/0 = NaN) falls back explicitly to uniform weights: the −1e9 convention's
// result, stated outright.
import type { Matrix, Tensor4 } from '#lib';

/** What attentionForward keeps for attentionBackward. */
export interface AttentionCache {
  readonly Q: Tensor4;
  readonly K: Tensor4;
  readonly V: Tensor4;
  readonly weights: Tensor4;
  readonly mask?: Tensor4;
}

export function attentionForward(
  Q: Tensor4,
  K: Tensor4,
  V: Tensor4,
  mask?: Tensor4,
): { out: Tensor4; weights: Tensor4; cache: AttentionCache } {
  const weights = Q.map((Qb, b) => Qb.map((q, h) => headWeights(q, K[b][h], mask?.[b][h])));
  const out = weights.map((Pb, b) => Pb.map((P, h) => matmul(P, V[b][h])));
  return { out, weights, cache: { Q, K, V, weights, mask } };
}

export function attentionBackward(dout: Tensor4, cache: AttentionCache): { dQ: Tensor4; dK: Tensor4; dV: Tensor4 } {
  const { Q, K, V, weights, mask } = cache;
  const dQ: Tensor4 = [];
  const dK: Tensor4 = [];
  const dV: Tensor4 = [];
  Q.forEach((Qb, b) => {
    dQ.push([]);
    dK.push([]);
    dV.push([]);
    Qb.forEach((q, h) => {
      const P = weights[b][h];
      const dO = dout[b][h];
      const scale = 1 / Math.sqrt(q[0].length);
      const dP = matmul(dO, transpose(V[b][h]));
      // Softmax backward per row: dS = P ⊙ (dP − Σₖ Pₖ·dPₖ). A hidden score was
      // replaced by a constant, so no gradient flows back through it.
      const dS = P.map((p, i) => {
        const pdp = dot(p, dP[i]);
        return p.map((pij, j) => (mask && mask[b][h][i][j] === 0 ? 0 : pij * (dP[i][j] - pdp)));
      });
      dQ[b].push(scaled(matmul(dS, K[b][h]), scale));
      dK[b].push(scaled(matmul(transpose(dS), q), scale));
      dV[b].push(matmul(transpose(P), dO));
    });
  });
  return { dQ, dK, dV };
}

/** Softmax over the keys of S = q·kᵀ/√d_k with hidden scores at −∞; uniform when every key is hidden. */
function headWeights(q: Matrix, k: Matrix, m: Matrix | undefined): Matrix {
  const scale = 1 / Math.sqrt(q[0].length);
  return q.map((qi, i) => {
    if (m?.[i].every((x) => x === 0)) return k.map(() => 1 / k.length);
    return softmax(k.map((kj, j) => (m && m[i][j] === 0 ? -Infinity : scale * dot(qi, kj))));
  });
}

/** Subtracting the row max changes nothing mathematically and keeps every exp ≤ 1 (no overflow). */
function softmax(s: readonly number[]): number[] {
  const max = Math.max(...s);
  const e = s.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, x) => a + x, 0);
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

function transpose(A: Matrix): Matrix {
  return A[0].map((_, j) => A.map((row) => row[j]));
}

function scaled(A: Matrix, c: number): Matrix {
  return A.map((row) => row.map((x) => x * c));
}

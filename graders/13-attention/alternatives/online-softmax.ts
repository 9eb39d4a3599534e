// Correct, written differently: the forward streams over the keys once per
// query, flash-attention style, keeping a running max m, a running sum l and
// an unnormalised output; each new max rescales what was accumulated so far.
import type { Matrix, Tensor4 } from '#lib';

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
  const out: Tensor4 = [];
  const weights: Tensor4 = [];
  for (let b = 0; b < Q.length; b++) {
    out.push([]);
    weights.push([]);
    for (let h = 0; h < Q[b].length; h++) {
      const head = streamHead(Q[b][h], K[b][h], V[b][h], mask?.[b][h]);
      out[b].push(head.out);
      weights[b].push(head.weights);
    }
  }
  return { out, weights, cache: { Q, K, V, weights, mask } };
}

function streamHead(q: Matrix, k: Matrix, v: Matrix, m: Matrix | undefined): { out: Matrix; weights: Matrix } {
  const scale = 1 / Math.sqrt(q[0].length);
  const out: Matrix = [];
  const weights: Matrix = [];
  for (let i = 0; i < q.length; i++) {
    const s = k.map((kj, j) =>
      m !== undefined && m[i][j] === 0 ? -1e9 : scale * q[i].reduce((a, x, p) => a + x * kj[p], 0),
    );
    let max = -Infinity;
    let sum = 0;
    let acc = new Array<number>(v[0].length).fill(0);
    for (let j = 0; j < s.length; j++) {
      const next = Math.max(max, s[j]);
      const shrink = Math.exp(max - next); // 0 on the first key, where max = −∞
      const e = Math.exp(s[j] - next);
      acc = acc.map((a, d) => a * shrink + e * v[j][d]);
      sum = sum * shrink + e;
      max = next;
    }
    out.push(acc.map((a) => a / sum));
    weights.push(s.map((x) => Math.exp(x - max) / sum));
  }
  return { out, weights };
}

export function attentionBackward(dout: Tensor4, cache: AttentionCache): { dQ: Tensor4; dK: Tensor4; dV: Tensor4 } {
  const { Q, K, V, weights, mask } = cache;
  const dQ = Q.map((b) => b.map((h) => h.map((row) => row.map(() => 0))));
  const dK = K.map((b) => b.map((h) => h.map((row) => row.map(() => 0))));
  const dV = V.map((b) => b.map((h) => h.map((row) => row.map(() => 0))));
  for (let b = 0; b < Q.length; b++) {
    for (let h = 0; h < Q[b].length; h++) {
      const q = Q[b][h],
        k = K[b][h],
        v = V[b][h],
        P = weights[b][h],
        g = dout[b][h];
      const scale = 1 / Math.sqrt(q[0].length);
      for (let i = 0; i < q.length; i++) {
        const dP = k.map((_, j) => g[i].reduce((a, x, d) => a + x * v[j][d], 0));
        const mean = P[i].reduce((a, p, j) => a + p * dP[j], 0);
        for (let j = 0; j < k.length; j++) {
          for (let d = 0; d < v[0].length; d++) dV[b][h][j][d] += P[i][j] * g[i][d];
          if (mask !== undefined && mask[b][h][i][j] === 0) continue;
          const ds = P[i][j] * (dP[j] - mean) * scale;
          for (let p = 0; p < q[0].length; p++) {
            dQ[b][h][i][p] += ds * k[j][p];
            dK[b][h][j][p] += ds * q[i][p];
          }
        }
      }
    }
  }
  return { dQ, dK, dV };
}

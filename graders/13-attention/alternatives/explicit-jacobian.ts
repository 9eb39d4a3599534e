// Correct, written differently: flat loops with the scale folded into Q
// first, and the softmax backward as the explicit Jacobian of each row,
// J = diag(p) − p·pᵀ, multiplied by dP (dS = J·dP, J being symmetric).
import type { Matrix, Tensor4 } from '#lib';

export interface AttentionCache {
  readonly Q: Tensor4;
  readonly K: Tensor4;
  readonly V: Tensor4;
  readonly weights: Tensor4;
  readonly mask?: Tensor4;
}

const zerosLike = (x: Matrix): Matrix => x.map((row) => row.map(() => 0));

export function attentionForward(
  Q: Tensor4,
  K: Tensor4,
  V: Tensor4,
  mask?: Tensor4,
): { out: Tensor4; weights: Tensor4; cache: AttentionCache } {
  const weights: Tensor4 = [];
  const out: Tensor4 = [];
  Q.forEach((Qb, b) => {
    weights.push([]);
    out.push([]);
    Qb.forEach((q, h) => {
      const k = K[b][h];
      const v = V[b][h];
      const qs = q.map((row) => row.map((x) => x / Math.sqrt(row.length)));
      const P: Matrix = [];
      const O: Matrix = [];
      for (let i = 0; i < qs.length; i++) {
        const s: number[] = [];
        for (let j = 0; j < k.length; j++) {
          let dot = 0;
          for (let p = 0; p < k[j].length; p++) dot += qs[i][p] * k[j][p];
          s.push(mask && mask[b][h][i][j] === 0 ? -1e9 : dot);
        }
        let max = s[0];
        for (const x of s) if (x > max) max = x;
        const e = s.map((x) => Math.exp(x - max));
        let sum = 0;
        for (const x of e) sum += x;
        const p = e.map((x) => x / sum);
        P.push(p);
        const o = new Array<number>(v[0].length).fill(0);
        for (let j = 0; j < k.length; j++) for (let d = 0; d < o.length; d++) o[d] += p[j] * v[j][d];
        O.push(o);
      }
      weights[b].push(P);
      out[b].push(O);
    });
  });
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
      const k = K[b][h];
      const v = V[b][h];
      const P = weights[b][h];
      const g = dout[b][h];
      const c = 1 / Math.sqrt(q[0].length);
      const gq = zerosLike(q);
      const gk = zerosLike(k);
      const gv = zerosLike(v);
      for (let i = 0; i < q.length; i++) {
        const p = P[i];
        const dP = k.map((_, j) => v[j].reduce((a, x, d) => a + x * g[i][d], 0));
        for (let j = 0; j < k.length; j++) {
          for (let d = 0; d < v[0].length; d++) gv[j][d] += p[j] * g[i][d];
          if (mask && mask[b][h][i][j] === 0) continue; // a filled score is a constant
          let ds = 0;
          for (let l = 0; l < k.length; l++) ds += ((j === l ? p[j] : 0) - p[j] * p[l]) * dP[l];
          for (let r = 0; r < q[0].length; r++) {
            gq[i][r] += ds * k[j][r] * c;
            gk[j][r] += ds * q[i][r] * c;
          }
        }
      }
      dQ[b].push(gq);
      dK[b].push(gk);
      dV[b].push(gv);
    });
  });
  return { dQ, dK, dV };
}

// Correct, written differently: index loops, one head at a time on column
// slices [h·d_head, (h + 1)·d_head) of the projections (no split into a 4-D
// tensor), and the softmax backward as the explicit Jacobian diag(p) − p·pᵀ.
import type { Matrix, Tensor4 } from '#lib';

export type Tensor3 = number[][][];

export interface MhaParams {
  readonly Wq: Matrix;
  readonly Wk: Matrix;
  readonly Wv: Matrix;
  readonly Wo: Matrix;
  readonly bq: number[];
  readonly bk: number[];
  readonly bv: number[];
  readonly bo: number[];
}

export interface MhaOptions {
  readonly heads: number;
  readonly causal?: boolean;
}

export interface MhaCache {
  readonly x: { readonly q: Tensor3; readonly k: Tensor3; readonly v: Tensor3 };
  readonly params: MhaParams;
  readonly Q: Tensor3;
  readonly K: Tensor3;
  readonly V: Tensor3;
  readonly heads: number;
  readonly weights: Tensor4;
  readonly concat: Tensor3;
}

function project(x: Tensor3, W: Matrix, b: number[]): Tensor3 {
  const out: Tensor3 = [];
  for (let n = 0; n < x.length; n++) {
    out.push([]);
    for (let i = 0; i < x[n].length; i++) {
      const row: number[] = [];
      for (let o = 0; o < W.length; o++) {
        let s = b[o];
        for (let c = 0; c < W[o].length; c++) s += x[n][i][c] * W[o][c];
        row.push(s);
      }
      out[n].push(row);
    }
  }
  return out;
}

const zeros3 = (N: number, L: number, d: number): Tensor3 =>
  Array.from({ length: N }, () => Array.from({ length: L }, () => new Array<number>(d).fill(0)));

export function mhaForward(
  query: Tensor3,
  key: Tensor3,
  value: Tensor3,
  params: MhaParams,
  options: MhaOptions,
): { out: Tensor3; weights: Tensor4; cache: MhaCache } {
  const { heads } = options;
  const causal = options.causal === true;
  const d = params.Wq.length;
  if (!Number.isInteger(d / heads)) throw new Error(`d_model ${d} cannot be split into ${heads} heads`);
  const dh = d / heads;
  const N = query.length;
  const Lq = query[0].length;
  const Lk = key[0].length;
  const Q = project(query, params.Wq, params.bq);
  const K = project(key, params.Wk, params.bk);
  const V = project(value, params.Wv, params.bv);
  const concat = zeros3(N, Lq, d);
  const weights: Tensor4 = [];
  for (let n = 0; n < N; n++) {
    weights.push([]);
    for (let h = 0; h < heads; h++) {
      const lo = h * dh;
      const P: Matrix = [];
      for (let i = 0; i < Lq; i++) {
        // Only the visible keys enter the softmax; hidden ones get exactly 0.
        const last = causal ? Math.min(i, Lk - 1) : Lk - 1;
        const s = new Array<number>(Lk).fill(0);
        let max = Number.NEGATIVE_INFINITY;
        for (let j = 0; j <= last; j++) {
          let dotp = 0;
          for (let p = lo; p < lo + dh; p++) dotp += Q[n][i][p] * K[n][j][p];
          s[j] = dotp / Math.sqrt(dh);
          if (s[j] > max) max = s[j];
        }
        let total = 0;
        const row = new Array<number>(Lk).fill(0);
        for (let j = 0; j <= last; j++) {
          row[j] = Math.exp(s[j] - max);
          total += row[j];
        }
        for (let j = 0; j <= last; j++) row[j] /= total;
        P.push(row);
        for (let p = lo; p < lo + dh; p++) {
          let acc = 0;
          for (let j = 0; j <= last; j++) acc += row[j] * V[n][j][p];
          concat[n][i][p] = acc;
        }
      }
      weights[n].push(P);
    }
  }
  const out = project(concat, params.Wo, params.bo);
  return { out, weights, cache: { x: { q: query, k: key, v: value }, params, Q, K, V, heads, weights, concat } };
}

/** dy·W, Σ dyᵀ·x and Σ dy of one projection y = x·Wᵀ + b. */
function projectBackward(dy: Tensor3, x: Tensor3, W: Matrix): { dx: Tensor3; dW: Matrix; db: number[] } {
  const out = W.length;
  const inp = W[0].length;
  const dx = zeros3(dy.length, dy[0].length, inp);
  const dW = Array.from({ length: out }, () => new Array<number>(inp).fill(0));
  const db = new Array<number>(out).fill(0);
  for (let n = 0; n < dy.length; n++) {
    for (let i = 0; i < dy[n].length; i++) {
      for (let o = 0; o < out; o++) {
        const g = dy[n][i][o];
        db[o] += g;
        for (let c = 0; c < inp; c++) {
          dx[n][i][c] += g * W[o][c];
          dW[o][c] += g * x[n][i][c];
        }
      }
    }
  }
  return { dx, dW, db };
}

export function mhaBackward(dout: Tensor3, cache: MhaCache) {
  const { x, params, Q, K, V, heads, weights, concat } = cache;
  const N = Q.length;
  const Lq = Q[0].length;
  const Lk = K[0].length;
  const d = Q[0][0].length;
  const dh = d / heads;
  const o = projectBackward(dout, concat, params.Wo);
  const dC = o.dx;
  const dQ = zeros3(N, Lq, d);
  const dK = zeros3(N, Lk, d);
  const dV = zeros3(N, Lk, d);
  for (let n = 0; n < N; n++) {
    for (let h = 0; h < heads; h++) {
      const lo = h * dh;
      const P = weights[n][h];
      for (let i = 0; i < Lq; i++) {
        const dP = new Array<number>(Lk).fill(0);
        for (let j = 0; j < Lk; j++) {
          for (let p = lo; p < lo + dh; p++) {
            dP[j] += dC[n][i][p] * V[n][j][p];
            dV[n][j][p] += P[i][j] * dC[n][i][p];
          }
        }
        // dS = J·dP with the softmax Jacobian J = diag(p) − p·pᵀ (symmetric).
        for (let j = 0; j < Lk; j++) {
          let dS = 0;
          for (let k = 0; k < Lk; k++) dS += ((j === k ? P[i][j] : 0) - P[i][j] * P[i][k]) * dP[k];
          dS /= Math.sqrt(dh);
          for (let p = lo; p < lo + dh; p++) {
            dQ[n][i][p] += dS * K[n][j][p];
            dK[n][j][p] += dS * Q[n][i][p];
          }
        }
      }
    }
  }
  const q = projectBackward(dQ, x.q, params.Wq);
  const k = projectBackward(dK, x.k, params.Wk);
  const v = projectBackward(dV, x.v, params.Wv);
  return {
    dquery: q.dx,
    dkey: k.dx,
    dvalue: v.dx,
    dWq: q.dW,
    dWk: k.dW,
    dWv: v.dW,
    dWo: o.dW,
    dbq: q.db,
    dbk: k.db,
    dbv: v.db,
    dbo: o.db,
  };
}

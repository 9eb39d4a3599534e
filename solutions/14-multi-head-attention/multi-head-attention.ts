import type { Matrix, Tensor4 } from '#lib';

/** [N, L, d_model]: a batch of sequences of token vectors. */
export type Tensor3 = number[][][];

/** nn.MultiheadAttention's weights, PyTorch [out, in] layout: a projection is x·Wᵀ + b. */
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
  /** Query i sees keys j ≤ i (top-left aligned, as torch's is_causal). Default false. */
  readonly causal?: boolean;
}

/** What mhaForward keeps for mhaBackward. */
export interface MhaCache {
  readonly query: Tensor3;
  readonly key: Tensor3;
  readonly value: Tensor3;
  readonly params: MhaParams;
  /** The projections split into heads, [N, heads, L, d_head]. */
  readonly Q: Tensor4;
  readonly K: Tensor4;
  readonly V: Tensor4;
  readonly weights: Tensor4;
  /** The heads' outputs concatenated, [N, Lq, d]: the input of the output projection. */
  readonly concat: Tensor3;
  readonly scale: number;
}

/** The guide's masked_fill(mask == 0, −1e9); every causal row sees key 0, so −∞ would give the same weights. */
const HIDDEN_SCORE = -1e9;

const visible = (causal: boolean, i: number, j: number): boolean => !causal || j <= i;

export function mhaForward(
  query: Tensor3,
  key: Tensor3,
  value: Tensor3,
  params: MhaParams,
  { heads, causal = false }: MhaOptions,
): { out: Tensor3; weights: Tensor4; cache: MhaCache } {
  const d = query[0][0].length;
  if (d % heads !== 0) throw new RangeError(`mhaForward: d_model = ${d} is not divisible by heads = ${heads}`);
  const Q = splitHeads(linear(query, params.Wq, params.bq), heads);
  const K = splitHeads(linear(key, params.Wk, params.bk), heads);
  const V = splitHeads(linear(value, params.Wv, params.bv), heads);
  const scale = 1 / Math.sqrt(d / heads);
  const weights = Q.map((Qn, n) =>
    Qn.map((q, h) =>
      q.map((qi, i) => softmax(K[n][h].map((kj, j) => (visible(causal, i, j) ? scale * dot(qi, kj) : HIDDEN_SCORE)))),
    ),
  );
  const concat = mergeHeads(weights.map((Pn, n) => Pn.map((P, h) => matmul(P, V[n][h]))));
  const out = linear(concat, params.Wo, params.bo);
  return { out, weights, cache: { query, key, value, params, Q, K, V, weights, concat, scale } };
}

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
  const { query, key, value, params, Q, K, V, weights, concat, scale } = cache;
  const dO = splitHeads(inputGradient(dout, params.Wo), Q[0].length);
  const dQ: Tensor4 = [];
  const dK: Tensor4 = [];
  const dV: Tensor4 = [];
  weights.forEach((Pn, n) => {
    dQ.push([]);
    dK.push([]);
    dV.push([]);
    Pn.forEach((P, h) => {
      const dP = matmul(dO[n][h], transpose(V[n][h]));
      // Softmax backward per row, dS = P ⊙ (dP − Σₖ Pₖ·dPₖ), with the scale of
      // the scores folded in. A hidden key has P = 0 exactly, so it gets dS = 0.
      const dS = P.map((p, i) => {
        const pdp = dot(p, dP[i]);
        return p.map((pij, j) => scale * pij * (dP[i][j] - pdp));
      });
      dQ[n].push(matmul(dS, K[n][h]));
      dK[n].push(matmul(transpose(dS), Q[n][h]));
      dV[n].push(matmul(transpose(P), dO[n][h]));
    });
  });
  const [gQ, gK, gV] = [mergeHeads(dQ), mergeHeads(dK), mergeHeads(dV)];
  return {
    dquery: inputGradient(gQ, params.Wq),
    dkey: inputGradient(gK, params.Wk),
    dvalue: inputGradient(gV, params.Wv),
    dWq: weightGradient(gQ, query),
    dWk: weightGradient(gK, key),
    dWv: weightGradient(gV, value),
    dWo: weightGradient(dout, concat),
    dbq: biasGradient(gQ),
    dbk: biasGradient(gK),
    dbv: biasGradient(gV),
    dbo: biasGradient(dout),
  };
}

/** x·Wᵀ + b on every token: W is [out, in]. */
function linear(x: Tensor3, W: Matrix, b: number[]): Tensor3 {
  return x.map((seq) => seq.map((row) => W.map((w, o) => b[o] + dot(row, w))));
}

/** dy·W: the gradient reaching the input of a projection. */
function inputGradient(dy: Tensor3, W: Matrix): Tensor3 {
  return dy.map((seq) => seq.map((g) => W[0].map((_, c) => g.reduce((s, go, o) => s + go * W[o][c], 0))));
}

/** Σ over the batch and the tokens of dyᵀ·x: [out, in]. */
function weightGradient(dy: Tensor3, x: Tensor3): Matrix {
  return dy[0][0].map((_, o) =>
    x[0][0].map((_, c) => {
      let s = 0;
      dy.forEach((seq, n) => {
        seq.forEach((g, i) => {
          s += g[o] * x[n][i][c];
        });
      });
      return s;
    }),
  );
}

/** Σ over the batch and the tokens. */
function biasGradient(dy: Tensor3): number[] {
  return dy[0][0].map((_, o) => dy.reduce((s, seq) => s + seq.reduce((t, g) => t + g[o], 0), 0));
}

/** [N, L, d] → [N, heads, L, d_head]: head h takes columns h·d_head … (h + 1)·d_head − 1, as view(N, L, heads, d_head). */
function splitHeads(x: Tensor3, heads: number): Tensor4 {
  const dh = x[0][0].length / heads;
  return x.map((seq) =>
    Array.from({ length: heads }, (_, h) => seq.map((row) => Array.from({ length: dh }, (_, p) => row[h * dh + p]))),
  );
}

/** [N, heads, L, d_head] → [N, L, d]: the inverse of splitHeads. */
function mergeHeads(x: Tensor4): Tensor3 {
  const heads = x[0].length;
  const dh = x[0][0][0].length;
  return x.map((Xn) =>
    Xn[0].map((_, i) => Array.from({ length: heads * dh }, (_, c) => Xn[Math.floor(c / dh)][i][c % dh])),
  );
}

/** Subtracting the row max changes nothing mathematically and keeps every exp ≤ 1 (no overflow). */
function softmax(s: readonly number[]): number[] {
  const max = s.reduce((m, x) => (x > m ? x : m), -Infinity);
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

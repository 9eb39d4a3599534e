import type { Matrix } from '#lib';

export interface MlpParams {
  W1: Matrix;
  b1: number[];
  W2: Matrix;
  b2: number[];
}

export type MlpCache = Record<string, any>;

export interface MlpGradients {
  dW1: Matrix;
  db1: number[];
  dW2: Matrix;
  db2: number[];
}

/** x·Wᵀ + b for x: [N, in], W: [out, in], b: [out]. */
function linear(x: Matrix, W: Matrix, b: number[]): Matrix {
  return x.map((row) => W.map((w, j) => w.reduce((s, wk, k) => s + wk * row[k], b[j])));
}

/** Aᵀ·B for A: [N, m], B: [N, n]: the weight gradient δᵀ·input. */
function transposeTimes(A: Matrix, B: Matrix): Matrix {
  return A[0].map((_, i) => B[0].map((_, j) => A.reduce((s, a, n) => s + a[i] * B[n][j], 0)));
}

const sumRows = (A: Matrix): number[] => A[0].map((_, j) => A.reduce((s, row) => s + row[j], 0));

const sigmoid = (a: number): number => 1 / (1 + Math.exp(-a));

export function mlpForward(
  x: Matrix,
  y: number[],
  params: MlpParams,
): { loss: number; logits: Matrix; cache: MlpCache } {
  const { W1, b1, W2, b2 } = params;
  const h = linear(x, W1, b1).map((row) => row.map(sigmoid));
  const logits = linear(h, W2, b2);
  let loss = 0;
  // Softmax with the row max subtracted: exp never overflows, and
  // log Σ exp(z) = m + log Σ exp(z − m).
  const probs = logits.map((z, n) => {
    const m = Math.max(...z);
    const e = z.map((v) => Math.exp(v - m));
    const total = e.reduce((s, v) => s + v, 0);
    loss += m + Math.log(total) - z[y[n]];
    return e.map((v) => v / total);
  });
  return { loss: loss / x.length, logits, cache: { x, y, h, probs, W2 } };
}

export function mlpBackward(cache: MlpCache): MlpGradients {
  const { x, y, h, probs, W2 } = cache as { x: Matrix; y: number[]; h: Matrix; probs: Matrix; W2: Matrix };
  const N = x.length;
  // ∂loss/∂z = (softmax(z) − onehot(y)) / N: the mean divides every row by N.
  const dz = probs.map((p, n) => p.map((v, c) => (v - (c === y[n] ? 1 : 0)) / N));
  // Back through the second layer, then through the sigmoid: σ′(a) = σ(a)(1 − σ(a)) = h(1 − h).
  const da1 = dz.map((d, n) =>
    W2[0].map((_, j) => h[n][j] * (1 - h[n][j]) * d.reduce((s, dc, c) => s + dc * W2[c][j], 0)),
  );
  return {
    dW1: transposeTimes(da1, x),
    db1: sumRows(da1),
    dW2: transposeTimes(dz, h),
    db2: sumRows(dz),
  };
}

import { type Matrix, zeros } from '#lib';

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

// Log-softmax first (log p = z − m − log Σ exp(z − m)), the loss as −mean log p[y],
// probabilities as exp(log p); matrix products with the output column outermost.

/** out[i][j] = Σ_k A[i][k]·B[j][k] (A·Bᵀ), filled column by column. */
function timesTransposed(A: Matrix, B: Matrix): Matrix {
  const out: Matrix = zeros([A.length, B.length]);
  for (let j = 0; j < B.length; j++) {
    for (let k = 0; k < B[j].length; k++) {
      for (let i = 0; i < A.length; i++) out[i][j] += A[i][k] * B[j][k];
    }
  }
  return out;
}

function transpose(A: Matrix): Matrix {
  return A[0].map((_, j) => A.map((row) => row[j]));
}

function logSoftmax(z: number[]): number[] {
  const m = Math.max(...z);
  const lse = m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0));
  return z.map((v) => v - lse);
}

export function mlpForward(
  x: Matrix,
  y: number[],
  params: MlpParams,
): { loss: number; logits: Matrix; cache: MlpCache } {
  const { W1, b1, W2, b2 } = params;
  const h = timesTransposed(x, W1).map((row) => row.map((a, j) => 1 / (1 + Math.exp(-(a + b1[j])))));
  const logits = timesTransposed(h, W2).map((row) => row.map((v, c) => v + b2[c]));
  const logp = logits.map(logSoftmax);
  const loss = -logp.reduce((s, row, n) => s + row[y[n]], 0) / x.length;
  return { loss, logits, cache: { x, y, h, logp, W2 } };
}

export function mlpBackward(cache: MlpCache): MlpGradients {
  const { x, y, h, logp, W2 } = cache as { x: Matrix; y: number[]; h: Matrix; logp: Matrix; W2: Matrix };
  const N = x.length;
  const dz = logp.map((row, n) => row.map((lp, c) => (Math.exp(lp) - (c === y[n] ? 1 : 0)) / N));
  const dzT = transpose(dz);
  // dW2 = dzᵀ·h = dzT · (hᵀ)ᵀ, db2 = row sums of dzT.
  const dW2 = timesTransposed(dzT, transpose(h));
  const db2 = dzT.map((row) => row.reduce((s, v) => s + v, 0));
  const da = timesTransposed(dz, transpose(W2)).map((row, n) => row.map((v, j) => v * h[n][j] * (1 - h[n][j])));
  const daT = transpose(da);
  return {
    dW1: timesTransposed(daT, transpose(x)),
    db1: daT.map((row) => row.reduce((s, v) => s + v, 0)),
    dW2,
    db2,
  };
}

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

// One example at a time, as a per-sample derivation on a whiteboard goes;
// each example's gradient is accumulated with weight 1/N.

export function mlpForward(
  x: Matrix,
  y: number[],
  params: MlpParams,
): { loss: number; logits: Matrix; cache: MlpCache } {
  const { W1, b1, W2, b2 } = params;
  const N = x.length;
  const H = W1.length;
  const C = W2.length;
  const hs: Matrix = [];
  const logits: Matrix = [];
  let loss = 0;
  for (let n = 0; n < N; n++) {
    const h: number[] = [];
    for (let j = 0; j < H; j++) {
      let a = b1[j];
      for (let d = 0; d < x[n].length; d++) a += W1[j][d] * x[n][d];
      h.push(1 / (1 + Math.exp(-a)));
    }
    const z: number[] = [];
    for (let c = 0; c < C; c++) {
      let s = b2[c];
      for (let j = 0; j < H; j++) s += W2[c][j] * h[j];
      z.push(s);
    }
    let m = -Infinity;
    for (const v of z) if (v > m) m = v;
    let total = 0;
    for (const v of z) total += Math.exp(v - m);
    loss += (m + Math.log(total) - z[y[n]]) / N;
    hs.push(h);
    logits.push(z);
  }
  return { loss, logits, cache: { x, y, hs, logits, W1, W2 } };
}

export function mlpBackward(cache: MlpCache): MlpGradients {
  const { x, y, hs, logits, W1, W2 } = cache as {
    x: Matrix;
    y: number[];
    hs: Matrix;
    logits: Matrix;
    W1: Matrix;
    W2: Matrix;
  };
  const N = x.length;
  const H = W1.length;
  const D = W1[0].length;
  const C = W2.length;
  const dW1: Matrix = zeros([H, D]);
  const db1: number[] = zeros([H]);
  const dW2: Matrix = zeros([C, H]);
  const db2: number[] = zeros([C]);
  for (let n = 0; n < N; n++) {
    const z = logits[n];
    const h = hs[n];
    let m = -Infinity;
    for (const v of z) if (v > m) m = v;
    let total = 0;
    for (const v of z) total += Math.exp(v - m);
    for (let c = 0; c < C; c++) {
      const dz = (Math.exp(z[c] - m) / total - (c === y[n] ? 1 : 0)) / N;
      db2[c] += dz;
      for (let j = 0; j < H; j++) dW2[c][j] += dz * h[j];
    }
    for (let j = 0; j < H; j++) {
      let dh = 0;
      for (let c = 0; c < C; c++) dh += ((Math.exp(z[c] - m) / total - (c === y[n] ? 1 : 0)) / N) * W2[c][j];
      const da = dh * h[j] * (1 - h[j]);
      db1[j] += da;
      for (let d = 0; d < D; d++) dW1[j][d] += da * x[n][d];
    }
  }
  return { dW1, db1, dW2, db2 };
}

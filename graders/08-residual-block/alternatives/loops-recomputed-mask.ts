import type { Matrix } from '#lib';

// Correct, written differently: plain index loops that accumulate the
// gradients row by row, caching only x, h and the parameters; the mask is
// recomputed in the backward from h > 0 (the same as z > 0: h = max(z, 0)).

export interface ResidualParams {
  readonly W1: Matrix;
  readonly b1: number[];
  readonly W2: Matrix;
  readonly b2: number[];
}

export interface ResidualCache {
  readonly x: Matrix;
  readonly h: Matrix;
  readonly params: ResidualParams;
}

const zeros = (r: number, c: number): Matrix => Array.from({ length: r }, () => new Array<number>(c).fill(0));

export function residualForward(x: Matrix, params: ResidualParams): { out: Matrix; cache: ResidualCache } {
  const { W1, b1, W2, b2 } = params;
  const N = x.length;
  const D = x[0].length;
  const H = b1.length;
  const h = zeros(N, H);
  const out = zeros(N, D);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < H; j++) {
      let z = b1[j];
      for (let k = 0; k < D; k++) z += x[i][k] * W1[j][k];
      h[i][j] = Math.max(z, 0);
    }
    for (let k = 0; k < D; k++) {
      let f = b2[k];
      for (let j = 0; j < H; j++) f += h[i][j] * W2[k][j];
      out[i][k] = x[i][k] + f;
    }
  }
  return { out, cache: { x: x.map((r) => [...r]), h, params } };
}

export function residualBackward(
  dout: Matrix,
  cache: ResidualCache,
): { dx: Matrix; dW1: Matrix; db1: number[]; dW2: Matrix; db2: number[] } {
  const { x, h, params } = cache;
  const { W1, W2 } = params;
  const N = x.length;
  const D = x[0].length;
  const H = h[0].length;
  const dx = dout.map((r) => [...r]);
  const dW1 = zeros(H, D);
  const db1 = new Array<number>(H).fill(0);
  const dW2 = zeros(D, H);
  const db2 = new Array<number>(D).fill(0);
  for (let i = 0; i < N; i++) {
    for (let k = 0; k < D; k++) {
      db2[k] += dout[i][k];
      for (let j = 0; j < H; j++) dW2[k][j] += dout[i][k] * h[i][j];
    }
    for (let j = 0; j < H; j++) {
      if (!(h[i][j] > 0)) continue;
      let dz = 0;
      for (let k = 0; k < D; k++) dz += dout[i][k] * W2[k][j];
      db1[j] += dz;
      for (let k = 0; k < D; k++) {
        dW1[j][k] += dz * x[i][k];
        dx[i][k] += dz * W1[j][k];
      }
    }
  }
  return { dx, dW1, db1, dW2, db2 };
}

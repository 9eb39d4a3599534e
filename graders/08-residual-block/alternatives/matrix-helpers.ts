import type { Matrix } from '#lib';

// Correct, written differently: general matmul/transpose helpers (every
// product a matrix product), and the ReLU mask cached as 0/1 in the forward.

export interface ResidualParams {
  readonly W1: Matrix;
  readonly b1: number[];
  readonly W2: Matrix;
  readonly b2: number[];
}

export interface ResidualCache {
  readonly x: Matrix;
  readonly h: Matrix;
  /** 1 where z > 0, else 0. */
  readonly mask: Matrix;
  readonly W1: Matrix;
  readonly W2: Matrix;
}

const transpose = (A: Matrix): Matrix => A[0].map((_, j) => A.map((row) => row[j]));
const matmul = (A: Matrix, B: Matrix): Matrix =>
  A.map((row) => B[0].map((_, j) => row.reduce((s, v, k) => s + v * B[k][j], 0)));
const addRow = (A: Matrix, b: number[]): Matrix => A.map((row) => row.map((v, j) => v + b[j]));
const ones = (n: number): Matrix => [new Array<number>(n).fill(1)];

export function residualForward(x: Matrix, params: ResidualParams): { out: Matrix; cache: ResidualCache } {
  const z = addRow(matmul(x, transpose(params.W1)), params.b1);
  const mask = z.map((row) => row.map((v) => (v > 0 ? 1 : 0)));
  const h = z.map((row, i) => row.map((v, j) => v * mask[i][j]));
  const f = addRow(matmul(h, transpose(params.W2)), params.b2);
  return {
    out: x.map((row, i) => row.map((v, j) => f[i][j] + v)),
    cache: { x, h, mask, W1: params.W1, W2: params.W2 },
  };
}

export function residualBackward(
  dout: Matrix,
  cache: ResidualCache,
): { dx: Matrix; dW1: Matrix; db1: number[]; dW2: Matrix; db2: number[] } {
  const { x, h, mask, W1, W2 } = cache;
  const dz = matmul(dout, W2).map((row, i) => row.map((v, j) => v * mask[i][j]));
  const through = matmul(dz, W1);
  return {
    dx: through.map((row, i) => row.map((v, k) => dout[i][k] + v)),
    dW1: matmul(transpose(dz), x),
    db1: matmul(ones(dz.length), dz)[0],
    dW2: matmul(transpose(dout), h),
    db2: matmul(ones(dout.length), dout)[0],
  };
}

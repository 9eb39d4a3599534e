import type { Matrix } from '#lib';

/** The block's weights, in PyTorch's nn.Linear layout: out_features × in_features. */
export interface ResidualParams {
  /** [H, D]: the first linear layer, D → H. */
  readonly W1: Matrix;
  /** [H] */
  readonly b1: number[];
  /** [D, H]: the second linear layer, H → D. */
  readonly W2: Matrix;
  /** [D] */
  readonly b2: number[];
}

/** What residualForward keeps for residualBackward. */
export interface ResidualCache {
  readonly x: Matrix;
  /** The pre-activation z = x·W1ᵀ + b1, [N, H]. */
  readonly z: Matrix;
  /** h = ReLU(z), [N, H]. */
  readonly h: Matrix;
  readonly W1: Matrix;
  readonly W2: Matrix;
}

export interface ResidualGrads {
  readonly dx: Matrix;
  readonly dW1: Matrix;
  readonly db1: number[];
  readonly dW2: Matrix;
  readonly db2: number[];
}

/** x·Wᵀ + b: row i, unit j is b[j] + Σₖ x[i][k]·W[j][k]. */
function linear(x: Matrix, W: Matrix, b: number[]): Matrix {
  return x.map((row) => b.map((bj, j) => row.reduce((s, v, k) => s + v * W[j][k], bj)));
}

/** Σᵢ over the batch: the gradient of a bias broadcast to every row. */
function sumRows(g: Matrix): number[] {
  return g[0].map((_, j) => g.reduce((s, row) => s + row[j], 0));
}

/** gᵀ·a: [N, P]ᵀ·[N, Q] → [P, Q], the gradient of a weight W in a·Wᵀ. */
function outer(g: Matrix, a: Matrix): Matrix {
  return g[0].map((_, p) => a[0].map((_, q) => g.reduce((s, row, i) => s + row[p] * a[i][q], 0)));
}

export function residualForward(x: Matrix, params: ResidualParams): { out: Matrix; cache: ResidualCache } {
  const { W1, b1, W2, b2 } = params;
  const z = linear(x, W1, b1);
  const h = z.map((row) => row.map((v) => (v > 0 ? v : 0)));
  const f = linear(h, W2, b2);
  const out = x.map((row, i) => row.map((v, j) => v + f[i][j]));
  return { out, cache: { x, z, h, W1, W2 } };
}

export function residualBackward(dout: Matrix, cache: ResidualCache): ResidualGrads {
  const { x, z, h, W1, W2 } = cache;
  const dW2 = outer(dout, h);
  const db2 = sumRows(dout);
  // dh = dout·W2, then ReLU's gradient: 1 where z > 0, and 0 at z = 0 as PyTorch.
  const dz = dout.map((g, i) => W2[0].map((_, j) => (z[i][j] > 0 ? g.reduce((s, v, k) => s + v * W2[k][j], 0) : 0)));
  const dW1 = outer(dz, x);
  const db1 = sumRows(dz);
  // The skip passes dout through unchanged; F adds dz·W1.
  const dx = dout.map((g, i) => g.map((v, k) => v + dz[i].reduce((s, d, j) => s + d * W1[j][k], 0)));
  return { dx, dW1, db1, dW2, db2 };
}

import type { Matrix, Tensor4 } from '#lib';

// Correct, written differently: im2col. Every window is unrolled into a
// column, so the convolution is one matmul and its backward two more, with
// col2im scattering the columns' gradient back onto the input.

export interface Conv2dParams {
  readonly stride: number;
  readonly padding: number;
  readonly dilation: number;
}

export interface Conv2dCache {
  readonly cols: Matrix;
  readonly wm: Matrix;
  readonly shape: readonly number[];
  readonly kernel: readonly number[];
  readonly params: Conv2dParams;
}

export function conv2dOutputSize(
  size: number,
  kernel: number,
  stride: number,
  padding: number,
  dilation: number,
): number {
  const span = dilation * (kernel - 1) + 1;
  return Math.floor((size + 2 * padding - span) / stride) + 1;
}

function matmul(A: Matrix, B: Matrix): Matrix {
  return A.map((row) => B[0].map((_, j) => row.reduce((s, v, k) => s + v * B[k][j], 0)));
}

const transpose = (A: Matrix): Matrix => A[0].map((_, j) => A.map((row) => row[j]));

/** For row (ci, a, e) and column (n, i, j): the input pixel the window reads, or undefined in the padding. */
function pixel(shape: readonly number[], kernel: readonly number[], p: Conv2dParams, row: number, col: number) {
  const [, , H, W] = shape;
  const [kH, kW, Ho, Wo] = kernel;
  const [ci, a, e] = [Math.floor(row / (kH * kW)), Math.floor(row / kW) % kH, row % kW];
  const [n, i, j] = [Math.floor(col / (Ho * Wo)), Math.floor(col / Wo) % Ho, col % Wo];
  const r = i * p.stride - p.padding + a * p.dilation;
  const q = j * p.stride - p.padding + e * p.dilation;
  return r >= 0 && r < H && q >= 0 && q < W ? { n, ci, r, q } : undefined;
}

export function conv2dForward(
  x: Tensor4,
  w: Tensor4,
  b: number[],
  params: Conv2dParams,
): { out: Tensor4; cache: Conv2dCache } {
  const shape = [x.length, x[0].length, x[0][0].length, x[0][0][0].length];
  const [N, Cin, H, W] = shape;
  const [Cout, kH, kW] = [w.length, w[0][0].length, w[0][0][0].length];
  const Ho = conv2dOutputSize(H, kH, params.stride, params.padding, params.dilation);
  const Wo = conv2dOutputSize(W, kW, params.stride, params.padding, params.dilation);
  if (!(Ho > 0 && Wo > 0)) throw new Error('Output size is too small');
  const kernel = [kH, kW, Ho, Wo];
  const cols: Matrix = Array.from({ length: Cin * kH * kW }, (_, row) =>
    Array.from({ length: N * Ho * Wo }, (_, col) => {
      const at = pixel(shape, kernel, params, row, col);
      return at ? x[at.n][at.ci][at.r][at.q] : 0;
    }),
  );
  const wm = w.map((filter) => filter.flat(2));
  const y = matmul(wm, cols);
  const out = Array.from({ length: N }, (_, n) =>
    Array.from({ length: Cout }, (_, co) =>
      Array.from({ length: Ho }, (_, i) => Array.from({ length: Wo }, (_, j) => y[co][(n * Ho + i) * Wo + j] + b[co])),
    ),
  );
  return { out, cache: { cols, wm, shape, kernel, params } };
}

export function conv2dBackward(dout: Tensor4, cache: Conv2dCache): { dx: Tensor4; dw: Tensor4; db: number[] } {
  const { cols, wm, shape, kernel, params } = cache;
  const [N, Cin, H, W] = shape;
  const [kH, kW] = kernel;
  const Cout = wm.length;
  // dout as [Cout, N·Ho·Wo], the layout of the forward's product.
  const g: Matrix = Array.from({ length: Cout }, (_, co) => dout.flatMap((image) => image[co].flat()));
  const dwm = matmul(g, transpose(cols));
  const dcols = matmul(transpose(wm), g);
  const dx: Tensor4 = Array.from({ length: N }, () =>
    Array.from({ length: Cin }, () => Array.from({ length: H }, () => new Array<number>(W).fill(0))),
  );
  dcols.forEach((line, row) => {
    line.forEach((v, col) => {
      const at = pixel(shape, kernel, params, row, col);
      if (at) dx[at.n][at.ci][at.r][at.q] += v;
    });
  });
  const dw = dwm.map((line) =>
    Array.from({ length: Cin }, (_, ci) =>
      Array.from({ length: kH }, (_, a) => Array.from({ length: kW }, (_, e) => line[(ci * kH + a) * kW + e])),
    ),
  );
  return { dx, dw, db: g.map((line) => line.reduce((s, v) => s + v, 0)) };
}

// Correct, written differently: the depthwise conv as one 2-D correlation
// per (example, channel) image, the pointwise conv as a matmul W·X on the
// [C, N·H·W] reshape (dx = Wᵀ·dY, dw = dY·Xᵀ), and the separable backward
// fused: dh from the matmul, then dx and dwDepthwise in one pass over it.
type Tensor4 = number[][][][];
type Matrix = number[][];

export interface ConvOptions {
  readonly stride: number;
  readonly padding: number;
}

export interface DepthwiseCache {
  readonly x: Tensor4;
  readonly w: Tensor4;
  readonly options: ConvOptions;
}

export interface PointwiseCache {
  readonly x: Tensor4;
  readonly w: Tensor4;
}

export interface SeparableCache {
  readonly x: Tensor4;
  readonly h: Tensor4;
  readonly wDepthwise: Tensor4;
  readonly wPointwise: Tensor4;
  readonly options: ConvOptions;
}

export interface CostQuestion {
  readonly Cin: number;
  readonly Cout: number;
  readonly k: number;
  readonly H: number;
  readonly W: number;
}

/** One image correlated with one k×k filter, zero padding p, stride s. */
function correlate(img: Matrix, f: Matrix, s: number, p: number): Matrix {
  const H = img.length;
  const W = img[0].length;
  const k = f.length;
  const Ho = Math.floor((H + 2 * p - k) / s) + 1;
  const Wo = Math.floor((W + 2 * p - k) / s) + 1;
  const at = (r: number, q: number) => (r < 0 || r >= H || q < 0 || q >= W ? 0 : img[r][q]);
  return Array.from({ length: Ho }, (_, i) =>
    Array.from({ length: Wo }, (_, j) => {
      let sum = 0;
      f.forEach((row, a) => {
        row.forEach((v, b) => {
          sum += v * at(i * s - p + a, j * s - p + b);
        });
      });
      return sum;
    }),
  );
}

/** The gradients of one correlation: dimg (scattered) and df. */
function correlateBackward(g: Matrix, img: Matrix, f: Matrix, s: number, p: number): { dimg: Matrix; df: Matrix } {
  const H = img.length;
  const W = img[0].length;
  const dimg = img.map((row) => row.map(() => 0));
  const df = f.map((row) => row.map(() => 0));
  for (let i = 0; i < g.length; i++)
    for (let j = 0; j < g[0].length; j++)
      for (let a = 0; a < f.length; a++)
        for (let b = 0; b < f.length; b++) {
          const r = i * s - p + a;
          const q = j * s - p + b;
          if (r < 0 || r >= H || q < 0 || q >= W) continue;
          dimg[r][q] += g[i][j] * f[a][b];
          df[a][b] += g[i][j] * img[r][q];
        }
  return { dimg, df };
}

export function depthwiseConvForward(x: Tensor4, w: Tensor4, options: ConvOptions) {
  const out = x.map((image) => image.map((map, c) => correlate(map, w[c][0], options.stride, options.padding)));
  return {
    out,
    cache: {
      x: x.map((i) => i.map((m) => m.map((r) => [...r]))),
      w: w.map((f) => f.map((m) => m.map((r) => [...r]))),
      options,
    },
  };
}

function depthwiseBackwardOf(dout: Tensor4, x: Tensor4, w: Tensor4, { stride, padding }: ConvOptions) {
  const dw: Tensor4 = w.map((f) => f.map((m) => m.map((r) => r.map(() => 0))));
  const dx = dout.map((image, n) =>
    image.map((g, c) => {
      const { dimg, df } = correlateBackward(g, x[n][c], w[c][0], stride, padding);
      df.forEach((row, a) => {
        row.forEach((v, b) => {
          dw[c][0][a][b] += v;
        });
      });
      return dimg;
    }),
  );
  return { dx, dw };
}

export function depthwiseConvBackward(dout: Tensor4, cache: DepthwiseCache) {
  return depthwiseBackwardOf(dout, cache.x, cache.w, cache.options);
}

/** [N, C, H, W] → [C, N·H·W]: one row per channel, one column per pixel. */
const toColumns = (t: Tensor4): Matrix => t[0].map((_, c) => t.flatMap((image) => image[c].flat()));

const fromColumns = (m: Matrix, N: number, H: number, W: number): Tensor4 =>
  Array.from({ length: N }, (_, n) =>
    m.map((row) => Array.from({ length: H }, (_, i) => row.slice((n * H + i) * W, (n * H + i + 1) * W))),
  );

const matmul = (a: Matrix, b: Matrix): Matrix =>
  a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));

const transpose = (m: Matrix): Matrix => m[0].map((_, j) => m.map((row) => row[j]));

const weightMatrix = (w: Tensor4): Matrix => w.map((filter) => filter.map((c) => c[0][0]));

export function pointwiseConvForward(x: Tensor4, w: Tensor4) {
  const out = fromColumns(matmul(weightMatrix(w), toColumns(x)), x.length, x[0][0].length, x[0][0][0].length);
  return {
    out,
    cache: { x: x.map((i) => i.map((m) => m.map((r) => [...r]))), w: w.map((f) => f.map((m) => m.map((r) => [...r]))) },
  };
}

function pointwiseBackwardOf(dout: Tensor4, x: Tensor4, w: Tensor4) {
  const G = toColumns(dout);
  const dx = fromColumns(matmul(transpose(weightMatrix(w)), G), x.length, x[0][0].length, x[0][0][0].length);
  const dw = matmul(G, transpose(toColumns(x))).map((row) => row.map((v) => [[v]]));
  return { dx, dw };
}

export function pointwiseConvBackward(dout: Tensor4, cache: PointwiseCache) {
  return pointwiseBackwardOf(dout, cache.x, cache.w);
}

export function separableConvForward(x: Tensor4, wDepthwise: Tensor4, wPointwise: Tensor4, options: ConvOptions) {
  const h = depthwiseConvForward(x, wDepthwise, options).out;
  const out = pointwiseConvForward(h, wPointwise).out;
  return {
    out,
    cache: {
      x: depthwiseConvForward(x, wDepthwise, options).cache.x,
      h,
      wDepthwise: wDepthwise.map((f) => f.map((m) => m.map((r) => [...r]))),
      wPointwise: wPointwise.map((f) => f.map((m) => m.map((r) => [...r]))),
      options,
    },
  };
}

export function separableConvBackward(dout: Tensor4, cache: SeparableCache) {
  const { dx: dh, dw: dwPointwise } = pointwiseBackwardOf(dout, cache.h, cache.wPointwise);
  const { dx, dw: dwDepthwise } = depthwiseBackwardOf(dh, cache.x, cache.wDepthwise, cache.options);
  return { dx, dwDepthwise, dwPointwise };
}

/** C·(k² + Cout): k² weights per channel, then Cout per channel. */
export function separableCost({ Cin, Cout, k, H, W }: CostQuestion) {
  const params = Cin * (k ** 2 + Cout);
  return { params, macs: params * W * H };
}

export function standardCost({ Cin, Cout, k, H, W }: CostQuestion) {
  const params = k ** 2 * Cin * Cout;
  return { params, macs: params * W * H };
}

import { type Tensor4, zeros } from '#lib';

export interface ConvOptions {
  readonly stride: number;
  readonly padding: number;
}

export interface DepthwiseCache {
  readonly x: Tensor4;
  readonly w: Tensor4;
  readonly stride: number;
  readonly padding: number;
}

export interface PointwiseCache {
  readonly x: Tensor4;
  readonly w: Tensor4;
}

export interface SeparableCache {
  readonly depthwise: DepthwiseCache;
  readonly pointwise: PointwiseCache;
}

export interface Cost {
  readonly params: number;
  readonly macs: number;
}

export interface CostQuestion {
  readonly Cin: number;
  readonly Cout: number;
  readonly k: number;
  readonly H: number;
  readonly W: number;
}

const copy = (t: Tensor4): Tensor4 => t.map((a) => a.map((b) => b.map((c) => [...c])));

export function depthwiseConvForward(
  x: Tensor4,
  w: Tensor4,
  { stride, padding }: ConvOptions,
): { out: Tensor4; cache: DepthwiseCache } {
  const [N, C, H, W] = [x.length, x[0].length, x[0][0].length, x[0][0][0].length];
  const k = w[0][0].length;
  const Ho = Math.floor((H + 2 * padding - k) / stride) + 1;
  const Wo = Math.floor((W + 2 * padding - k) / stride) + 1;
  const out: Tensor4 = zeros([N, C, Ho, Wo]);
  for (let n = 0; n < N; n++) {
    for (let c = 0; c < C; c++) {
      for (let i = 0; i < Ho; i++) {
        for (let j = 0; j < Wo; j++) {
          let s = 0;
          for (let a = 0; a < k; a++) {
            const r = i * stride - padding + a;
            if (r < 0 || r >= H) continue;
            for (let b = 0; b < k; b++) {
              const q = j * stride - padding + b;
              if (q >= 0 && q < W) s += x[n][c][r][q] * w[c][0][a][b];
            }
          }
          out[n][c][i][j] = s;
        }
      }
    }
  }
  return { out, cache: { x: copy(x), w: copy(w), stride, padding } };
}

export function depthwiseConvBackward(dout: Tensor4, cache: DepthwiseCache): { dx: Tensor4; dw: Tensor4 } {
  const { x, w, stride, padding } = cache;
  const [N, C, H, W] = [x.length, x[0].length, x[0][0].length, x[0][0][0].length];
  const k = w[0][0].length;
  const dx: Tensor4 = zeros([N, C, H, W]);
  const dw: Tensor4 = zeros([C, 1, k, k]);
  const [Ho, Wo] = [dout[0][0].length, dout[0][0][0].length];
  for (let n = 0; n < N; n++) {
    for (let c = 0; c < C; c++) {
      for (let i = 0; i < Ho; i++) {
        for (let j = 0; j < Wo; j++) {
          const g = dout[n][c][i][j];
          for (let a = 0; a < k; a++) {
            const r = i * stride - padding + a;
            if (r < 0 || r >= H) continue;
            for (let b = 0; b < k; b++) {
              const q = j * stride - padding + b;
              if (q < 0 || q >= W) continue;
              dx[n][c][r][q] += g * w[c][0][a][b];
              dw[c][0][a][b] += g * x[n][c][r][q];
            }
          }
        }
      }
    }
  }
  return { dx, dw };
}

export function pointwiseConvForward(x: Tensor4, w: Tensor4): { out: Tensor4; cache: PointwiseCache } {
  const out = x.map((image) =>
    w.map((filter) =>
      image[0].map((row, i) =>
        row.map((_, j) => image.reduce((s, channel, c) => s + filter[c][0][0] * channel[i][j], 0)),
      ),
    ),
  );
  return { out, cache: { x: copy(x), w: copy(w) } };
}

export function pointwiseConvBackward(dout: Tensor4, cache: PointwiseCache): { dx: Tensor4; dw: Tensor4 } {
  const { x, w } = cache;
  const dx = dout.map((image) =>
    x[0].map((_, c) =>
      image[0].map((row, i) => row.map((_, j) => image.reduce((s, g, o) => s + w[o][c][0][0] * g[i][j], 0))),
    ),
  );
  const dw = w.map((filter, o) =>
    filter.map((_, c) => [
      [
        x.reduce(
          (s, image, n) =>
            s + image[c].reduce((t, row, i) => t + row.reduce((u, v, j) => u + v * dout[n][o][i][j], 0), 0),
          0,
        ),
      ],
    ]),
  );
  return { dx, dw };
}

export function separableConvForward(
  x: Tensor4,
  wDepthwise: Tensor4,
  wPointwise: Tensor4,
  options: ConvOptions,
): { out: Tensor4; cache: SeparableCache } {
  const depthwise = depthwiseConvForward(x, wDepthwise, options);
  const pointwise = pointwiseConvForward(depthwise.out, wPointwise);
  return { out: pointwise.out, cache: { depthwise: depthwise.cache, pointwise: pointwise.cache } };
}

export function separableConvBackward(
  dout: Tensor4,
  cache: SeparableCache,
): { dx: Tensor4; dwDepthwise: Tensor4; dwPointwise: Tensor4 } {
  const pointwise = pointwiseConvBackward(dout, cache.pointwise);
  const depthwise = depthwiseConvBackward(pointwise.dx, cache.depthwise);
  return { dx: depthwise.dx, dwDepthwise: depthwise.dw, dwPointwise: pointwise.dw };
}

export function separableCost({ Cin, Cout, k, H, W }: CostQuestion): Cost {
  const params = Cin * k * k + Cin * Cout;
  return { params, macs: H * W * params };
}

export function standardCost({ Cin, Cout, k, H, W }: CostQuestion): Cost {
  const params = Cin * Cout * k * k;
  return { params, macs: H * W * params };
}

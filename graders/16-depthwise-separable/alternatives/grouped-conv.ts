// Correct, written differently: one grouped conv2d, forward and backward,
// used with groups = C for the depthwise conv and with groups = 1 and a 1×1
// kernel for the pointwise conv, the backward gathering dx per input pixel
// (which output windows read it) instead of scattering; the costs from one
// conv-cost formula, Cout·(Cin/groups)·k².
type Tensor4 = number[][][][];

export interface ConvOptions {
  readonly stride: number;
  readonly padding: number;
}

interface ConvCache {
  readonly x: Tensor4;
  readonly w: Tensor4;
  readonly stride: number;
  readonly padding: number;
  readonly groups: number;
}

export type DepthwiseCache = ConvCache;
export type PointwiseCache = ConvCache;

export interface SeparableCache {
  readonly depthwise: ConvCache;
  readonly pointwise: ConvCache;
}

export interface CostQuestion {
  readonly Cin: number;
  readonly Cout: number;
  readonly k: number;
  readonly H: number;
  readonly W: number;
}

const filled = (shape: number[]): any =>
  shape.length === 0 ? 0 : Array.from({ length: shape[0] }, () => filled(shape.slice(1)));

const copy = (t: Tensor4): Tensor4 => t.map((a) => a.map((b) => b.map((c) => c.slice())));

function conv(
  x: Tensor4,
  w: Tensor4,
  stride: number,
  padding: number,
  groups: number,
): { out: Tensor4; cache: ConvCache } {
  const N = x.length;
  const Cin = x[0].length;
  const H = x[0][0].length;
  const W = x[0][0][0].length;
  const Cout = w.length;
  const kH = w[0][0].length;
  const kW = w[0][0][0].length;
  const cg = Cin / groups;
  const og = Cout / groups;
  const Ho = Math.floor((H + 2 * padding - kH) / stride) + 1;
  const Wo = Math.floor((W + 2 * padding - kW) / stride) + 1;
  const out: Tensor4 = filled([N, Cout, Ho, Wo]);
  for (let n = 0; n < N; n++)
    for (let o = 0; o < Cout; o++) {
      const g = Math.floor(o / og);
      for (let i = 0; i < Ho; i++)
        for (let j = 0; j < Wo; j++) {
          let s = 0;
          for (let ci = 0; ci < cg; ci++)
            for (let a = 0; a < kH; a++)
              for (let b = 0; b < kW; b++) {
                const r = i * stride + a - padding;
                const q = j * stride + b - padding;
                if (r >= 0 && r < H && q >= 0 && q < W) s += w[o][ci][a][b] * x[n][g * cg + ci][r][q];
              }
          out[n][o][i][j] = s;
        }
    }
  return { out, cache: { x: copy(x), w: copy(w), stride, padding, groups } };
}

function convBackward(dout: Tensor4, { x, w, stride, padding, groups }: ConvCache): { dx: Tensor4; dw: Tensor4 } {
  const N = x.length;
  const Cin = x[0].length;
  const H = x[0][0].length;
  const W = x[0][0][0].length;
  const Cout = w.length;
  const kH = w[0][0].length;
  const kW = w[0][0][0].length;
  const cg = Cin / groups;
  const og = Cout / groups;
  const Ho = dout[0][0].length;
  const Wo = dout[0][0][0].length;
  // dx gathered: input pixel (r, q) is tap (a, b) of output (i, j) when i·s + a − p = r.
  const dx: Tensor4 = filled([N, Cin, H, W]);
  for (let n = 0; n < N; n++)
    for (let c = 0; c < Cin; c++) {
      const g = Math.floor(c / cg);
      for (let r = 0; r < H; r++)
        for (let q = 0; q < W; q++) {
          let s = 0;
          for (let o = g * og; o < (g + 1) * og; o++)
            for (let a = 0; a < kH; a++) {
              const di = r + padding - a;
              if (di < 0 || di % stride !== 0 || di / stride >= Ho) continue;
              for (let b = 0; b < kW; b++) {
                const dj = q + padding - b;
                if (dj < 0 || dj % stride !== 0 || dj / stride >= Wo) continue;
                s += w[o][c - g * cg][a][b] * dout[n][o][di / stride][dj / stride];
              }
            }
          dx[n][c][r][q] = s;
        }
    }
  const dw: Tensor4 = filled([Cout, cg, kH, kW]);
  for (let o = 0; o < Cout; o++) {
    const g = Math.floor(o / og);
    for (let ci = 0; ci < cg; ci++)
      for (let a = 0; a < kH; a++)
        for (let b = 0; b < kW; b++) {
          let s = 0;
          for (let n = 0; n < N; n++)
            for (let i = 0; i < Ho; i++)
              for (let j = 0; j < Wo; j++) {
                const r = i * stride + a - padding;
                const q = j * stride + b - padding;
                if (r >= 0 && r < H && q >= 0 && q < W) s += dout[n][o][i][j] * x[n][g * cg + ci][r][q];
              }
          dw[o][ci][a][b] = s;
        }
  }
  return { dx, dw };
}

export function depthwiseConvForward(x: Tensor4, w: Tensor4, { stride, padding }: ConvOptions) {
  return conv(x, w, stride, padding, x[0].length);
}

export function depthwiseConvBackward(dout: Tensor4, cache: DepthwiseCache) {
  return convBackward(dout, cache);
}

export function pointwiseConvForward(x: Tensor4, w: Tensor4) {
  return conv(x, w, 1, 0, 1);
}

export function pointwiseConvBackward(dout: Tensor4, cache: PointwiseCache) {
  return convBackward(dout, cache);
}

export function separableConvForward(x: Tensor4, wDepthwise: Tensor4, wPointwise: Tensor4, options: ConvOptions) {
  const d = depthwiseConvForward(x, wDepthwise, options);
  const p = pointwiseConvForward(d.out, wPointwise);
  return { out: p.out, cache: { depthwise: d.cache, pointwise: p.cache } };
}

export function separableConvBackward(dout: Tensor4, cache: SeparableCache) {
  const p = convBackward(dout, cache.pointwise);
  const d = convBackward(p.dx, cache.depthwise);
  return { dx: d.dx, dwDepthwise: d.dw, dwPointwise: p.dw };
}

/** A conv's cost: Cout·(Cin/groups)·k² weights, each used once per output pixel. */
function convCost(Cin: number, Cout: number, k: number, groups: number, pixels: number) {
  const params = Cout * (Cin / groups) * k * k;
  return { params, macs: params * pixels };
}

export function separableCost({ Cin, Cout, k, H, W }: CostQuestion) {
  const depthwise = convCost(Cin, Cin, k, Cin, H * W);
  const pointwise = convCost(Cin, Cout, 1, 1, H * W);
  return { params: depthwise.params + pointwise.params, macs: depthwise.macs + pointwise.macs };
}

export function standardCost({ Cin, Cout, k, H, W }: CostQuestion) {
  return convCost(Cin, Cout, k, 1, H * W);
}

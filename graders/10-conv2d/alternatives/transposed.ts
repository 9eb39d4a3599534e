import type { Tensor4 } from '#lib';

// Correct, written differently: every output is gathered. The forward loops
// over input channels outermost; dx is the transposed convolution, dout
// spread out at the stride and correlated with the kernel rotated by 180°;
// dw correlates x with dout, the stride and the dilation trading places.

export interface Conv2dParams {
  readonly stride: number;
  readonly padding: number;
  readonly dilation: number;
}

export interface Conv2dCache {
  readonly x: Tensor4;
  readonly w: Tensor4;
  readonly stride: number;
  readonly padding: number;
  readonly dilation: number;
}

export function conv2dOutputSize(
  size: number,
  kernel: number,
  stride: number,
  padding: number,
  dilation: number,
): number {
  const last = size + 2 * padding - dilation * (kernel - 1) - 1;
  return last < 0 ? 0 : (last - (last % stride)) / stride + 1;
}

const zeros = (a: number, b: number, c: number, d: number): Tensor4 =>
  Array.from({ length: a }, () => Array.from({ length: b }, () => Array.from({ length: c }, () => Array(d).fill(0))));

const inside = (t: number[][], r: number, q: number): number =>
  r >= 0 && r < t.length && q >= 0 && q < t[0].length ? t[r][q] : 0;

export function conv2dForward(
  x: Tensor4,
  w: Tensor4,
  b: number[],
  { stride, padding, dilation }: Conv2dParams,
): { out: Tensor4; cache: Conv2dCache } {
  const Ho = conv2dOutputSize(x[0][0].length, w[0][0].length, stride, padding, dilation);
  const Wo = conv2dOutputSize(x[0][0][0].length, w[0][0][0].length, stride, padding, dilation);
  if (Ho === 0 || Wo === 0) throw new Error(`empty output: ${Ho}×${Wo}`);
  const out = x.map(() => b.map((bias) => Array.from({ length: Ho }, () => Array(Wo).fill(bias))));
  x.forEach((image, n) => {
    image.forEach((channel, ci) => {
      w.forEach((filter, co) => {
        const k = filter[ci];
        for (let i = 0; i < Ho; i++)
          for (let j = 0; j < Wo; j++)
            for (let a = 0; a < k.length; a++)
              for (let e = 0; e < k[0].length; e++)
                out[n][co][i][j] +=
                  k[a][e] * inside(channel, i * stride - padding + a * dilation, j * stride - padding + e * dilation);
      });
    });
  });
  return { out, cache: { x, w, stride, padding, dilation } };
}

export function conv2dBackward(dout: Tensor4, cache: Conv2dCache): { dx: Tensor4; dw: Tensor4; db: number[] } {
  const { x, w, stride: s, padding: p, dilation: d } = cache;
  const [N, Cin, H, W] = [x.length, x[0].length, x[0][0].length, x[0][0][0].length];
  const [Cout, kH, kW] = [w.length, w[0][0].length, w[0][0][0].length];
  const [Ho, Wo] = [dout[0][0].length, dout[0][0][0].length];
  // dout[i] sits at i·s + d(k − 1) − p of a zero map: the full correlation with the rotated kernel lands on x's pixels.
  const [Hz, Wz] = [H + d * (kH - 1), W + d * (kW - 1)];
  const spread = dout.map((image) =>
    image.map((plane) => {
      const z = Array.from({ length: Hz }, () => Array(Wz).fill(0));
      plane.forEach((row, i) => {
        row.forEach((v, j) => {
          const [u, t] = [i * s + d * (kH - 1) - p, j * s + d * (kW - 1) - p];
          if (u >= 0 && u < Hz && t >= 0 && t < Wz) z[u][t] = v;
        });
      });
      return z;
    }),
  );
  const dx = zeros(N, Cin, H, W);
  for (let n = 0; n < N; n++)
    for (let ci = 0; ci < Cin; ci++)
      for (let r = 0; r < H; r++)
        for (let q = 0; q < W; q++) {
          let acc = 0;
          for (let co = 0; co < Cout; co++)
            for (let a = 0; a < kH; a++)
              for (let e = 0; e < kW; e++)
                acc += spread[n][co][r + a * d][q + e * d] * w[co][ci][kH - 1 - a][kW - 1 - e];
          dx[n][ci][r][q] = acc;
        }
  const dw = zeros(Cout, Cin, kH, kW);
  for (let co = 0; co < Cout; co++)
    for (let ci = 0; ci < Cin; ci++)
      for (let a = 0; a < kH; a++)
        for (let e = 0; e < kW; e++) {
          let acc = 0;
          for (let n = 0; n < N; n++)
            for (let i = 0; i < Ho; i++)
              for (let j = 0; j < Wo; j++)
                acc += dout[n][co][i][j] * inside(x[n][ci], i * s - p + a * d, j * s - p + e * d);
          dw[co][ci][a][e] = acc;
        }
  const db = w.map((_, co) => dout.reduce((sum, image) => sum + image[co].flat().reduce((t, v) => t + v, 0), 0));
  return { dx, dw, db };
}

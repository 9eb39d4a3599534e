import type { Tensor4 } from '#lib';

/** One number for both axes, as PyTorch's conv2d takes an int. */
export interface Conv2dParams {
  readonly stride: number;
  readonly padding: number;
  readonly dilation: number;
}

/** What conv2dForward keeps for conv2dBackward. */
export interface Conv2dCache {
  readonly x: Tensor4;
  readonly w: Tensor4;
  readonly params: Conv2dParams;
}

export function conv2dOutputSize(
  size: number,
  kernel: number,
  stride: number,
  padding: number,
  dilation: number,
): number {
  return Math.floor((size + 2 * padding - dilation * (kernel - 1) - 1) / stride) + 1;
}

const zeros4 = (n: number, c: number, h: number, w: number): Tensor4 =>
  Array.from({ length: n }, () =>
    Array.from({ length: c }, () => Array.from({ length: h }, () => new Array<number>(w).fill(0))),
  );

export function conv2dForward(
  x: Tensor4,
  w: Tensor4,
  b: number[],
  params: Conv2dParams,
): { out: Tensor4; cache: Conv2dCache } {
  const { stride, padding, dilation } = params;
  const [N, Cin, H, W] = [x.length, x[0].length, x[0][0].length, x[0][0][0].length];
  const [Cout, kH, kW] = [w.length, w[0][0].length, w[0][0][0].length];
  const Ho = conv2dOutputSize(H, kH, stride, padding, dilation);
  const Wo = conv2dOutputSize(W, kW, stride, padding, dilation);
  if (Ho < 1 || Wo < 1) {
    throw new RangeError(`conv2d: a ${H}×${W} input gives an empty ${Ho}×${Wo} output with a ${kH}×${kW} kernel`);
  }
  const out = zeros4(N, Cout, Ho, Wo);
  for (let n = 0; n < N; n++) {
    for (let co = 0; co < Cout; co++) {
      for (let i = 0; i < Ho; i++) {
        for (let j = 0; j < Wo; j++) {
          let s = b[co];
          for (let ci = 0; ci < Cin; ci++) {
            for (let a = 0; a < kH; a++) {
              const r = i * stride - padding + a * dilation;
              if (r < 0 || r >= H) continue; // a zero of the padding
              for (let e = 0; e < kW; e++) {
                const q = j * stride - padding + e * dilation;
                if (q < 0 || q >= W) continue;
                // Cross-correlation, as PyTorch's conv2d: the kernel is not flipped.
                s += x[n][ci][r][q] * w[co][ci][a][e];
              }
            }
          }
          out[n][co][i][j] = s;
        }
      }
    }
  }
  return { out, cache: { x, w, params } };
}

export function conv2dBackward(dout: Tensor4, cache: Conv2dCache): { dx: Tensor4; dw: Tensor4; db: number[] } {
  const { x, w } = cache;
  const { stride, padding, dilation } = cache.params;
  const [N, Cin, H, W] = [x.length, x[0].length, x[0][0].length, x[0][0][0].length];
  const [Cout, kH, kW] = [w.length, w[0][0].length, w[0][0][0].length];
  const [Ho, Wo] = [dout[0][0].length, dout[0][0][0].length];
  const dx = zeros4(N, Cin, H, W);
  const dw = zeros4(Cout, Cin, kH, kW);
  const db = new Array<number>(Cout).fill(0);
  // Each output read x[r][q]·w[a][e]: send its gradient back along the same taps.
  for (let n = 0; n < N; n++) {
    for (let co = 0; co < Cout; co++) {
      for (let i = 0; i < Ho; i++) {
        const top = i * stride - padding;
        for (let j = 0; j < Wo; j++) {
          const left = j * stride - padding;
          const g = dout[n][co][i][j];
          db[co] += g;
          for (let ci = 0; ci < Cin; ci++) {
            for (let a = 0; a < kH; a++) {
              const r = top + a * dilation;
              if (r < 0 || r >= H) continue;
              for (let e = 0; e < kW; e++) {
                const q = left + e * dilation;
                if (q < 0 || q >= W) continue;
                dx[n][ci][r][q] += g * w[co][ci][a][e];
                dw[co][ci][a][e] += g * x[n][ci][r][q];
              }
            }
          }
        }
      }
    }
  }
  return { dx, dw, db };
}

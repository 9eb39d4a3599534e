import { sumError, UNDERFLOW_FLOOR } from './rounding';
import type { Tensor64 } from './tensor64';

export interface Conv2dConstraints {
  /** [vertical, horizontal]; default [1, 1]. */
  readonly stride?: readonly [number, number];
  /** Zero padding on each side, [top and bottom, left and right]; default [0, 0]. */
  readonly padding?: readonly [number, number];
  /** Spacing of the kernel taps; default [1, 1]. */
  readonly dilation?: readonly [number, number];
  /** Channel groups: Cin and Cout both divisible by it; Cin for a depthwise conv. Default 1. */
  readonly groups?: number;
}

/** ⌊(size + 2·pad − dilation·(kernel − 1) − 1)/stride⌋ + 1, PyTorch's output size. */
export const convOutputSize = (size: number, kernel: number, stride: number, pad: number, dilation: number): number =>
  Math.floor((size + 2 * pad - dilation * (kernel - 1) - 1) / stride) + 1;

/**
 * PyTorch's conv2d (a cross-correlation) on NCHW: x [N, Cin, H, W], w
 * [Cout, Cin/groups, kH, kW] → [N, Cout, Ho, Wo]. Each output is a sum of
 * products as in matmul, with the same error bound (padded taps are exact
 * zeros and left out); the loops walk offsets, never spread a tensor.
 */
export function conv2d(x: Tensor64, w: Tensor64, c: Conv2dConstraints = {}): Tensor64 {
  const [sh, sw] = c.stride ?? [1, 1];
  const [ph, pw] = c.padding ?? [0, 0];
  const [dh, dw] = c.dilation ?? [1, 1];
  const groups = c.groups ?? 1;
  const [N, Cin, H, W] = x.shape;
  const [Cout, Cg, kH, kW] = w.shape;
  if (x.shape.length !== 4 || w.shape.length !== 4 || Cin !== Cg * groups || Cout % groups !== 0) {
    throw new RangeError(
      `conv2d: x [${x.shape.join(', ')}] and w [${w.shape.join(', ')}] do not fit NCHW with ${groups} group(s)`,
    );
  }
  const Ho = convOutputSize(H, kH, sh, ph, dh);
  const Wo = convOutputSize(W, kW, sw, pw, dw);
  if (!(Ho > 0 && Wo > 0)) throw new RangeError(`conv2d: the output of ${H}×${W} with a ${kH}×${kW} kernel is empty`);
  const perGroup = Cout / groups;
  const data = new Float64Array(N * Cout * Ho * Wo);
  const err = new Float64Array(data.length);
  let o = 0;
  for (let n = 0; n < N; n++) {
    for (let co = 0; co < Cout; co++) {
      const g = Math.floor(co / perGroup);
      for (let i = 0; i < Ho; i++) {
        for (let j = 0; j < Wo; j++, o++) {
          let s = 0;
          let abs = 0;
          let terms = 0;
          let count = 0;
          for (let ci = 0; ci < Cg; ci++) {
            const xc = (n * Cin + g * Cg + ci) * H * W;
            const wc = (co * Cg + ci) * kH * kW;
            for (let a = 0; a < kH; a++) {
              const r = i * sh - ph + a * dh;
              if (r < 0 || r >= H) continue;
              for (let b = 0; b < kW; b++) {
                const q = j * sw - pw + b * dw;
                if (q < 0 || q >= W) continue;
                const xv = x.data[xc + r * W + q];
                const wv = w.data[wc + a * kW + b];
                s += xv * wv;
                abs += Math.abs(xv * wv);
                terms += Math.abs(wv) * x.err[xc + r * W + q] + Math.abs(xv) * w.err[wc + a * kW + b] + UNDERFLOW_FLOOR;
                count++;
              }
            }
          }
          data[o] = s;
          err[o] = sumError(terms + abs, abs, count);
        }
      }
    }
  }
  return { shape: [N, Cout, Ho, Wo], data, err, depth: Math.max(x.depth, w.depth) + Cg * kH * kW };
}

import { convOutputSize } from '../kit/tensor';
import type { SizeCase } from './cases';
import { type Case, shape4, type Tensor4 } from './oracle';

// What code that makes one mistake returns, in plain float64 loops (the
// predictions confirmMistakes holds the learner's code against; their
// tolerance is the oracle's). {} is conv2d done right.

export interface Slip {
  /** out reads w[k − 1 − a][k − 1 − e]. */
  readonly flipKernel?: boolean;
  /** The window of out[i] starts at i·s·d − p and its taps are 1 apart. */
  readonly dilationOnStride?: boolean;
  /** b[co] added once per input channel. */
  readonly biasPerInputChannel?: boolean;
  readonly dwAveraged?: boolean;
  readonly dbAveraged?: boolean;
  /** The backward's windows start at i − p. */
  readonly backwardStrideOne?: boolean;
  /** dx gets dout·w[k − 1 − a][k − 1 − e]. */
  readonly dxFlipped?: boolean;
}

export type SizeSlip = 'floor' | 'ceil' | 'without-dilation' | 'without-minus-one';

/** conv2dOutputSize as code with the slip computes it ('floor' is PyTorch's). */
export function slippedSize({ size, kernel, stride, padding, dilation }: SizeCase, slip: SizeSlip): number {
  if (slip === 'floor') return convOutputSize(size, kernel, stride, padding, dilation);
  if (slip === 'ceil') return Math.ceil((size + 2 * padding - dilation * (kernel - 1) - 1) / stride) + 1;
  if (slip === 'without-dilation') return convOutputSize(size, kernel, stride, padding, 1);
  return Math.floor((size + 2 * padding - dilation * (kernel - 1)) / stride) + 1;
}

const zeros4 = (n: number, c: number, h: number, w: number): Tensor4 =>
  Array.from({ length: n }, () =>
    Array.from({ length: c }, () => Array.from({ length: h }, () => new Array<number>(w).fill(0))),
  );

interface Taps {
  readonly row: (i: number, a: number) => number;
  readonly col: (j: number, e: number) => number;
}

function taps(c: Case, forward: boolean, s: Slip): Taps {
  const { stride, padding, dilation } = c;
  if (forward && s.dilationOnStride) {
    return { row: (i, a) => i * stride * dilation - padding + a, col: (j, e) => j * stride * dilation - padding + e };
  }
  const step = !forward && s.backwardStrideOne ? 1 : stride;
  return { row: (i, a) => i * step - padding + a * dilation, col: (j, e) => j * step - padding + e * dilation };
}

export function slipped(c: Case, s: Slip): { out: Tensor4; dx: Tensor4; dw: Tensor4; db: number[] } {
  const [N, Cin, H, W] = shape4(c.x);
  const [Cout, , kH, kW] = shape4(c.w);
  const Ho = convOutputSize(H, kH, c.stride, c.padding, c.dilation);
  const Wo = convOutputSize(W, kW, c.stride, c.padding, c.dilation);
  const out = zeros4(N, Cout, Ho, Wo);
  const dx = zeros4(N, Cin, H, W);
  const dw = zeros4(Cout, Cin, kH, kW);
  const db = new Array<number>(Cout).fill(0);
  const fwd = taps(c, true, s);
  const bwd = taps(c, false, s);
  const tap = (flip: boolean | undefined, a: number, e: number): [number, number] =>
    flip ? [kH - 1 - a, kW - 1 - e] : [a, e];
  for (let n = 0; n < N; n++) {
    for (let co = 0; co < Cout; co++) {
      for (let i = 0; i < Ho; i++) {
        for (let j = 0; j < Wo; j++) {
          const g = c.dout[n][co][i][j];
          let sum = s.biasPerInputChannel ? Cin * c.b[co] : c.b[co];
          db[co] += s.dbAveraged ? g / (N * Ho * Wo) : g;
          for (let ci = 0; ci < Cin; ci++) {
            for (let a = 0; a < kH; a++) {
              for (let e = 0; e < kW; e++) {
                const [r, q] = [fwd.row(i, a), fwd.col(j, e)];
                if (r >= 0 && r < H && q >= 0 && q < W) {
                  const [fa, fe] = tap(s.flipKernel, a, e);
                  sum += c.x[n][ci][r][q] * c.w[co][ci][fa][fe];
                }
                const [u, v] = [bwd.row(i, a), bwd.col(j, e)];
                if (u >= 0 && u < H && v >= 0 && v < W) {
                  const [fa, fe] = tap(s.dxFlipped, a, e);
                  dx[n][ci][u][v] += g * c.w[co][ci][fa][fe];
                  dw[co][ci][a][e] += (s.dwAveraged ? g / N : g) * c.x[n][ci][u][v];
                }
              }
            }
          }
          out[n][co][i][j] = sum;
        }
      }
    }
  }
  return { out, dx, dw, db };
}

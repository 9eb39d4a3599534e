// Correct, written differently: average pooling as a depthwise convolution
// of the zero-padded input with a constant 1/(kH·kW) kernel, and both
// backwards as gathers: each input position collects from the windows that
// cover it. (Not a summed-area table: its differences of large prefix sums
// leave rounding residue far above a window's own rounding, 1e-15 where the
// window is all zeros.)
import type { Tensor4 } from '#lib';

export type Pair = number | readonly [number, number];

export interface PoolParams {
  readonly kernel: Pair;
  readonly stride: Pair;
  readonly padding: Pair;
}

interface Shape {
  readonly H: number;
  readonly W: number;
  readonly kH: number;
  readonly kW: number;
  readonly sH: number;
  readonly sW: number;
  readonly pH: number;
  readonly pW: number;
  readonly Ho: number;
  readonly Wo: number;
}

export interface MaxPoolCache {
  readonly shape: Shape;
  /** Per plane, the flat offset r·W + q of each window's first maximum. */
  readonly winner: number[][][][];
}

export interface AvgPoolCache {
  readonly shape: Shape;
}

function shapeOf(x: Tensor4, params: PoolParams): Shape {
  const [kH, kW] = typeof params.kernel === 'number' ? [params.kernel, params.kernel] : params.kernel;
  const [sH, sW] = typeof params.stride === 'number' ? [params.stride, params.stride] : params.stride;
  const [pH, pW] = typeof params.padding === 'number' ? [params.padding, params.padding] : params.padding;
  const H = x[0][0].length;
  const W = x[0][0][0].length;
  return {
    H,
    W,
    kH,
    kW,
    sH,
    sW,
    pH,
    pW,
    Ho: Math.floor((H + 2 * pH - kH) / sH) + 1,
    Wo: Math.floor((W + 2 * pW - kW) / sW) + 1,
  };
}

/** The windows along one axis that cover position t: i with i·s − p ≤ t < i·s − p + k. */
function covering(t: number, k: number, s: number, p: number, count: number): number[] {
  const from = Math.max(0, Math.ceil((t + p - k + 1) / s));
  const to = Math.min(count - 1, Math.floor((t + p) / s));
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

export function maxPoolForward(x: Tensor4, params: PoolParams): { out: Tensor4; cache: MaxPoolCache } {
  const sh = shapeOf(x, params);
  const winner = x.map((sample) =>
    sample.map((plane) =>
      Array.from({ length: sh.Ho }, (_, i) =>
        Array.from({ length: sh.Wo }, (_, j) => {
          let best = -1;
          for (let r = Math.max(0, i * sh.sH - sh.pH); r < Math.min(sh.H, i * sh.sH - sh.pH + sh.kH); r++)
            for (let q = Math.max(0, j * sh.sW - sh.pW); q < Math.min(sh.W, j * sh.sW - sh.pW + sh.kW); q++)
              if (best === -1 || plane[r][q] > plane[Math.floor(best / sh.W)][best % sh.W]) best = r * sh.W + q;
          return best;
        }),
      ),
    ),
  );
  const out = winner.map((sample, n) =>
    sample.map((plane, c) => plane.map((row) => row.map((o) => x[n][c][Math.floor(o / sh.W)][o % sh.W]))),
  );
  return { out, cache: { shape: sh, winner } };
}

export function maxPoolBackward(dout: Tensor4, cache: MaxPoolCache): { dx: Tensor4 } {
  const sh = cache.shape;
  const dx = cache.winner.map((sample, n) =>
    sample.map((plane, c) =>
      Array.from({ length: sh.H }, (_, r) =>
        Array.from({ length: sh.W }, (_, q) => {
          let g = 0;
          for (const i of covering(r, sh.kH, sh.sH, sh.pH, sh.Ho))
            for (const j of covering(q, sh.kW, sh.sW, sh.pW, sh.Wo))
              if (plane[i][j] === r * sh.W + q) g += dout[n][c][i][j];
          return g;
        }),
      ),
    ),
  );
  return { dx };
}

export function avgPoolForward(x: Tensor4, params: PoolParams): { out: Tensor4; cache: AvgPoolCache } {
  const sh = shapeOf(x, params);
  // A depthwise convolution of the zero-padded input with a constant kernel.
  const weight = 1 / (sh.kH * sh.kW);
  const padded = x.map((sample) =>
    sample.map((plane) =>
      Array.from({ length: sh.H + 2 * sh.pH }, (_, r) =>
        Array.from({ length: sh.W + 2 * sh.pW }, (_, q) => plane[r - sh.pH]?.[q - sh.pW] ?? 0),
      ),
    ),
  );
  const out = padded.map((sample) =>
    sample.map((plane) =>
      Array.from({ length: sh.Ho }, (_, i) =>
        Array.from({ length: sh.Wo }, (_, j) => {
          let s = 0;
          for (let a = 0; a < sh.kH; a++)
            for (let b = 0; b < sh.kW; b++) s += weight * plane[i * sh.sH + a][j * sh.sW + b];
          return s;
        }),
      ),
    ),
  );
  return { out, cache: { shape: sh } };
}

export function avgPoolBackward(dout: Tensor4, cache: AvgPoolCache): { dx: Tensor4 } {
  const sh = cache.shape;
  const dx = dout.map((sample) =>
    sample.map((plane) =>
      Array.from({ length: sh.H }, (_, r) =>
        Array.from({ length: sh.W }, (_, q) => {
          let g = 0;
          for (const i of covering(r, sh.kH, sh.sH, sh.pH, sh.Ho))
            for (const j of covering(q, sh.kW, sh.sW, sh.pW, sh.Wo)) g += plane[i][j];
          return g / (sh.kH * sh.kW);
        }),
      ),
    ),
  );
  return { dx };
}

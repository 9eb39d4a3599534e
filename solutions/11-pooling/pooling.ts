import { type Tensor4, zeros } from '#lib';

export type Pair = number | readonly [number, number];

export interface PoolParams {
  readonly kernel: Pair;
  readonly stride: Pair;
  readonly padding: Pair;
}

interface Geometry {
  readonly N: number;
  readonly C: number;
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
  readonly g: Geometry;
  /** The [row, column] in x of each window's first maximum. */
  readonly argmax: [number, number][][][][];
}

export interface AvgPoolCache {
  readonly g: Geometry;
}

const pair = (v: Pair): [number, number] => (typeof v === 'number' ? [v, v] : [v[0], v[1]]);

function geometry(x: Tensor4, params: PoolParams): Geometry {
  const [N, C, H, W] = [x.length, x[0].length, x[0][0].length, x[0][0][0].length];
  const [kH, kW] = pair(params.kernel);
  const [sH, sW] = pair(params.stride);
  const [pH, pW] = pair(params.padding);
  const Ho = Math.floor((H + 2 * pH - kH) / sH) + 1;
  const Wo = Math.floor((W + 2 * pW - kW) / sW) + 1;
  return { N, C, H, W, kH, kW, sH, sW, pH, pW, Ho, Wo };
}

/** x[r][q] of one plane, or `fill` on the padding. */
const at = (plane: number[][], r: number, q: number, fill: number): number =>
  r < 0 || r >= plane.length || q < 0 || q >= plane[0].length ? fill : plane[r][q];

/** dx for the padded input, cut back to x's own rows and columns. */
const crop = (d: Tensor4, g: Geometry): Tensor4 =>
  d.map((sample) => sample.map((plane) => plane.slice(g.pH, g.pH + g.H).map((row) => row.slice(g.pW, g.pW + g.W))));

const padded = (g: Geometry): Tensor4 => zeros([g.N, g.C, g.H + 2 * g.pH, g.W + 2 * g.pW]);

export function maxPoolForward(x: Tensor4, params: PoolParams): { out: Tensor4; cache: MaxPoolCache } {
  const g = geometry(x, params);
  const out: Tensor4 = zeros([g.N, g.C, g.Ho, g.Wo]);
  const argmax: [number, number][][][][] = zeros([g.N, g.C, g.Ho, g.Wo]);
  const pad = Number.NEGATIVE_INFINITY;
  for (let n = 0; n < g.N; n++) {
    for (let c = 0; c < g.C; c++) {
      for (let i = 0; i < g.Ho; i++) {
        for (let j = 0; j < g.Wo; j++) {
          let best = Number.NEGATIVE_INFINITY;
          let where: [number, number] = [0, 0];
          for (let a = 0; a < g.kH; a++) {
            for (let b = 0; b < g.kW; b++) {
              const r = i * g.sH - g.pH + a;
              const q = j * g.sW - g.pW + b;
              const v = at(x[n][c], r, q, pad);
              if (v > best) {
                best = v;
                where = [r, q];
              }
            }
          }
          out[n][c][i][j] = best;
          argmax[n][c][i][j] = where;
        }
      }
    }
  }
  return { out, cache: { g, argmax } };
}

export function maxPoolBackward(dout: Tensor4, cache: MaxPoolCache): { dx: Tensor4 } {
  const { g, argmax } = cache;
  const dx = padded(g);
  for (let n = 0; n < g.N; n++) {
    for (let c = 0; c < g.C; c++) {
      for (let i = 0; i < g.Ho; i++) {
        for (let j = 0; j < g.Wo; j++) {
          const [r, q] = argmax[n][c][i][j];
          dx[n][c][r + g.pH][q + g.pW] += dout[n][c][i][j];
        }
      }
    }
  }
  return { dx: crop(dx, g) };
}

export function avgPoolForward(x: Tensor4, params: PoolParams): { out: Tensor4; cache: AvgPoolCache } {
  const g = geometry(x, params);
  const out: Tensor4 = zeros([g.N, g.C, g.Ho, g.Wo]);
  for (let n = 0; n < g.N; n++) {
    for (let c = 0; c < g.C; c++) {
      for (let i = 0; i < g.Ho; i++) {
        for (let j = 0; j < g.Wo; j++) {
          let sum = 0;
          for (let a = 0; a < g.kH; a++) {
            for (let b = 0; b < g.kW; b++) {
              sum += at(x[n][c], i * g.sH - g.pH + a, j * g.sW - g.pW + b, 0);
            }
          }
          out[n][c][i][j] = sum / (g.kH * g.kW);
        }
      }
    }
  }
  return { out, cache: { g } };
}

export function avgPoolBackward(dout: Tensor4, cache: AvgPoolCache): { dx: Tensor4 } {
  const { g } = cache;
  const dx = padded(g);
  for (let n = 0; n < g.N; n++) {
    for (let c = 0; c < g.C; c++) {
      for (let i = 0; i < g.Ho; i++) {
        for (let j = 0; j < g.Wo; j++) {
          const share = dout[n][c][i][j] / (g.kH * g.kW);
          for (let a = 0; a < g.kH; a++) {
            for (let b = 0; b < g.kW; b++) {
              dx[n][c][i * g.sH + a][j * g.sW + b] += share;
            }
          }
        }
      }
    }
  }
  return { dx: crop(dx, g) };
}

// Correct, written differently: the max-pool cache keeps x and the window
// geometry, and the backward finds each window's first maximum again;
// every window is described by its clipped row and column ranges.
import type { Tensor4 } from '#lib';

export type Pair = number | readonly [number, number];

export interface PoolParams {
  readonly kernel: Pair;
  readonly stride: Pair;
  readonly padding: Pair;
}

interface Windows {
  readonly x: Tensor4;
  readonly k: [number, number];
  readonly s: [number, number];
  readonly p: [number, number];
  readonly out: [number, number];
}

export type MaxPoolCache = Windows;
export type AvgPoolCache = Windows;

const two = (v: Pair): [number, number] => (Array.isArray(v) ? [v[0], v[1]] : [v as number, v as number]);

function windowsOf(x: Tensor4, params: PoolParams): Windows {
  const k = two(params.kernel);
  const s = two(params.stride);
  const p = two(params.padding);
  const sizes = [x[0][0].length, x[0][0][0].length];
  const out = sizes.map((n, d) => Math.floor((n + 2 * p[d] - k[d]) / s[d]) + 1) as [number, number];
  return { x, k, s, p, out };
}

/** The real rows (d = 0) or columns (d = 1) of window i: [from, to). */
function span(w: Windows, d: 0 | 1, i: number): [number, number] {
  const start = i * w.s[d] - w.p[d];
  const size = d === 0 ? w.x[0][0].length : w.x[0][0][0].length;
  return [Math.max(0, start), Math.min(size, start + w.k[d])];
}

/** The first maximum of window (i, j) of one plane, row-major. */
function argmaxOf(plane: number[][], w: Windows, i: number, j: number): [number, number] {
  const [r0, r1] = span(w, 0, i);
  const [q0, q1] = span(w, 1, j);
  let best: [number, number] = [r0, q0];
  for (let r = r0; r < r1; r++) for (let q = q0; q < q1; q++) if (plane[r][q] > plane[best[0]][best[1]]) best = [r, q];
  return best;
}

const mapWindows = (w: Windows, f: (plane: number[][], i: number, j: number) => number): Tensor4 =>
  w.x.map((sample) =>
    sample.map((plane) =>
      Array.from({ length: w.out[0] }, (_, i) => Array.from({ length: w.out[1] }, (_, j) => f(plane, i, j))),
    ),
  );

const zerosLike = (x: Tensor4): Tensor4 => x.map((s) => s.map((p) => p.map((row) => row.map(() => 0))));

export function maxPoolForward(x: Tensor4, params: PoolParams): { out: Tensor4; cache: MaxPoolCache } {
  const w = windowsOf(x, params);
  const out = mapWindows(w, (plane, i, j) => {
    const [r, q] = argmaxOf(plane, w, i, j);
    return plane[r][q];
  });
  return { out, cache: { ...w, x: x.map((s) => s.map((p) => p.map((row) => row.slice()))) } };
}

export function maxPoolBackward(dout: Tensor4, cache: MaxPoolCache): { dx: Tensor4 } {
  const dx = zerosLike(cache.x);
  cache.x.forEach((sample, n) => {
    sample.forEach((plane, c) => {
      for (let i = 0; i < cache.out[0]; i++)
        for (let j = 0; j < cache.out[1]; j++) {
          const [r, q] = argmaxOf(plane, cache, i, j);
          dx[n][c][r][q] += dout[n][c][i][j];
        }
    });
  });
  return { dx };
}

export function avgPoolForward(x: Tensor4, params: PoolParams): { out: Tensor4; cache: AvgPoolCache } {
  const w = windowsOf(x, params);
  const area = w.k[0] * w.k[1];
  const out = mapWindows(w, (plane, i, j) => {
    const [r0, r1] = span(w, 0, i);
    const [q0, q1] = span(w, 1, j);
    let s = 0;
    for (let r = r0; r < r1; r++) for (let q = q0; q < q1; q++) s += plane[r][q];
    return s / area;
  });
  return { out, cache: w };
}

export function avgPoolBackward(dout: Tensor4, cache: AvgPoolCache): { dx: Tensor4 } {
  const dx = zerosLike(cache.x);
  const area = cache.k[0] * cache.k[1];
  dx.forEach((sample, n) => {
    sample.forEach((plane, c) => {
      for (let i = 0; i < cache.out[0]; i++)
        for (let j = 0; j < cache.out[1]; j++) {
          const [r0, r1] = span(cache, 0, i);
          const [q0, q1] = span(cache, 1, j);
          for (let r = r0; r < r1; r++) for (let q = q0; q < q1; q++) plane[r][q] += dout[n][c][i][j] / area;
        }
    });
  });
  return { dx };
}

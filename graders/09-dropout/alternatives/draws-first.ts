// Correct, written differently: every draw first, into a flat row-major
// array, then the mask; the scale precomputed, p = 1 returned as zeros after
// the draws (the convention still asks for them), the cache a scaled flat mask.
import type { Matrix } from '#lib';

export interface DropoutCache {
  readonly scaled: number[];
  readonly cols: number;
}

export function dropoutForward(
  x: Matrix,
  p: number,
  training: boolean,
  rng: () => number,
): { out: Matrix; cache: DropoutCache } {
  const rows = x.length;
  const cols = rows === 0 ? 0 : x[0].length;
  if (!training) return { out: x.map((r) => r.slice()), cache: { scaled: new Array(rows * cols).fill(1), cols } };
  const us: number[] = [];
  for (let k = 0; k < rows * cols; k++) us.push(rng());
  const scale = p === 1 ? 0 : 1 / (1 - p);
  const scaled = us.map((u) => (u < p ? 0 : scale));
  const out = x.map((r, i) => r.map((v, j) => v * scaled[i * cols + j]));
  return { out, cache: { scaled, cols } };
}

export function dropoutBackward(dout: Matrix, cache: DropoutCache): { dx: Matrix } {
  return { dx: dout.map((r, i) => r.map((g, j) => g * cache.scaled[i * cache.cols + j])) };
}

// Correct, written differently: one fused loop, a boolean mask and p in the
// cache, each kept element divided by 1 − p (never reached at p = 1).
import type { Matrix } from '#lib';

export interface DropoutCache {
  readonly keep: boolean[][];
  readonly p: number;
}

export function dropoutForward(
  x: Matrix,
  p: number,
  training: boolean,
  rng: () => number,
): { out: Matrix; cache: DropoutCache } {
  const out: Matrix = [];
  const keep: boolean[][] = [];
  for (let i = 0; i < x.length; i++) {
    const row: number[] = [];
    const kept: boolean[] = [];
    for (let j = 0; j < x[i].length; j++) {
      const k = !training || rng() >= p;
      kept.push(k);
      row.push(!k ? 0 : training ? x[i][j] / (1 - p) : x[i][j]);
    }
    out.push(row);
    keep.push(kept);
  }
  return { out, cache: { keep, p: training ? p : 0 } };
}

export function dropoutBackward(dout: Matrix, cache: DropoutCache): { dx: Matrix } {
  const dx: Matrix = [];
  for (let i = 0; i < dout.length; i++) {
    const row: number[] = [];
    for (let j = 0; j < dout[i].length; j++) row.push(cache.keep[i][j] ? dout[i][j] / (1 - cache.p) : 0);
    dx.push(row);
  }
  return { dx };
}

import { fromParts, type Tensor64 } from '../kit/tensor';

/**
 * Rows and columns of a [R, C] tensor, as they are: picking elements rounds
 * nothing, so each keeps its value and bound.
 */
export function select64(t: Tensor64, rows: readonly number[], cols: readonly number[]): Tensor64 {
  const C = t.shape[1];
  const data = new Float64Array(rows.length * cols.length);
  const err = new Float64Array(rows.length * cols.length);
  rows.forEach((r, a) => {
    cols.forEach((c, b) => {
      data[a * cols.length + b] = t.data[r * C + c];
      err[a * cols.length + b] = t.err[r * C + c];
    });
  });
  return fromParts([rows.length, cols.length], data, err, t.depth);
}

/** 0 … n − 1. */
export const range = (n: number, from = 0): number[] => Array.from({ length: n }, (_, i) => i + from);

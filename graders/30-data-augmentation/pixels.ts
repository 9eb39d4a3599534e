import { fromParts, type Tensor64 } from '../kit/tensor';

/**
 * [N, C, H, W] whose pixel (n, c, i, j) is t's value at the row-major offset
 * from(n, c, i, j), with its error bound, or an exact 0 where from gives −1:
 * every augmentation here only moves pixels or writes zeros.
 */
export function gathered(
  t: Tensor64,
  [N, C, H, W]: readonly number[],
  from: (n: number, c: number, i: number, j: number) => number,
): Tensor64 {
  const data = new Float64Array(N * C * H * W);
  const err = new Float64Array(data.length);
  let k = 0;
  for (let n = 0; n < N; n++) {
    for (let c = 0; c < C; c++) {
      for (let i = 0; i < H; i++) {
        for (let j = 0; j < W; j++, k++) {
          const f = from(n, c, i, j);
          if (f < 0) continue;
          data[k] = t.data[f];
          err[k] = t.err[f];
        }
      }
    }
  }
  return fromParts([N, C, H, W], data, err, t.depth);
}

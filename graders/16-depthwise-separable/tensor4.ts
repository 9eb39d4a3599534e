import { fromParts, type Tensor64 } from '../kit/tensor';

/** [A·B, C, H, W] whose block (a, b) is t[pick(a, b)], for t [M, C, H, W]: filters repeated or reused. */
export function gatherFilters(t: Tensor64, A: number, B: number, pick: (a: number, b: number) => number): Tensor64 {
  const [, C, H, W] = t.shape;
  const size = C * H * W;
  const data = new Float64Array(A * B * size);
  const err = new Float64Array(data.length);
  for (let a = 0; a < A; a++) {
    for (let b = 0; b < B; b++) {
      const from = pick(a, b) * size;
      data.set(t.data.subarray(from, from + size), (a * B + b) * size);
      err.set(t.err.subarray(from, from + size), (a * B + b) * size);
    }
  }
  return fromParts([A, B * C, H, W], data, err, t.depth);
}

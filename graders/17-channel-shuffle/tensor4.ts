import { fromParts, type Tensor64 } from '../kit/tensor';

// Moves of 4-D float64 tensors the oracle needs around kit/tensor's conv2d:
// every value is copied with its error bound, every zero added is exact.

/**
 * [A, B, H, W] whose map (a, b) is map from(a, b) of t [·, ·, H, W]: channels
 * permuted, repeated or picked (the shuffle, a weight's block diagonal).
 */
export function gatherMaps(
  t: Tensor64,
  [A, B]: readonly [number, number],
  from: (a: number, b: number) => readonly [number, number],
): Tensor64 {
  const [, T, H, W] = t.shape;
  const size = H * W;
  const data = new Float64Array(A * B * size);
  const err = new Float64Array(data.length);
  for (let a = 0; a < A; a++) {
    for (let b = 0; b < B; b++) {
      const [fa, fb] = from(a, b);
      const src = (fa * T + fb) * size;
      data.set(t.data.subarray(src, src + size), (a * B + b) * size);
      err.set(t.err.subarray(src, src + size), (a * B + b) * size);
    }
  }
  return fromParts([A, B, H, W], data, err, t.depth);
}

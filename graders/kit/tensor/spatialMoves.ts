import { fromParts, type Tensor64 } from './tensor64';

// Moves of 4-D float64 tensors [A, B, H, W] that a convolution's backward
// needs around conv2d (a stride undone, a kernel turned, a border cut): every
// value is copied with its error bound, every zero added is exact.

/** t [A, B, H, W] with s − 1 exact zeros between rows and between columns, then zero rows and columns around. */
export function dilatePad(
  t: Tensor64,
  s: number,
  [top, bottom]: readonly [number, number],
  [left, right]: readonly [number, number],
): Tensor64 {
  const [A, B, H, W] = t.shape;
  const Hd = (H - 1) * s + 1 + top + bottom;
  const Wd = (W - 1) * s + 1 + left + right;
  const data = new Float64Array(A * B * Hd * Wd);
  const err = new Float64Array(data.length);
  for (let ab = 0; ab < A * B; ab++) {
    for (let i = 0; i < H; i++) {
      for (let j = 0; j < W; j++) {
        const from = (ab * H + i) * W + j;
        const to = (ab * Hd + top + i * s) * Wd + left + j * s;
        data[to] = t.data[from];
        err[to] = t.err[from];
      }
    }
  }
  return fromParts([A, B, Hd, Wd], data, err, t.depth);
}

/** The top-left rows × cols of every map of t [A, B, H, W]. */
export function crop(t: Tensor64, rows: number, cols: number): Tensor64 {
  const [A, B, H, W] = t.shape;
  const data = new Float64Array(A * B * rows * cols);
  const err = new Float64Array(data.length);
  for (let ab = 0; ab < A * B; ab++) {
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        data[(ab * rows + i) * cols + j] = t.data[(ab * H + i) * W + j];
        err[(ab * rows + i) * cols + j] = t.err[(ab * H + i) * W + j];
      }
    }
  }
  return fromParts([A, B, rows, cols], data, err, t.depth);
}

/** Every kH×kW map of w [A, B, kH, kW] turned by 180°: the transposed convolution's kernel. */
export function flip(w: Tensor64): Tensor64 {
  const [A, B, H, W] = w.shape;
  const data = new Float64Array(w.data.length);
  const err = new Float64Array(w.data.length);
  for (let ab = 0; ab < A * B; ab++) {
    for (let i = 0; i < H; i++) {
      for (let j = 0; j < W; j++) {
        data[(ab * H + i) * W + j] = w.data[(ab * H + H - 1 - i) * W + W - 1 - j];
        err[(ab * H + i) * W + j] = w.err[(ab * H + H - 1 - i) * W + W - 1 - j];
      }
    }
  }
  return fromParts(w.shape, data, err, w.depth);
}

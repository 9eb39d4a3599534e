import { indexOf, sizeOf } from './nested';

/** Row-major strides of a shape: the offset step of each axis. */
export function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    strides[d] = s;
    s *= shape[d];
  }
  return strides;
}

/** The row-major offset of a multi-index: [1, 2] in [2, 3] is 5. */
export function offsetOf(index: readonly number[], shape: readonly number[]): number {
  let off = 0;
  for (let d = 0; d < shape.length; d++) off = off * shape[d] + index[d];
  return off;
}

/** Calls f for every multi-index of `shape` in row-major order (a conv's loops over N, C, H, W in one line). */
export function forEachIndex(shape: readonly number[], f: (index: readonly number[], offset: number) => void): void {
  const n = sizeOf(shape);
  for (let k = 0; k < n; k++) f(indexOf(k, shape), k);
}

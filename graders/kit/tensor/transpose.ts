import { indexOf, sizeOf } from './nested';
import type { Tensor64 } from './tensor64';

/**
 * Axes permuted: axis d of the result is axis perm[d] of x. The default
 * swaps the last two axes (a matrix transpose, batched). Exact.
 */
export function transpose(x: Tensor64, perm?: readonly number[]): Tensor64 {
  const rank = x.shape.length;
  const p = perm ?? [...Array.from({ length: Math.max(rank - 2, 0) }, (_, i) => i), rank - 1, rank - 2].slice(-rank);
  if (p.length !== rank || [...p].sort((a, b) => a - b).some((v, i) => v !== i)) {
    throw new RangeError(
      `transpose: [${p.join(', ')}] is not a permutation of the ${rank} axes of [${x.shape.join(', ')}]`,
    );
  }
  const shape = p.map((d) => x.shape[d]);
  const strides = new Array<number>(rank);
  let s = 1;
  for (let d = rank - 1; d >= 0; d--) {
    strides[d] = s;
    s *= x.shape[d];
  }
  const n = sizeOf(shape);
  const data = new Float64Array(n);
  const err = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const index = indexOf(k, shape);
    let from = 0;
    for (let d = 0; d < rank; d++) from += index[d] * strides[p[d]];
    data[k] = x.data[from];
    err[k] = x.err[from];
  }
  return { shape, data, err, depth: x.depth };
}

/** The same elements in row-major order under another shape (one size may be −1: inferred). Exact. */
export function reshape(x: Tensor64, shape: readonly number[]): Tensor64 {
  const known = shape.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
  const out = shape.map((d) => (d === -1 ? x.data.length / known : d));
  if (sizeOf(out) !== x.data.length || !out.every(Number.isInteger)) {
    throw new RangeError(`reshape: [${x.shape.join(', ')}] has ${x.data.length} elements, not [${shape.join(', ')}]`);
  }
  return { shape: out, data: x.data, err: x.err, depth: x.depth };
}

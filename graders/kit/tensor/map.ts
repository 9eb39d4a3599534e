import type { Tensor64 } from './tensor64';

/**
 * f element-wise, for values only: a mistake's output, a quantity no
 * reference computes. Its error is unknown (NaN), so it cannot be taken for
 * a tolerance by accident (bounds.ts turns NaN into NaN, and every
 * comparison with a NaN bound fails).
 */
export function map(x: Tensor64, f: (v: number, offset: number) => number): Tensor64 {
  const data = new Float64Array(x.data.length);
  for (let k = 0; k < data.length; k++) data[k] = f(x.data[k], k);
  return { shape: x.shape, data, err: new Float64Array(data.length).fill(Number.NaN), depth: x.depth };
}

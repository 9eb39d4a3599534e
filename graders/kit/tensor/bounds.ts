import type { Tensor64 } from './tensor64';
import { FLOAT64_UNIT_ROUNDOFF } from './tolerance';

/**
 * Absolute error bounds, element by element, of a computation carried out
 * with unit roundoff `u` (2⁻²⁴ for float32; a GPU backend's measured value):
 * u·e/(1 − depth·u). The first-order bound e (tensor64.ts) neglects products
 * of error terms; over a chain of `depth` roundings these add at most a
 * factor 1/(1 − depth·u) (Higham, Lemma 3.1), which makes the bound rigorous
 * for the formula the tensor was computed with.
 */
export function bounds(t: Tensor64, u: number): Float64Array {
  const nu = t.depth * u;
  if (!(nu < 0.5)) {
    throw new RangeError(
      `bounds: ${t.depth} roundings leave no significant digit at unit roundoff ${u} (depth·u = ${nu})`,
    );
  }
  const factor = u / (1 - nu);
  return t.err.map((e) => e * factor);
}

/**
 * Bounds for comparing two float64 computations of the same quantity (the
 * learner's against the oracle's, or the learner's against itself after a
 * permutation): both round, each within the float64 version of the bound.
 */
export function float64Bounds(t: Tensor64): Float64Array {
  return bounds(t, FLOAT64_UNIT_ROUNDOFF).map((b) => 2 * b);
}

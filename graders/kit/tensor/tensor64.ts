import { flatten, type Nested, shapeOf, sizeOf, unflatten } from './nested';

/**
 * A float64 tensor that carries, element by element, a first-order bound on
 * how far a float32 computation of the same formula can be from it: the
 * running error analysis of Wilkinson and Higham (*Accuracy and Stability of
 * Numerical Algorithms*, §3.3), done by the ops of this folder as they
 * compute. A kata writes its float64 oracle once with these ops and gets its
 * tolerance against the float32 reference with it (bounds.ts): no error
 * algebra per kata.
 */
export interface Tensor64 {
  readonly shape: readonly number[];
  /** Row-major values. */
  readonly data: Float64Array;
  /**
   * Bound on |float32 result − float64 result| per element, in units of the
   * float32 unit roundoff u (tolerance.ts): multiply by u to get an absolute
   * error. First order: products of two error terms are left to `depth`.
   */
  readonly err: Float64Array;
  /** Roundings on the longest chain of operations: bounds.ts turns the first-order bound into a rigorous one with it. */
  readonly depth: number;
}

export interface TensorConstraints {
  /**
   * The values are exact in float32 (labels, 0/1 masks, small integers): no
   * rounding error when the reference reads them. Default false: an input
   * such as 0.01 is rounded to the nearest float32 on its way in.
   */
  readonly exact?: boolean;
}

/** A tensor from nested arrays (or a number, rank 0), with the error of reading it into float32. */
export function tensor64(x: Nested, { exact = false }: TensorConstraints = {}): Tensor64 {
  const data = Float64Array.from(flatten(x));
  const err = exact ? new Float64Array(data.length) : data.map(Math.abs);
  return { shape: shapeOf(x), data, err, depth: exact ? 0 : 1 };
}

/** A scalar constant as the reference reads it: √(2/π) is rounded to float32, 2 is not. */
export function scalar64(value: number): Tensor64 {
  return tensor64(value, { exact: Math.fround(value) === value });
}

/** A tensor from raw parts, checked to agree with its shape. */
export function fromParts(shape: readonly number[], data: Float64Array, err: Float64Array, depth: number): Tensor64 {
  const n = sizeOf(shape);
  if (data.length !== n || err.length !== n) {
    throw new RangeError(
      `fromParts: shape [${shape.join(', ')}] needs ${n} values, got ${data.length} and ${err.length}`,
    );
  }
  return { shape: [...shape], data, err, depth };
}

/** The values as nested arrays (a number for rank 0). */
export function toNested(t: Tensor64): Nested {
  return t.shape.length === 0 ? t.data[0] : unflatten(t.data, t.shape);
}

/** A tensor's value at a row-major offset, for rank-0 results: `item(loss)`. */
export function item(t: Tensor64, offset = 0): number {
  return t.data[offset];
}

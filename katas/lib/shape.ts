/** Nested arrays of numbers, the tensors of every kata: `number[][]` is `[rows, cols]`. */
export type Matrix = number[][];
export type Tensor4 = number[][][][];

/** The shape of a (non-ragged) nested array, outermost dimension first. */
export function shapeOf(x: unknown): number[] {
  const shape: number[] = [];
  let level: unknown = x;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0];
  }
  return shape;
}

/** A tensor of the given shape filled with `value` (0 unless given). */
export function full(shape: readonly number[], value: number): any {
  if (shape.length === 0) return value;
  const [n, ...rest] = shape;
  return Array.from({ length: n }, () => full(rest, value));
}

export function zeros(shape: readonly number[]): any {
  return full(shape, 0);
}

export function ones(shape: readonly number[]): any {
  return full(shape, 1);
}

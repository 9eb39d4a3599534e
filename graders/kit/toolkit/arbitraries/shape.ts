import fc from 'fast-check';

export interface DimConstraints {
  /** Default 1. */
  readonly min?: number;
  /** Default 6: small tensors shrink to readable counterexamples. */
  readonly max?: number;
}

/** One dimension size, shrinking towards `min`. */
export function dim({ min = 1, max = 6 }: DimConstraints = {}): fc.Arbitrary<number> {
  if (!(Number.isInteger(min) && Number.isInteger(max) && 0 <= min && min <= max)) {
    throw new RangeError(`dim: need integers 0 ≤ min ≤ max, got min=${min}, max=${max}`);
  }
  return fc.integer({ min, max });
}

/** A shape of the given rank, each dimension drawn by `dim`. */
export function shape(rank: number, constraints: DimConstraints = {}): fc.Arbitrary<number[]> {
  if (!(Number.isInteger(rank) && rank >= 0))
    throw new RangeError(`shape: rank must be a non-negative integer, got ${rank}`);
  return fc.tuple(...Array.from({ length: rank }, () => dim(constraints)));
}

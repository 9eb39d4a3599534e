import fc from 'fast-check';
import { type Nested, sizeOf, unflatten } from '../../tensor/nested';
import { type BoundedFloatConstraints, boundedFloat } from './boundedFloat';

/** A nested array of exactly this shape, elements drawn by `boundedFloat`. */
export function tensor(shape: readonly number[], constraints: BoundedFloatConstraints = {}): fc.Arbitrary<any> {
  if (!shape.every((d) => Number.isInteger(d) && d >= 0)) {
    throw new RangeError(`tensor: shape must be non-negative integers, got [${shape.join(', ')}]`);
  }
  const n = sizeOf(shape);
  return fc
    .array(boundedFloat(constraints), { minLength: n, maxLength: n })
    .map((flat): Nested => unflatten(flat, shape));
}

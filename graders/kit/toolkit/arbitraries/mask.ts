import fc from 'fast-check';
import { sizeOf, unflatten } from '../../tensor/nested';

export interface MaskConstraints {
  /**
   * Makes every row along the last axis keep at
   * least one 1 (no fully hidden attention row). Default false.
   */
  readonly oneVisiblePerRow?: boolean;
}

/** A 0/1 tensor of this shape: attention masks (0 = hidden) and multi-label targets. */
export function mask(shape: readonly number[], { oneVisiblePerRow = false }: MaskConstraints = {}): fc.Arbitrary<any> {
  const n = sizeOf(shape);
  const last = shape[shape.length - 1] ?? 1;
  return fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }).map((flat) => {
    const bits = [...flat];
    if (oneVisiblePerRow && last > 0) {
      for (let row = 0; row < n / last; row++) {
        const start = row * last;
        if (!bits.slice(start, start + last).includes(1)) bits[start] = 1;
      }
    }
    return unflatten(bits, shape);
  });
}

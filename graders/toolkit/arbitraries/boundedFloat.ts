import fc from 'fast-check';
import { KINK_MARGIN } from '../tolerance';

export interface BoundedFloatConstraints {
  /** Default −10. */
  readonly min?: number;
  /** Default 10. */
  readonly max?: number;
  /**
   * Kinks to stay away from (0 for ReLU): a sample closer than `margin` is
   * pushed out to exactly `margin` away, so finite differences never
   * straddle the kink. Default none.
   */
  readonly awayFrom?: readonly number[];
  /** Default KINK_MARGIN (tolerance.ts). */
  readonly margin?: number;
  /**
   * Magnitudes below this become exactly 0. Default 2⁻¹⁰: the float32
   * reference flushes what float64 still represents (a product of two 1e-30s,
   * any subnormal), so tinier inputs would test float32's range, not the
   * learner's math. Zero itself stays a frequent, useful sample.
   */
  readonly minMagnitude?: number;
}

/** A finite double in [min, max] (no NaN, no ±Infinity, no −0), shrinking towards 0. */
export function boundedFloat(constraints: BoundedFloatConstraints = {}): fc.Arbitrary<number> {
  const { min = -10, max = 10, awayFrom = [], margin = KINK_MARGIN, minMagnitude = 2 ** -10 } = constraints;
  if (!(Number.isFinite(min) && Number.isFinite(max) && min < max)) {
    throw new RangeError(`boundedFloat: need finite min < max, got min=${min}, max=${max}`);
  }
  if (!(margin >= 0) || awayFrom.some((k) => k - margin <= min && k + margin >= max)) {
    throw new RangeError(`boundedFloat: margin ${margin} around ${awayFrom.join(', ')} leaves nothing of [${min}, ${max}]`);
  }
  const base = fc
    .double({ min, max, noNaN: true, noDefaultInfinity: true })
    .map((x) => (Math.abs(x) < minMagnitude && min <= 0 && max >= 0 ? 0 : x));
  if (awayFrom.length === 0) return base;
  return base.map((x) => {
    for (const k of awayFrom) {
      if (Math.abs(x - k) < margin) {
        const pushed = x >= k ? k + margin : k - margin;
        return pushed > max || pushed < min ? (x >= k ? k - margin : k + margin) : pushed;
      }
    }
    return x;
  });
}

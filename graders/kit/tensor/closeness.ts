/** How two equally shaped arrays of numbers compare under per-element bounds. */
export interface Closeness {
  /** Row-major offset of the element furthest outside (or closest to) its bound. */
  readonly worst: number;
  readonly got: number;
  readonly expected: number;
  /** The worst |got − expected| over its bound: ≤ 1 passes. Infinity for a NaN or an infinity that is not expected. */
  readonly ratio: number;
  readonly bound: number;
}

/**
 * Element-wise comparison: |gotᵢ − expectedᵢ| ≤ boundᵢ. A zero bound accepts
 * only an exact match; equal infinities match.
 */
export function closeness(got: ArrayLike<number>, expected: ArrayLike<number>, bound: ArrayLike<number>): Closeness {
  if (got.length !== expected.length || bound.length !== expected.length) {
    throw new RangeError(`closeness: ${got.length} values, ${expected.length} expected and ${bound.length} bounds`);
  }
  let worst = 0;
  let ratio = -1;
  for (let i = 0; i < expected.length; i++) {
    const g = got[i];
    const e = expected[i];
    const diff = g === e ? 0 : Math.abs(g - e);
    const r = diff === 0 ? 0 : bound[i] > 0 ? diff / bound[i] : Number.POSITIVE_INFINITY;
    const checked = Number.isNaN(r) ? Number.POSITIVE_INFINITY : r;
    if (checked > ratio) {
      ratio = checked;
      worst = i;
    }
  }
  return { worst, got: got[worst], expected: expected[worst], ratio: Math.max(ratio, 0), bound: bound[worst] };
}

import { sizeOf } from './nested';

/** The shape of a ∘ b under NumPy broadcasting (trailing axes line up; a size-1 axis stretches). */
export function broadcastShape(a: readonly number[], b: readonly number[], op = 'broadcast'): number[] {
  const rank = Math.max(a.length, b.length);
  const out = new Array<number>(rank);
  for (let i = 1; i <= rank; i++) {
    const x = a[a.length - i] ?? 1;
    const y = b[b.length - i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) {
      throw new RangeError(`${op}: shapes [${a.join(', ')}] and [${b.join(', ')}] do not broadcast`);
    }
    out[rank - i] = x === 1 ? y : x;
  }
  return out;
}

/**
 * For each element of the broadcast shape, the offset it reads in a tensor
 * of shape `from` (a size-1 or missing axis always reads index 0).
 */
export function broadcastOffsets(from: readonly number[], to: readonly number[]): Int32Array {
  const n = sizeOf(to);
  const offsets = new Int32Array(n);
  const lead = to.length - from.length;
  const strides = new Array<number>(from.length);
  let s = 1;
  for (let d = from.length - 1; d >= 0; d--) {
    strides[d] = from[d] === 1 ? 0 : s;
    s *= from[d];
  }
  const index = new Array<number>(to.length).fill(0);
  for (let k = 0; k < n; k++) {
    let off = 0;
    for (let d = 0; d < from.length; d++) off += index[d + lead] * strides[d];
    offsets[k] = off;
    for (let d = to.length - 1; d >= 0; d--) {
      if (++index[d] < to[d]) break;
      index[d] = 0;
    }
  }
  return offsets;
}

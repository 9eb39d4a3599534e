import { div } from './binary';
import { sumError } from './rounding';
import type { Tensor64 } from './tensor64';

export interface ReduceConstraints {
  /** The axis reduced (negative counts from the end); default: every element. */
  readonly axis?: number;
  /** Keep the reduced axis with size 1, so the result broadcasts against the input. Default false. */
  readonly keepDims?: boolean;
}

interface Lanes {
  readonly shape: number[];
  readonly count: number;
  readonly length: number;
  /** Offset of element j of lane i. */
  readonly at: (i: number, j: number) => number;
}

/** The input seen as `count` lanes of `length` elements along the reduced axis. */
function lanesOf(x: Tensor64, { axis, keepDims = false }: ReduceConstraints, op: string): Lanes {
  if (axis === undefined) {
    return { shape: keepDims ? x.shape.map(() => 1) : [], count: 1, length: x.data.length, at: (_i, j) => j };
  }
  const d = axis < 0 ? x.shape.length + axis : axis;
  if (!(Number.isInteger(d) && d >= 0 && d < x.shape.length)) {
    throw new RangeError(`${op}: axis ${axis} is out of range for shape [${x.shape.join(', ')}]`);
  }
  const length = x.shape[d];
  let inner = 1;
  for (let k = d + 1; k < x.shape.length; k++) inner *= x.shape[k];
  let outer = 1;
  for (let k = 0; k < d; k++) outer *= x.shape[k];
  const shape = keepDims ? x.shape.map((s, k) => (k === d ? 1 : s)) : x.shape.filter((_, k) => k !== d);
  return {
    shape,
    count: outer * inner,
    length,
    at: (i, j) => Math.floor(i / inner) * length * inner + j * inner + (i % inner),
  };
}

/** Σ along an axis (or of everything). */
export function sum(x: Tensor64, c: ReduceConstraints = {}): Tensor64 {
  const l = lanesOf(x, c, 'sum');
  const data = new Float64Array(l.count);
  const err = new Float64Array(l.count);
  for (let i = 0; i < l.count; i++) {
    let s = 0;
    let terms = 0;
    let abs = 0;
    for (let j = 0; j < l.length; j++) {
      const k = l.at(i, j);
      s += x.data[k];
      terms += x.err[k];
      abs += Math.abs(x.data[k]);
    }
    data[i] = s;
    err[i] = sumError(terms, abs, l.length);
  }
  return { shape: l.shape, data, err, depth: x.depth + Math.max(l.length - 1, 0) };
}

/** The mean along an axis (or of everything): the sum divided by the count, as tfjs computes it. */
export function mean(x: Tensor64, c: ReduceConstraints = {}): Tensor64 {
  const n = c.axis === undefined ? x.data.length : x.shape[c.axis < 0 ? x.shape.length + c.axis : c.axis];
  return div(sum(x, c), n);
}

/** The largest element along an axis: exact, and its error is that of whichever element may be the largest. */
export function max(x: Tensor64, c: ReduceConstraints = {}): Tensor64 {
  const l = lanesOf(x, c, 'max');
  const data = new Float64Array(l.count);
  const err = new Float64Array(l.count);
  for (let i = 0; i < l.count; i++) {
    let m = Number.NEGATIVE_INFINITY;
    let e = 0;
    for (let j = 0; j < l.length; j++) {
      const k = l.at(i, j);
      if (x.data[k] > m) m = x.data[k];
      if (x.err[k] > e) e = x.err[k];
    }
    data[i] = m;
    err[i] = e;
  }
  return { shape: l.shape, data, err, depth: x.depth };
}

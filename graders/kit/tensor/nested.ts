import { shapeOf as learnerShapeOf } from '../../../katas/lib/shape';

/** A tensor as learner code sees it: a number or a nested array of them. */
export type Nested = number | Nested[];

/** The shape of a (non-ragged) nested array: the learner's own helper, one implementation. */
export function shapeOf(x: Nested): number[] {
  return learnerShapeOf(x);
}

export function flatten(x: Nested): number[] {
  if (!Array.isArray(x)) return [x];
  const out: number[] = [];
  const walk = (v: Nested): void => {
    if (Array.isArray(v)) for (const e of v) walk(e);
    else out.push(v);
  };
  walk(x);
  return out;
}

export function unflatten(flat: ArrayLike<number>, shape: readonly number[]): Nested {
  let offset = 0;
  const build = (dim: number): Nested => {
    if (dim === shape.length) return flat[offset++];
    return Array.from({ length: shape[dim] }, () => build(dim + 1));
  };
  return build(0);
}

export function sizeOf(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** Row-major multi-index of a flat offset: 5 in [2, 3] is [1, 2]. */
export function indexOf(offset: number, shape: readonly number[]): number[] {
  const index = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    index[d] = offset % shape[d];
    offset = Math.floor(offset / shape[d]);
  }
  return index;
}

export function mapNested(x: Nested, f: (v: number) => number): Nested {
  return Array.isArray(x) ? x.map((e) => mapNested(e, f)) : f(x);
}

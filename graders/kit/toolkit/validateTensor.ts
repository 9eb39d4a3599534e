import { msg } from '../results/message';
import type { Nested } from '../tensor/nested';
import { type Argument, argumentAt, argumentText } from './argumentName';
import { fail } from './gradingFailure';

export interface Where {
  readonly fn: string;
  readonly argument: Argument;
}

/**
 * Checks that a learner's return value is a finite tensor of the expected
 * shape and returns it as plain nested arrays (typed arrays are accepted).
 * Each failure names the first offending position in the learner's terms.
 */
export function validateTensor(value: unknown, shape: readonly number[], { fn, argument: name }: Where): Nested {
  const where = { fn, argument: argumentText(name) };
  if (value === undefined || value === null) {
    fail({
      kind: 'shape',
      ...where,
      message: msg('check.missing-return', { argument: argumentAt(name, []), fn, value: String(value) }),
    });
  }
  const walk = (v: unknown, dim: number, index: number[]): Nested => {
    const at = argumentAt(name, index);
    if (dim === shape.length) {
      if (typeof v !== 'number') {
        const found = Array.isArray(v)
          ? msg('check.found-array', { length: v.length })
          : v === undefined
            ? 'undefined'
            : typeof v;
        fail({
          kind: 'shape',
          ...where,
          index,
          message: msg('check.not-a-number', { at, found, shape: shape.join(', ') }),
        });
      }
      if (!Number.isFinite(v)) {
        fail({
          kind: 'value',
          ...where,
          index,
          got: v,
          // What a NaN or an infinity can come from, as a fact about floats; which it was is for the diagnosis.
          message: Number.isNaN(v) ? msg('check.is-nan', { at }) : msg('check.is-infinite', { at, value: String(v) }),
        });
      }
      return v;
    }
    const arr = ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v;
    if (!Array.isArray(arr)) {
      fail({
        kind: 'shape',
        ...where,
        index,
        message: msg('check.not-an-array', {
          at,
          length: shape[dim],
          found: v === undefined ? 'undefined' : typeof v,
          shape: shape.join(', '),
        }),
      });
    }
    if (arr.length !== shape[dim]) {
      const transposed = index.length === 0 && looksTransposed(arr, shape);
      fail({
        kind: 'shape',
        ...where,
        index,
        message:
          index.length === 0
            ? msg(transposed ? 'check.wrong-shape-transposed' : 'check.wrong-shape', {
                at,
                got: describeShape(arr),
                shape: shape.join(', '),
              })
            : msg('check.wrong-length', { at, got: arr.length, length: shape[dim] }),
      });
    }
    return arr.map((e: unknown, i: number) => walk(e, dim + 1, [...index, i]));
  };
  return walk(value, 0, []);
}

function describeShape(arr: unknown[]): string {
  const shape: number[] = [];
  let level: unknown = arr;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0];
  }
  return shape.join(', ');
}

function looksTransposed(arr: unknown[], shape: readonly number[]): boolean {
  return shape.length === 2 && arr.length === shape[1] && Array.isArray(arr[0]) && arr[0].length === shape[0];
}

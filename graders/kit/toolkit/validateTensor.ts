import type { Nested } from '../tensor/nested';
import { fail } from './gradingFailure';

export interface Where {
  readonly fn: string;
  readonly argument: string;
}

/**
 * Checks that a learner's return value is a finite tensor of the expected
 * shape and returns it as plain nested arrays (typed arrays are accepted).
 * Each failure names the first offending position in the learner's terms.
 */
export function validateTensor(value: unknown, shape: readonly number[], { fn, argument }: Where): Nested {
  const where = { fn, argument };
  const label = `${where.argument} from ${where.fn}`;
  if (value === undefined || value === null) {
    fail({
      kind: 'shape',
      ...where,
      summary: `${label} is ${value} — is a return statement (or a field of the returned object) missing?`,
    });
  }
  const walk = (v: unknown, dim: number, index: number[]): Nested => {
    const at = index.length ? `${where.argument}${index.map((i) => `[${i}]`).join('')}` : where.argument;
    if (dim === shape.length) {
      if (typeof v !== 'number') {
        const kind = Array.isArray(v) ? `an array of length ${v.length}` : v === undefined ? 'undefined' : typeof v;
        fail({
          kind: 'shape',
          ...where,
          index,
          summary: `${at} should be a number but is ${kind} (expected shape [${shape.join(', ')}])`,
        });
      }
      if (!Number.isFinite(v)) {
        fail({
          kind: 'value',
          ...where,
          index,
          got: v,
          // What a NaN or an infinity can come from, as a fact about floats; which it was is for the diagnosis.
          summary: `${at} is ${v} (${Number.isNaN(v) ? 'NaN arises from 0/0, ∞ − ∞ or arithmetic on undefined' : 'an infinity arises from an overflow or a division by zero'})`,
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
        summary: `${at} should be an array of length ${shape[dim]} but is ${v === undefined ? 'undefined' : typeof v} (expected shape [${shape.join(', ')}])`,
      });
    }
    if (arr.length !== shape[dim]) {
      const got = index.length === 0 ? describeShape(arr) : `length ${arr.length}`;
      const hint = index.length === 0 && looksTransposed(arr, shape) ? ' — transposed?' : '';
      fail({
        kind: 'shape',
        ...where,
        index,
        summary: `${at} has ${got}, expected ${index.length === 0 ? `shape [${shape.join(', ')}]` : `length ${shape[dim]}`}${hint}`,
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
  return `shape [${shape.join(', ')}]`;
}

function looksTransposed(arr: unknown[], shape: readonly number[]): boolean {
  return shape.length === 2 && arr.length === shape[1] && Array.isArray(arr[0]) && arr[0].length === shape[0];
}

import { flatten, type Nested } from '../tensor/nested';
import type { FailureTensors } from './gradingFailure';

/**
 * Largest tensor a failure carries whole (elements). Failures cross from the
 * worker by structured clone and land in .kata/results.json; a heatmap of
 * 4096 cells is already more than a reader can look at.
 */
export const FAILURE_TENSOR_LIMIT = 4096;

const small = (x: Nested): boolean => flatten(x).length <= FAILURE_TENSOR_LIMIT;

/** The learner's and the reference's whole value, or nothing when either is too large to carry. */
export function failureTensors(got: Nested, expected: Nested): FailureTensors | undefined {
  return small(got) && small(expected) ? { got, expected } : undefined;
}

const isTensor = (v: unknown): v is Nested =>
  typeof v === 'number' ? Number.isFinite(v) : Array.isArray(v) && v.length > 0 && v.every(isTensor);

/**
 * The tensors among a property's input (a case object such as
 * `{ Q, K, V, mask }`), each within the limit; other fields are left out.
 */
export function tensorInputs(input: unknown): Record<string, Nested> | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const out: Record<string, Nested> = {};
  for (const [name, v] of Object.entries(input)) {
    if (Array.isArray(v) && isTensor(v) && small(v)) out[name] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

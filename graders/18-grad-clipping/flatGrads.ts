import { concat } from './oracle';

/**
 * A learner's list of tensors concatenated, when it has the input's
 * structure (one array of numbers per input tensor, of its length), for the
 * probes; anything else comes back as it is, which no prediction matches.
 */
export function flatGrads(got: unknown, like: readonly (readonly number[])[]): unknown {
  const formed =
    Array.isArray(got) &&
    got.length === like.length &&
    got.every((g, k) => Array.isArray(g) && g.length === like[k].length && g.every((v) => typeof v === 'number'));
  return formed ? concat(got as number[][]) : got;
}

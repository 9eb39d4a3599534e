import type fc from 'fast-check';
import type { Nested, Tensor64 } from '../tensor';
import type { Misconception } from './defineMisconceptions';

/** A mistake's prediction that the code throws on this case (a loop bound that runs past the end of an array). */
export const THROWS = Symbol('throws');

/** Named outputs: a tracked oracle value, or plain numbers. */
export type Outputs = Readonly<Record<string, Tensor64 | Nested>>;

/**
 * How to look at a learner's code for a diagnosis: which cases to try, what
 * the learner's functions return on one (named outputs), and the truth
 * there, from the kata's float64 oracle (whose error bounds set what "the
 * same" means).
 */
export interface Probe<K, C> {
  readonly cases: fc.Arbitrary<C>;
  /** The learner's outputs, unvalidated; throwing (callLearner does) means it threw. */
  readonly observe: (kata: K, c: C) => Readonly<Record<string, unknown>>;
  readonly truth: (c: C) => Readonly<Record<string, Tensor64>>;
}

/** A misconception as code: what a learner's functions return when they make it. */
export interface Mistake<K, C> {
  readonly misconception: Misconception;
  readonly probe: Probe<K, C>;
  /** The outputs this mistake changes, on case c (the others are not compared), or THROWS. */
  readonly predict: (c: C) => Outputs | typeof THROWS;
  /** Where the mistake shows, when the probe's cases rarely do (a softmax overflow needs large scores). */
  readonly cases?: fc.Arbitrary<C>;
}

export function probe<K, C>(p: Probe<K, C>): Probe<K, C> {
  return p;
}

/** `mistake(probe, misconception, (c) => ({ dB: transpose(truth.dB) }))`. */
export function mistake<K, C>(
  on: Probe<K, C>,
  misconception: Misconception,
  predict: Mistake<K, C>['predict'],
  cases?: fc.Arbitrary<C>,
): Mistake<K, C> {
  return { misconception, probe: on, predict, cases };
}

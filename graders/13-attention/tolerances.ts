import { referenceTolerance, type ToleranceConstraints } from '../kit/toolkit';
import { attention64 } from './attention64';
import type { Case } from './cases';
import { outputMagnitudes, referenceBudget } from './reference';

// Against the float32 reference every property uses referenceBudget
// (reference.ts, where it is derived). The budgets here are for comparing
// the learner with itself or with an exact value, in float64.

/** The float64 tolerance between two learner runs: both sides round (tolerance.ts). */
export function float64Budget(c: Case): ToleranceConstraints {
  const { ops, condition } = referenceBudget(c.Q, c.K, c.V, c.mask);
  return { ops: 2 * ops!, condition, precision: 'float64' };
}

/**
 * A weight, or a row of them, against an exact value (a row sum of 1, 0 for
 * a hidden key, 1/Sk in a fully hidden row), in float64: the score errors
 * cancel in these, leaving a sum over Sk keys on each side (the learner's
 * softmax, our row sum) and a few roundings for exp and the division.
 */
export function weightTolerance(c: Case): number {
  const Sk = c.K[0][0].length;
  return referenceTolerance({ precision: 'float64', ops: 2 * Sk + 6 });
}

/** The magnitude of the terms of each output (the absolute part of the bound), with the float64 weights. */
export function magnitudes(c: Case): ReturnType<typeof outputMagnitudes> {
  return outputMagnitudes(attention64(c).weights, c.Q, c.K, c.V, c.dout);
}

import { callLearner } from '../kit/toolkit';
import type { K } from './cases';
import type { Case, Matrix } from './oracle';

/** The learner's layerNormForward on a case (x replaced when given). */
export function runForward(kata: K, c: Case, x: Matrix = c.x): { out?: unknown; cache?: unknown } {
  return callLearner(kata, 'layerNormForward', { x, gamma: c.gamma, beta: c.beta, eps: c.eps }) ?? {};
}

/** The learner's layerNormBackward for the case's dout, on the cache of its own forward. */
export function runBackward(kata: K, c: Case): { dx?: unknown; dgamma?: unknown; dbeta?: unknown } {
  const { cache } = runForward(kata, c);
  return callLearner(kata, 'layerNormBackward', { dout: c.dout, cache }) ?? {};
}

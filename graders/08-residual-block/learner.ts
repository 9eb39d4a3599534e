import type * as Kata from '../../katas/08-residual-block/residual-block';
import { callLearner } from '../kit/toolkit';
import type { Case, Matrix } from './oracle';

export type K = typeof Kata;

const paramsOf = (c: Case) => ({ W1: c.W1, b1: c.b1, W2: c.W2, b2: c.b2 });

/** The learner's residualForward on a case (x replaced when given). */
export function runForward(kata: K, c: Case, x: Matrix = c.x): { out?: unknown; cache?: unknown } {
  return callLearner(kata, 'residualForward', { x, params: paramsOf(c) }) ?? {};
}

/** The learner's residualBackward for the case's dout, on the cache of its own forward. */
export function runBackward(
  kata: K,
  c: Case,
): { dx?: unknown; dW1?: unknown; db1?: unknown; dW2?: unknown; db2?: unknown } {
  const { cache } = runForward(kata, c);
  return callLearner(kata, 'residualBackward', { dout: c.dout, cache }) ?? {};
}

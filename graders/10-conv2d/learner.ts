import { callLearner } from '../kit/toolkit';
import type { K } from './cases';
import { type Case, paramsOf, type Tensor4 } from './oracle';

/** The learner's conv2dForward on a case (x replaced when given). */
export function runForward(kata: K, c: Case, x: Tensor4 = c.x): { out?: unknown; cache?: unknown } {
  return callLearner(kata, 'conv2dForward', { x, w: c.w, b: c.b, params: paramsOf(c) }) ?? {};
}

/** The learner's conv2dBackward for the case's dout, on the cache of its own forward. */
export function runBackward(kata: K, c: Case): { dx?: unknown; dw?: unknown; db?: unknown } {
  const { cache } = runForward(kata, c);
  return callLearner(kata, 'conv2dBackward', { dout: c.dout, cache }) ?? {};
}

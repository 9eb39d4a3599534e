import { callLearner } from '../kit/toolkit';
import type { K } from './cases';
import type { Case } from './oracle';

/** The learner's maxPoolForward on a case (x replaced when given). */
export function runMax(kata: K, c: Case, x = c.x): { out?: unknown; cache?: unknown } {
  return callLearner(kata, 'maxPoolForward', { x, params: c.params }) ?? {};
}

/** The learner's avgPoolForward on a case (x replaced when given). */
export function runAvg(kata: K, c: Case, x = c.x): { out?: unknown; cache?: unknown } {
  return callLearner(kata, 'avgPoolForward', { x, params: c.params }) ?? {};
}

/** The learner's maxPoolBackward for the case's dout, on the cache of its own forward. */
export function runMaxBackward(kata: K, c: Case): unknown {
  const { cache } = runMax(kata, c);
  return (callLearner(kata, 'maxPoolBackward', { dout: c.dout, cache }) as { dx?: unknown } | undefined)?.dx;
}

/** The learner's avgPoolBackward for the case's dout, on the cache of its own forward. */
export function runAvgBackward(kata: K, c: Case): unknown {
  const { cache } = runAvg(kata, c);
  return (callLearner(kata, 'avgPoolBackward', { dout: c.dout, cache }) as { dx?: unknown } | undefined)?.dx;
}

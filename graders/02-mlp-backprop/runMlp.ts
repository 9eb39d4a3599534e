import type * as Kata from '../../katas/02-mlp-backprop/mlp-backprop';
import { callLearner } from '../kit/toolkit';
import { type GradientName, paramsOf } from './cases';
import type { Case } from './oracle';

type K = typeof Kata;

/** What the learner returned for one case, unvalidated: expectClose checks types and shapes. */
export interface Run {
  readonly loss: unknown;
  readonly logits: unknown;
  readonly grads: Partial<Record<GradientName, unknown>>;
}

/** The learner's mlpForward on this case. */
export function runForward(kata: K, c: Case): { loss: unknown; logits: unknown; cache: unknown } {
  return callLearner(kata, 'mlpForward', { x: c.x, y: c.y, params: paramsOf(c) }) ?? {};
}

/** The learner's mlpForward, then its mlpBackward on the cache it returned. */
export function runMlp(kata: K, c: Case): Run {
  const { loss, logits, cache } = runForward(kata, c);
  return { loss, logits, grads: callLearner(kata, 'mlpBackward', { cache }) ?? {} };
}

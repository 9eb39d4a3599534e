import type * as Kata from '../../katas/13-attention/attention';
import { callLearner } from '../kit/toolkit';
import type { Case } from './cases';
import { forward } from './forward';

/** The learner's attentionBackward for the case's dout, on the cache of its own forward. */
export function backward(kata: typeof Kata, c: Case): { dQ?: unknown; dK?: unknown; dV?: unknown } | undefined {
  const { cache } = forward(kata, c);
  return callLearner(kata, 'attentionBackward', { dout: c.dout, cache });
}

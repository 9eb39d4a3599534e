import type * as Kata from '../../katas/13-attention/attention';
import { callLearner, fail, type Nested, shapeOf } from '../kit/toolkit';
import type { Case, T4 } from './cases';
import { validated } from './validated';

/** The learner's attentionForward on a case; fails unless it returns an object. */
export function forward(kata: typeof Kata, c: Case): { out: Nested; weights: Nested; cache: unknown } {
  const r = callLearner(kata, 'attentionForward', { Q: c.Q, K: c.K, V: c.V, mask: c.mask });
  if (r === null || typeof r !== 'object') {
    fail({
      fn: 'attentionForward',
      summary: `attentionForward returned ${String(r)}; it should return { out, weights, cache }`,
    });
  }
  return r;
}

export const outShape = (c: Case): number[] => [...shapeOf(c.Q).slice(0, 3), shapeOf(c.V)[3]];
export const weightsShape = (c: Case): number[] => [...shapeOf(c.Q).slice(0, 3), shapeOf(c.K)[2]];

/** The learner's weights on a case, checked to be finite and [B, H, Sq, Sk]. */
export const weightsOf = (kata: typeof Kata, c: Case): T4 =>
  validated(forward(kata, c).weights, weightsShape(c), c, 'weights') as T4;

/** The learner's out on a case, checked to be finite and [B, H, Sq, d_v]. */
export const outOf = (kata: typeof Kata, c: Case): T4 => validated(forward(kata, c).out, outShape(c), c, 'out') as T4;

import type * as Kata from '../../katas/14-multi-head-attention/multi-head-attention';

import { callLearner, fail } from '../kit/toolkit';
import type { Case } from './cases';
import text from './messages';

export type K = typeof Kata;

export const paramsOf = (c: Case) => ({
  Wq: c.Wq,
  Wk: c.Wk,
  Wv: c.Wv,
  Wo: c.Wo,
  bq: c.bq,
  bk: c.bk,
  bv: c.bv,
  bo: c.bo,
});

/** `causal` passed only when the case has it: left out, it must default to false. */
const optionsOf = (c: Case) => (c.causal === undefined ? { heads: c.heads } : { heads: c.heads, causal: c.causal });

/** The learner's mhaForward on a case; fails unless it returns an object. */
export function runForward(kata: K, c: Case): { out?: unknown; weights?: unknown; cache?: unknown } {
  const r = callLearner(kata, 'mhaForward', {
    query: c.query,
    key: c.key,
    value: c.value,
    params: paramsOf(c),
    options: optionsOf(c),
  });
  if (r === null || typeof r !== 'object') {
    fail({ kind: 'shape', fn: 'mhaForward', message: text['not-an-object']({ value: String(r) }) });
  }
  return r;
}

/** The learner's mhaBackward for the case's dout, on the cache of its own forward. */
export function runBackward(kata: K, c: Case): Record<string, unknown> {
  const { cache } = runForward(kata, c);
  return callLearner(kata, 'mhaBackward', { dout: c.dout, cache }) ?? {};
}

import { callLearner, fail } from '../kit/toolkit';
import type { Grads, K } from './cases';
import text from './messages';
import type { NormCase } from './oracle';

/**
 * Both functions leave the caller's arrays as they were (callLearner reports
 * a modified input) and return arrays of their own: called directly, no
 * returned tensor may be the caller's array itself — a copy that the caller
 * then updates would change the other too.
 */
export function expectFreshArrays(kata: K, c: NormCase): void {
  const clipValue = c.maxNorm;
  callLearner(kata, 'clipGradNorm', { grads: c.grads, maxNorm: c.maxNorm });
  callLearner(kata, 'clipGradValue', { grads: c.grads, clipValue });
  const check = (fn: 'clipGradNorm' | 'clipGradValue', returned: (input: Grads) => unknown) => {
    const input = c.grads.map((g) => [...g]);
    const out = returned(input);
    if (!Array.isArray(out)) return;
    const k = input.findIndex((g) => out.includes(g));
    if (k !== -1 || out === input)
      fail({ fn, kind: 'rule', rule: 'fresh-arrays', message: text.aliased({ fn, k: Math.max(k, 0) }) });
  };
  check('clipGradNorm', (input) => kata.clipGradNorm(input, c.maxNorm)?.grads);
  check('clipGradValue', (input) => kata.clipGradValue(input, clipValue));
}

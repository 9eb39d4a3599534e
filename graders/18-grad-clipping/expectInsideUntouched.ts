import { callLearner, fail, fmt } from '../kit/toolkit';
import type { K } from './cases';
import { same } from './expectUnchanged';
import { gradsOf } from './learnerClip';
import text from './messages';
import type { ValueCase } from './oracle';

/**
 * clipGradValue leaves |g| ≤ clipValue exactly as it was, and is idempotent:
 * clipping its own output again returns it unchanged, element by element.
 */
export function expectInsideUntouched(kata: K, { grads, clipValue }: ValueCase): void {
  const once = gradsOf(callLearner(kata, 'clipGradValue', { grads, clipValue }), grads, 'clipGradValue');
  grads.forEach((g, k) => {
    g.forEach((v, i) => {
      if (Math.abs(v) <= clipValue && !same(once[k][i], v)) {
        fail({
          fn: 'clipGradValue',
          argument: 'out',
          index: [k, i],
          got: once[k][i],
          expected: v,
          message: text['changed-inside']({
            at: `[${k}][${i}]`,
            value: fmt(v),
            c: fmt(clipValue),
            got: fmt(once[k][i]),
          }),
        });
      }
    });
  });
  const twice = gradsOf(callLearner(kata, 'clipGradValue', { grads: once, clipValue }), grads, 'clipGradValue');
  once.forEach((o, k) => {
    o.forEach((v, i) => {
      if (!same(twice[k][i], v)) {
        fail({
          fn: 'clipGradValue',
          argument: 'out',
          index: [k, i],
          got: twice[k][i],
          expected: v,
          message: text['not-idempotent']({
            c: fmt(clipValue),
            at: `[${k}][${i}]`,
            once: fmt(v),
            twice: fmt(twice[k][i]),
          }),
        });
      }
    });
  });
}

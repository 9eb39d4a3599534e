import { callLearner, fail, fmt, GradingFailure } from '../kit/toolkit';
import type { K, NegativeCase } from './cases';
import text from './messages';

/** A negative bound must be refused: any Error counts (its wording is the learner's), returning does not. */
export function expectRefused(kata: K, { fn, grads, bound }: NegativeCase): void {
  const name = fn === 'clipGradNorm' ? 'maxNorm' : 'clipValue';
  try {
    callLearner(kata, fn, { grads, [name]: bound });
  } catch (err) {
    // callLearner reports the learner's own throw as an exception; anything else (a modified input) stands.
    if (err instanceof GradingFailure && err.detail.kind === 'exception') return;
    throw err;
  }
  fail({
    fn,
    kind: 'rule',
    rule: 'negative-bound-refused',
    message: text['not-refused']({ fn, name, bound: fmt(bound) }),
  });
}

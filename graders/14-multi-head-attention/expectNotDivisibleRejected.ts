import { fail, GradingFailure } from '../kit/toolkit';
import type { Case } from './cases';
import { type K, runForward } from './learner';
import text from './messages';

/**
 * d_model = heads·d_head: with a d_model that heads does not divide there is
 * no split into equal heads (PyTorch: "embed_dim must be divisible by
 * num_heads"); so must the learner throw. Any error counts: its wording is the learner's.
 */
export function expectNotDivisibleRejected(kata: K, c: Case): void {
  try {
    runForward(kata, c);
  } catch (err) {
    // callLearner reports the learner's own throw as an exception; anything else (a modified input) stands.
    if (err instanceof GradingFailure && err.detail.kind === 'exception') return;
    throw err;
  }
  fail({
    fn: 'mhaForward',
    kind: 'rule',
    rule: 'heads-divide-d-model',
    message: text['not-divisible-accepted']({ d: c.Wq.length, heads: c.heads }),
  });
}

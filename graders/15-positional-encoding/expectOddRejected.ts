import { callLearner, fail, GradingFailure } from '../kit/toolkit';
import type { EncodingCase, K } from './cases';
import text from './messages';

/** An odd d leaves the last sin without its cos: the learner must throw (any error; its wording is theirs). */
export function expectOddRejected(kata: K, { length, d }: EncodingCase): void {
  try {
    callLearner(kata, 'sinusoidalEncoding', { length, d });
  } catch (err) {
    // callLearner reports the learner's own throw as an exception; anything else (a modified input) stands.
    if (err instanceof GradingFailure && err.detail.kind === 'exception') return;
    throw err;
  }
  fail({
    fn: 'sinusoidalEncoding',
    kind: 'rule',
    rule: 'odd-d-rejected',
    message: text['odd-d-accepted']({ length, d }),
  });
}

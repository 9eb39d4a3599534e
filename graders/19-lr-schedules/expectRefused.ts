import { callLearner, fail, fmt, GradingFailure } from '../kit/toolkit';
import type { InvalidCall, K } from './cases';
import { optionsText } from './learner';
import text from './messages';

/** A call the contract refuses must throw: any Error counts (its wording is the learner's), returning does not. */
export function expectRefused(kata: K, call: InvalidCall): void {
  let got: unknown;
  try {
    got = callLearner(kata, call.fn, { t: call.t, options: call.options });
  } catch (err) {
    // callLearner reports the learner's own throw as an exception; anything else (a modified input) stands.
    if (err instanceof GradingFailure && err.detail.kind === 'exception') return;
    throw err;
  }
  fail({
    fn: call.fn,
    kind: 'rule',
    rule: 'invalid-arguments-throw',
    message: text[`accepted-${call.why}`]({
      fn: call.fn,
      t: call.t,
      options: optionsText(call.options),
      got: typeof got === 'number' ? fmt(got) : String(got),
    }),
  });
}

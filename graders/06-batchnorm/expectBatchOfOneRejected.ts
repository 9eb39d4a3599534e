import { fail, GradingFailure } from '../kit/toolkit';
import type { K } from './cases';
import { runTrain } from './learner';
import text from './messages';
import type { Case } from './oracle';

/**
 * A batch of one has σ² = 0 for every feature: x̂ = 0/√ε and out = β, no
 * signal, and an unbiased running variance of 0/0. PyTorch raises ("Expected
 * more than 1 value per channel when training"); so must the learner. Any
 * error counts: its wording is the learner's.
 */
export function expectBatchOfOneRejected(kata: K, c: Case): void {
  try {
    runTrain(kata, c);
  } catch (err) {
    // callLearner reports the learner's own throw as an exception; anything else (a modified input) stands.
    if (err instanceof GradingFailure && err.detail.kind === 'exception') return;
    throw err;
  }
  fail({
    fn: 'batchNormTrain',
    kind: 'rule',
    rule: 'batch-of-one-rejected',
    message: text['batch-of-one-accepted']({ features: c.x[0].length }),
  });
}

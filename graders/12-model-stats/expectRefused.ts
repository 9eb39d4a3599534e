import type { Message } from '../kit/toolkit';
import { callLearner, fail, GradingFailure } from '../kit/toolkit';
import type { K, LayerCase } from './cases';

/**
 * A layer PyTorch refuses to build must be refused here too: any Error
 * counts (its wording is the learner's), returning stats does not.
 */
export function expectRefused(kata: K, { layer, input }: LayerCase, accepted: Message, rule: string): void {
  try {
    callLearner(kata, 'layerStats', { layer, inputShape: input });
  } catch (err) {
    // callLearner reports the learner's own throw as an exception; anything else (a modified input) stands.
    if (err instanceof GradingFailure && err.detail.kind === 'exception') return;
    throw err;
  }
  fail({ fn: 'layerStats', kind: 'rule', rule, message: accepted });
}

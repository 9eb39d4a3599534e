import { callLearner, checkGradient, msg } from '../kit/toolkit';
import type { K, Matrix } from './cases';

type LossName = 'softmaxCrossEntropy' | 'binaryCrossEntropyWithLogits' | 'focalLoss';

/**
 * The learner's dlogits against central differences of the learner's own
 * loss. `forwardScale` is the magnitude of what the loss cancels internally
 * (toolkit/checkGradient.ts), however small the loss itself.
 */
export function expectGradientOfOwnLoss(
  kata: K,
  fn: LossName,
  args: { logits: Matrix } & Record<string, unknown>,
  forwardScale: number,
): void {
  const got = callLearner(kata, fn, args);
  checkGradient({
    fn,
    forwardName: msg('check.your-fn-loss', { fn }),
    inputs: { logits: args.logits },
    forwardScale,
    forward: (x) => callLearner(kata, fn, { ...args, logits: x.logits })?.loss,
    dout: 1,
    gradients: { logits: got?.dlogits },
  });
}

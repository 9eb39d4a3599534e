import { fail, GradingFailure } from '../kit/toolkit';
import type { K } from './cases';
import { runForward } from './learner';
import text from './messages';
import { type Case, outputSize, shape4 } from './oracle';

/**
 * A kernel whose dilated reach d(k − 1) + 1 exceeds the padded input leaves
 * no window: PyTorch raises ("Output size is too small"), so must the
 * learner. Any error counts: its wording is the learner's.
 */
export function expectEmptyRejected(kata: K, c: Case): void {
  try {
    runForward(kata, c);
  } catch (err) {
    // callLearner reports the learner's own throw as an exception; anything else (a modified input) stands.
    if (err instanceof GradingFailure && err.detail.kind === 'exception') return;
    throw err;
  }
  const [, , H, W] = shape4(c.x);
  const [, , kH, kW] = shape4(c.w);
  const [Ho, Wo] = outputSize(c);
  fail({
    fn: 'conv2dForward',
    kind: 'rule',
    rule: 'empty-output-rejected',
    message: text['empty-output-accepted']({
      H,
      W,
      kH,
      kW,
      stride: c.stride,
      padding: c.padding,
      dilation: c.dilation,
      Ho,
      Wo,
    }),
  });
}

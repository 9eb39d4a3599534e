import { callLearner, checkGradient, msg } from '../kit/toolkit';
import { type K, type Matrix, magnitude } from './cases';

/**
 * The learner's dpred against central differences of the learner's own
 * loss. r = p − t cancels inputs of magnitude M, and r² or δ·|r| are then
 * at most (2M)², however small the loss itself (toolkit/checkGradient.ts,
 * forwardScale).
 */
export function expectGradientOfOwnLoss(
  kata: K,
  fn: 'mse' | 'huber',
  args: { pred: Matrix; target: Matrix; delta?: number },
): void {
  const got = callLearner(kata, fn, args);
  const m = magnitude(args.pred, args.target, args.delta ?? 1);
  checkGradient({
    fn,
    forwardName: msg('check.your-fn-loss', { fn }),
    inputs: { pred: args.pred },
    forwardScale: (2 * m) ** 2,
    forward: (x) => callLearner(kata, fn, { ...args, pred: x.pred })?.loss,
    dout: 1,
    gradients: { pred: got?.dpred },
  });
}

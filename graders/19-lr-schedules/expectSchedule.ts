import { float64Bounds, type Tensor64, toNested } from '../kit/tensor';
import { expectClose } from '../kit/toolkit';
import { type K, optionsOf } from './cases';
import { learnerSchedule, optionsText } from './learner';
import text from './messages';
import { type Case, oracles, type ScheduleFn } from './oracle';

/**
 * The learner's `fn` over the configuration's steps, validated and within
 * the oracle's float64 bounds of the definition; returns the values and the
 * oracle's tensor, for the properties that look at the schedule's shape.
 */
export function expectSchedule(kata: K, fn: ScheduleFn, c: Case): { lr: number[]; truth: Tensor64 } {
  const truth = oracles[fn](c);
  const lr = expectClose(learnerSchedule(kata, fn, c), toNested(truth) as number[], {
    fn,
    argument: 'lr',
    bound: float64Bounds(truth),
    context: text['over-steps']({ fn, options: optionsText(optionsOf(fn, c)), last: c.steps - 1 }),
  }) as number[];
  return { lr, truth };
}

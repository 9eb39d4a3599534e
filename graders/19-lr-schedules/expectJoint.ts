import { sub } from '../kit/tensor';
import { fail, fmt } from '../kit/toolkit';
import { bound } from './bound';
import { type K, optionsOf } from './cases';
import { expectFloor } from './expectFloor';
import { expectWarmupRise } from './expectWarmupRise';
import { learnerValues, optionsText } from './learner';
import text from './messages';
import { at, type Case, warmupCosine64 } from './oracle';

/**
 * warmupCosine's joints: the warmup rises to baseLr at t = W; the first step
 * of the decay changes the rate by no more than the cosine's steepest slope,
 * (baseLr − minLr)·π/(2(T − W)) per step (|d/dt| of its closed form); the
 * floor is reached at T and held.
 */
export function expectJoint(kata: K, c: Case): void {
  const fn = 'warmupCosine';
  const lr = learnerValues(kata, fn, c);
  expectWarmupRise(fn, lr, c);
  const W = c.warmupSteps;
  const o = warmupCosine64(c);
  const slope = ((c.baseLr - c.minLr) * Math.PI) / (2 * (c.totalSteps - W));
  const change = Math.abs(lr[W + 1] - lr[W]);
  if (!(change <= slope + bound(sub(at(o, W + 1), at(o, W))))) {
    fail({
      fn,
      argument: 'lr',
      index: [W + 1],
      got: lr[W + 1],
      expected: o.data[W + 1],
      message: text.jump({
        options: optionsText(optionsOf(fn, c)),
        change: fmt(change),
        t: W,
        next: W + 1,
        allowed: fmt(slope),
      }),
    });
  }
  expectFloor(kata, fn, c);
}

import { fail, fmt } from '../kit/toolkit';
import { bound } from './bound';
import { optionsOf } from './cases';
import { optionsText } from './learner';
import text from './messages';
import { at, type Case, oracles } from './oracle';

/**
 * The warmup of `fn` (its values lr, already validated): 0 at t = 0,
 * strictly rising while t < W (each step adds baseLr/W, far above any
 * rounding, so strictly is exact), and baseLr at t = W. Through t = W only:
 * what comes after is the decay's.
 */
export function expectWarmupRise(fn: 'linearWarmup' | 'warmupCosine', lr: readonly number[], c: Case): void {
  const o = oracles[fn](c);
  const options = optionsText(optionsOf(fn, c));
  const W = c.warmupSteps;
  if (!(Math.abs(lr[0]) <= bound(at(o, 0)))) {
    fail({
      fn,
      argument: 'lr',
      index: [0],
      got: lr[0],
      expected: 0,
      message: text['not-start']({ fn, options, got: fmt(lr[0]), expected: fmt(0) }),
    });
  }
  const rising = (t: number) => {
    if (lr[t + 1] > lr[t]) return;
    fail({
      fn,
      argument: 'lr',
      index: [t + 1],
      got: lr[t + 1],
      expected: (c.baseLr * (t + 1)) / W,
      message: text['not-rising']({ fn, options, before: fmt(lr[t]), after: fmt(lr[t + 1]), t, next: t + 1 }),
    });
  };
  for (let t = 0; t + 1 < W; t++) rising(t);
  if (!(Math.abs(lr[W] - c.baseLr) <= bound(at(o, W)))) {
    fail({
      fn,
      argument: 'lr',
      index: [W],
      got: lr[W],
      expected: c.baseLr,
      message: text['not-base-from-w']({ fn, t: W, options, got: fmt(lr[W]), expected: fmt(c.baseLr) }),
    });
  }
  // The last step of the ramp, into baseLr: strictly up too.
  rising(W - 1);
}

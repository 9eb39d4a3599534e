import { mul, sub, tensor64 } from '../kit/tensor';
import { fail, fmt } from '../kit/toolkit';
import { bound } from './bound';
import { type K, optionsOf } from './cases';
import { learnerValues, optionsText } from './learner';
import text from './messages';
import { at, type Case, exponentialDecay64 } from './oracle';

/** ExponentialLR without its values: baseLr at t = 0, then lr(t + 1) = γ·lr(t) at every step. */
export function expectGeometric(kata: K, c: Case): void {
  const fn = 'exponentialDecay';
  const lr = learnerValues(kata, fn, c);
  const o = exponentialDecay64(c);
  const options = optionsText(optionsOf(fn, c));
  if (!(Math.abs(lr[0] - c.baseLr) <= bound(at(o, 0)))) {
    fail({
      fn,
      argument: 'lr',
      index: [0],
      got: lr[0],
      expected: c.baseLr,
      message: text['not-start']({ fn, options, got: fmt(lr[0]), expected: fmt(c.baseLr) }),
    });
  }
  const gamma = tensor64(c.gamma, { exact: true });
  for (let t = 0; t + 1 < c.steps; t++) {
    const want = c.gamma * lr[t];
    if (Math.abs(lr[t + 1] - want) <= bound(sub(at(o, t + 1), mul(gamma, at(o, t))))) continue;
    fail({
      fn,
      argument: 'lr',
      index: [t + 1],
      got: lr[t + 1],
      expected: want,
      message: text['not-gamma']({
        fn,
        options,
        before: fmt(lr[t]),
        after: fmt(lr[t + 1]),
        t,
        next: t + 1,
        ratio: fmt(lr[t + 1] / lr[t]),
        gamma: fmt(c.gamma),
      }),
    });
  }
}

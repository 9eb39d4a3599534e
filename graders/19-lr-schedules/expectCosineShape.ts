import { add, div, sub, tensor64 } from '../kit/tensor';
import { fail, fmt } from '../kit/toolkit';
import { bound } from './bound';
import { type K, optionsOf } from './cases';
import { learnerValues, optionsText } from './learner';
import text from './messages';
import { at, type Case, cosineDecay64 } from './oracle';

const fn = 'cosineDecay';

/**
 * Cosine annealing's shape without its values: baseLr at t = 0, never
 * rising, within [minLr, baseLr] at every step, and symmetric about T/2
 * ((lr(t) + lr(T − t))/2 = (baseLr + minLr)/2, since cos(π − x) = −cos x).
 * Each within the bound of the same expression of the oracle.
 */
export function expectCosineShape(kata: K, c: Case): void {
  const lr = learnerValues(kata, fn, c);
  const o = cosineDecay64(c);
  const options = optionsText(optionsOf(fn, c));
  const where = (t: number, expected: number) => ({ fn, argument: 'lr', index: [t], got: lr[t], expected });
  if (!(Math.abs(lr[0] - c.baseLr) <= bound(at(o, 0)))) {
    fail({
      ...where(0, c.baseLr),
      message: text['not-start']({ fn, options, got: fmt(lr[0]), expected: fmt(c.baseLr) }),
    });
  }
  for (let t = 0; t < c.steps; t++) {
    const slack = bound(at(o, t));
    if (!(lr[t] >= c.minLr - slack && lr[t] <= c.baseLr + slack)) {
      const expected = lr[t] < c.minLr ? c.minLr : c.baseLr;
      fail({
        ...where(t, expected),
        message: text['out-of-range']({ fn, t, options, got: fmt(lr[t]), low: fmt(c.minLr), high: fmt(c.baseLr) }),
      });
    }
    if (t + 1 < c.steps && !(lr[t + 1] <= lr[t] + bound(sub(at(o, t + 1), at(o, t))))) {
      fail({
        ...where(t + 1, lr[t]),
        message: text.rises({ options, before: fmt(lr[t]), after: fmt(lr[t + 1]), t, next: t + 1 }),
      });
    }
  }
  const T = c.totalSteps;
  const middle = div(add(tensor64(c.baseLr, { exact: true }), tensor64(c.minLr, { exact: true })), 2);
  for (let t = 0; t <= T; t++) {
    const got = (lr[t] + lr[T - t]) / 2;
    const allowed = bound(div(add(at(o, t), at(o, T - t)), 2)) + bound(middle);
    if (Math.abs(got - middle.data[0]) <= allowed) continue;
    fail({
      ...where(t, 2 * middle.data[0] - lr[T - t]),
      message: text['not-symmetric']({ options, t, mirror: T - t, got: fmt(got), expected: fmt(middle.data[0]) }),
    });
  }
}

import { fail, fmt } from '../kit/toolkit';
import { bound } from './bound';
import { type K, optionsOf } from './cases';
import { learnerValues, optionsText } from './learner';
import text from './messages';
import { at, type Case, oracles } from './oracle';

/** From t = T on, `fn` is minLr: reached at T, held after it. */
export function expectFloor(kata: K, fn: 'cosineDecay' | 'warmupCosine', c: Case): void {
  const lr = learnerValues(kata, fn, c);
  const o = oracles[fn](c);
  for (let t = c.totalSteps; t < c.steps; t++) {
    if (Math.abs(lr[t] - c.minLr) <= bound(at(o, t))) continue;
    fail({
      fn,
      argument: 'lr',
      index: [t],
      got: lr[t],
      expected: c.minLr,
      message: text['not-at-floor']({
        fn,
        t,
        options: optionsText(optionsOf(fn, c)),
        got: fmt(lr[t]),
        expected: fmt(c.minLr),
      }),
    });
  }
}

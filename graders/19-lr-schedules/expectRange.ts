import { fail, fmt } from '../kit/toolkit';
import { bound } from './bound';
import { type K, optionsOf } from './cases';
import { learnerValues, optionsText } from './learner';
import text from './messages';
import { at, type Case, warmupCosine64 } from './oracle';

/** warmupCosine within [0, baseLr] during the warmup and within [minLr, baseLr] from t = W on. */
export function expectRange(kata: K, c: Case): void {
  const fn = 'warmupCosine';
  const lr = learnerValues(kata, fn, c);
  const o = warmupCosine64(c);
  for (let t = 0; t < c.steps; t++) {
    const low = t < c.warmupSteps ? 0 : c.minLr;
    const slack = bound(at(o, t));
    if (lr[t] >= low - slack && lr[t] <= c.baseLr + slack) continue;
    fail({
      fn,
      argument: 'lr',
      index: [t],
      got: lr[t],
      expected: lr[t] < low ? low : c.baseLr,
      message: text['out-of-range']({
        fn,
        t,
        options: optionsText(optionsOf(fn, c)),
        got: fmt(lr[t]),
        low: fmt(low),
        high: fmt(c.baseLr),
      }),
    });
  }
}

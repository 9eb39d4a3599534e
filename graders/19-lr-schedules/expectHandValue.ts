import { FLOAT64_UNIT_ROUNDOFF } from '../kit/tensor';
import { callLearner, fail, fmt, validateTensor } from '../kit/toolkit';
import { bound } from './bound';
import { type HandValue, type K, optionsOf } from './cases';
import { optionsText } from './learner';
import text from './messages';
import { at, oracles } from './oracle';

/**
 * One value of the README's table, derived by hand: within the oracle's
 * bound at that step, plus the rounding of the decimal written down.
 */
export function expectHandValue(kata: K, h: HandValue): void {
  const options = optionsOf(h.fn, h);
  const got = validateTensor(callLearner(kata, h.fn, { t: h.at, options }), [], { fn: h.fn, argument: 'lr' }) as number;
  const allowed = bound(at(oracles[h.fn](h), h.at)) + 2 * FLOAT64_UNIT_ROUNDOFF * Math.abs(h.want);
  if (Math.abs(got - h.want) <= allowed) return;
  fail({
    fn: h.fn,
    argument: 'lr',
    got,
    expected: h.want,
    message: text['hand-value']({
      fn: h.fn,
      t: h.at,
      options: optionsText(options),
      got: fmt(got),
      expected: fmt(h.want),
    }),
  });
}

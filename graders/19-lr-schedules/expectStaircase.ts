import { mul, sub, tensor64 } from '../kit/tensor';
import { fail, fmt } from '../kit/toolkit';
import { bound } from './bound';
import { type K, optionsOf } from './cases';
import { learnerValues, optionsText } from './learner';
import text from './messages';
import { at, type Case, stepDecay64 } from './oracle';

/**
 * StepLR's shape without its values: baseLr at t = 0, the same rate from one
 * step to the next inside a window, exactly γ times the rate where t + 1 is a
 * multiple of stepSize. Each relation within the bound of the same
 * expression of the oracle.
 */
export function expectStaircase(kata: K, c: Case): void {
  const lr = learnerValues(kata, 'stepDecay', c);
  const o = stepDecay64(c);
  const options = optionsText(optionsOf('stepDecay', c));
  if (!(Math.abs(lr[0] - c.baseLr) <= bound(at(o, 0)))) {
    fail({
      fn: 'stepDecay',
      argument: 'lr',
      index: [0],
      got: lr[0],
      expected: c.baseLr,
      message: text['not-start']({ fn: 'stepDecay', options, got: fmt(lr[0]), expected: fmt(c.baseLr) }),
    });
  }
  const gamma = tensor64(c.gamma, { exact: true });
  for (let t = 0; t + 1 < c.steps; t++) {
    const drop = (t + 1) % c.stepSize === 0;
    const want = drop ? c.gamma * lr[t] : lr[t];
    const allowed = bound(sub(at(o, t + 1), drop ? mul(gamma, at(o, t)) : at(o, t)));
    if (Math.abs(lr[t + 1] - want) <= allowed) continue;
    const pair = { options, before: fmt(lr[t]), after: fmt(lr[t + 1]), t, next: t + 1 };
    fail({
      fn: 'stepDecay',
      argument: 'lr',
      index: [t + 1],
      got: lr[t + 1],
      expected: want,
      message: drop
        ? text['not-gamma']({ fn: 'stepDecay', ...pair, ratio: fmt(lr[t + 1] / lr[t]), gamma: fmt(c.gamma) })
        : text['not-constant'](pair),
    });
  }
}

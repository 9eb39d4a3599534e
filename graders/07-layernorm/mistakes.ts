import { mistake, probe } from '../kit/toolkit';
import { cases, type K, nearEpsCases } from './cases';
import { runBackward, runForward } from './learner';
import m from './misconceptions';
import { type Case, oracle, type Slip, slipped } from './oracle';

// What code with each mistake returns, for confirmMistakes to hold the
// learner's own code against: the oracle with that slip, on the cases where
// it shows (ε's placement needs a variance near ε).

const forward = probe<K, Case>({
  cases,
  observe: (kata, c) => ({ out: runForward(kata, c).out }),
  truth: (c) => ({ out: oracle(c).out }),
});

const backward = probe<K, Case>({
  cases,
  observe: (kata, c) => {
    const { dx, dgamma, dbeta } = runBackward(kata, c);
    return { dx, dgamma, dbeta };
  },
  truth: (c) => {
    const { dx, dgamma, dbeta } = oracle(c);
    return { dx, dgamma, dbeta };
  },
});

const inForward = (name: keyof typeof m, slip: Slip, on = cases) =>
  mistake(forward, m[name], (c) => ({ out: slipped(c, slip).out }), on);

const inBackward = (name: keyof typeof m, slip: Slip, outputs: ('dx' | 'dgamma')[]) =>
  mistake(backward, m[name], (c) => {
    const s = slipped(c, slip);
    return Object.fromEntries(outputs.map((o) => [o, s[o]]));
  });

export const forwardMistakes = [
  inForward('normalised-over-batch', { axis: 'batch' }),
  inForward('unbiased-variance', { variance: 'unbiased' }),
  inForward('eps-outside-sqrt', { eps: 'outside-sqrt' }, nearEpsCases),
  inForward('mean-not-subtracted', { centred: false }),
];

export const backwardMistakes = [
  inBackward('backward-missing-mean-term', { backward: 'no-mean-term' }, ['dx']),
  inBackward('backward-missing-projection-term', { backward: 'no-projection-term' }, ['dx']),
  inBackward('dgamma-without-xhat', { backward: 'dgamma-without-xhat' }, ['dgamma']),
  inBackward('dx-without-gamma', { backward: 'dx-without-gamma' }, ['dx']),
];

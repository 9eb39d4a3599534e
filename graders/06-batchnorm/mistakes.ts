import { mistake, probe } from '../kit/toolkit';
import { cases, type K, nearEpsCases } from './cases';
import { runBackward, runEval, runRunning, runTrain } from './learner';
import m from './misconceptions';
import { type Case, evalOracle, oracle, type Slip, slipped } from './oracle';

// What code with each mistake returns, for confirmMistakes to hold the
// learner's own code against: the oracle with that slip, on the cases where
// it shows (ε's placement needs a variance near ε).

const train = probe<K, Case>({
  cases,
  observe: (kata, c) => ({ out: runTrain(kata, c).out }),
  truth: (c) => ({ out: oracle(c).out }),
});

const running = probe<K, Case>({
  cases,
  observe: runRunning,
  truth: (c) => {
    const o = oracle(c);
    return { 'running.mean': o['running.mean'], 'running.var': o['running.var'] };
  },
});

const evaluation = probe<K, Case>({
  cases,
  observe: (kata, c) => ({ out: runEval(kata, c) }),
  truth: (c) => evalOracle(c),
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

const inTrain = (name: keyof typeof m, slip: Slip, on = cases) =>
  mistake(train, m[name], (c) => ({ out: slipped(c, slip).out }), on);

const inRunning = (name: keyof typeof m, slip: Slip, outputs: ('running.mean' | 'running.var')[]) =>
  mistake(running, m[name], (c) => {
    const s = slipped(c, slip);
    return Object.fromEntries(outputs.map((o) => [o, s[o]]));
  });

const inBackward = (name: keyof typeof m, slip: Slip, outputs: ('dx' | 'dgamma')[]) =>
  mistake(backward, m[name], (c) => {
    const s = slipped(c, slip);
    return Object.fromEntries(outputs.map((o) => [o, s[o]]));
  });

export const trainMistakes = [
  inTrain('normalised-over-features', { axis: 'features' }),
  inTrain('unbiased-variance-normalised', { variance: 'unbiased' }),
  inTrain('eps-outside-sqrt', { eps: 'outside-sqrt' }, nearEpsCases),
];

export const runningMistakes = [
  inRunning('running-var-biased', { runningVar: 'biased' }, ['running.var']),
  inRunning('momentum-reversed', { momentum: 'reversed' }, ['running.mean', 'running.var']),
];

export const evalMistakes = [
  mistake(evaluation, m['eval-uses-batch-statistics'], (c) => evalOracle(c, { eval: 'batch-statistics' })),
];

export const backwardMistakes = [
  inBackward('backward-missing-mean-term', { backward: 'no-mean-term' }, ['dx']),
  inBackward('backward-missing-projection-term', { backward: 'no-projection-term' }, ['dx']),
  inBackward('dgamma-without-xhat', { backward: 'dgamma-without-xhat' }, ['dgamma']),
  inBackward('dx-without-gamma', { backward: 'dx-without-gamma' }, ['dx']),
];

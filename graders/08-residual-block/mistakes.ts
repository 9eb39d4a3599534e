import { mistake, probe } from '../kit/toolkit';
import { cases, kinkCases, squareCases } from './cases';
import { type K, runBackward, runForward } from './learner';
import m from './misconceptions';
import { type Case, oracle, type ResidualOutputs, type Slip, slipped } from './oracle';

// What code with each mistake returns, for confirmMistakes to hold the
// learner's own code against: the oracle with that slip, on the cases where
// it shows (x·W needs a square W to run at all; ReLU′(0) needs exact zeros).

const GRADIENTS = ['dx', 'dW1', 'db1', 'dW2', 'db2'] as const;
type Gradient = (typeof GRADIENTS)[number];

const forward = probe<K, Case>({
  cases,
  observe: (kata, c) => ({ out: runForward(kata, c).out }),
  truth: (c) => ({ out: oracle(c).out }),
});

const backward = probe<K, Case>({
  cases,
  observe: (kata, c) => {
    const g = runBackward(kata, c);
    return Object.fromEntries(GRADIENTS.map((n) => [n, g[n]]));
  },
  truth: (c) => {
    const t: ResidualOutputs = oracle(c);
    return Object.fromEntries(GRADIENTS.map((n) => [n, t[n]]));
  },
});

const inForward = (name: keyof typeof m, slip: Slip, on = cases) =>
  mistake(forward, m[name], (c) => ({ out: slipped(c, slip).out }), on);

const inBackward = (name: keyof typeof m, slip: Slip, outputs: readonly Gradient[], on = cases) =>
  mistake(
    backward,
    m[name],
    (c) => {
      const s = slipped(c, slip);
      return Object.fromEntries(outputs.map((o) => [o, s[o]]));
    },
    on,
  );

export const forwardMistakes = [
  inForward('relu-after-addition', { reluAfterAddition: true }),
  inForward('weight-not-transposed', { notTransposed: true }, squareCases),
];

export const backwardMistakes = [
  inBackward('dx-missing-skip', { noSkipInDx: true }, ['dx']),
  inBackward('bias-grad-wrong-axis', { biasAxis: 'features' }, ['db1', 'db2']),
  inBackward('relu-grad-at-kink', { maskAtZero: 1 }, ['dx', 'dW1', 'db1'], kinkCases),
  inBackward('dw2-from-pre-activation', { dW2FromZ: true }, ['dW2']),
  inBackward('backward-missing-relu-mask', { noMask: true }, ['dx', 'dW1', 'db1']),
];

import { mistake, probe } from '../kit/toolkit';
import { cases, distinctCases, type K, negativeCases, tiedCases } from './cases';
import { runAvg, runAvgBackward, runMax, runMaxBackward } from './learner';
import m from './misconceptions';
import { avgPoolOracle, type Case, maxPoolOracle, type Slip } from './oracle';

// What code with each mistake returns, for confirmMistakes to hold the
// learner's own code against: the oracle with that slip, on the cases where
// it shows (ties need tied values, zero padding an all-negative border).

const maxOut = probe<K, Case>({
  cases,
  observe: (kata, c) => ({ out: runMax(kata, c).out }),
  truth: (c) => ({ out: maxPoolOracle(c).out }),
});

const avgOut = probe<K, Case>({
  cases,
  observe: (kata, c) => ({ out: runAvg(kata, c).out }),
  truth: (c) => ({ out: avgPoolOracle(c).out }),
});

const maxDx = probe<K, Case>({
  cases: distinctCases,
  observe: (kata, c) => ({ dx: runMaxBackward(kata, c) }),
  truth: (c) => ({ dx: maxPoolOracle(c).dx }),
});

const avgDx = probe<K, Case>({
  cases,
  observe: (kata, c) => ({ dx: runAvgBackward(kata, c) }),
  truth: (c) => ({ dx: avgPoolOracle(c).dx }),
});

const inMaxOut = (name: keyof typeof m, slip: Slip, on?: typeof cases) =>
  mistake(maxOut, m[name], (c) => ({ out: maxPoolOracle(c, slip).out }), on);
const inAvgOut = (name: keyof typeof m, slip: Slip) =>
  mistake(avgOut, m[name], (c) => ({ out: avgPoolOracle(c, slip).out }));
const inMaxDx = (name: keyof typeof m, slip: Slip, on?: typeof cases) =>
  mistake(maxDx, m[name], (c) => ({ dx: maxPoolOracle(c, slip).dx }), on);
const inAvgDx = (name: keyof typeof m, slip: Slip) =>
  mistake(avgDx, m[name], (c) => ({ dx: avgPoolOracle(c, slip).dx }));

export const maxForwardMistakes = [
  inMaxOut('max-pads-with-zero', { maxPad: 'zero' }, negativeCases),
  inMaxOut('output-size-ceil', { outputSize: 'ceil' }),
  inMaxOut('stride-ignored', { stride: 'ignored' }),
];

export const avgForwardMistakes = [
  inAvgOut('avg-excludes-padding', { avgCount: 'real-only' }),
  inAvgOut('output-size-ceil', { outputSize: 'ceil' }),
  inAvgOut('stride-ignored', { stride: 'ignored' }),
];

export const maxBackwardMistakes = [
  inMaxDx('max-overlap-overwrites', { overlap: 'overwrite' }),
  inMaxDx('max-argmax-global', { argmax: 'global' }),
  inMaxDx('max-pads-with-zero', { maxPad: 'zero' }, poolNegativeDistinct()),
];

export const tieMistakes = [
  inMaxDx('max-ties-split', { ties: 'split' }, tiedCases),
  inMaxDx('max-ties-all', { ties: 'all' }, tiedCases),
  inMaxDx('max-ties-last', { ties: 'last' }, tiedCases),
  inMaxDx('max-overlap-overwrites', { overlap: 'overwrite' }, tiedCases),
  inMaxDx('max-argmax-global', { argmax: 'global' }, tiedCases),
];

export const avgBackwardMistakes = [
  inAvgDx('avg-excludes-padding', { avgCount: 'real-only' }),
  inAvgDx('avg-gradient-not-divided', { avgGradient: 'not-divided' }),
];

/** Distinct values shifted below zero (v − 10.01 keeps them apart): where zero padding wins. */
function poolNegativeDistinct(): typeof cases {
  return distinctCases.map((c) => ({
    ...c,
    x: c.x.map((s) => s.map((p) => p.map((row) => row.map((v) => v - 10.01)))),
  }));
}

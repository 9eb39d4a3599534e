import { type Tensor64, tensor64 } from '../kit/tensor';
import { mistake, probe } from '../kit/toolkit';
import { cases, type K, pOneCases } from './cases';
import { runBackward } from './learner';
import m from './misconceptions';
import { type Case, oracle, type Slip, slipped } from './oracle';

// What code with each mistake returns, for confirmMistakes to hold the
// learner's own code against: out, dx and the number of draws, all three,
// so that two mistakes that agree on one output are still told apart (no
// scaling and a backward missing the scale agree on dx).

const count = (n: number): Tensor64 => tensor64(n, { exact: true });
const size = (c: Case): number => c.x.length * c.x[0].length;

const training = probe<K, Case>({
  cases,
  observe: (kata, c) => runBackward(kata, c, true),
  truth: (c) => ({ ...oracle(c), draws: count(size(c)) }),
});

const evaluation = probe<K, Case>({
  cases,
  observe: (kata, c) => runBackward(kata, c, false),
  truth: (c) => ({ out: tensor64(c.x), dx: tensor64(c.dout), draws: count(0) }),
});

const inTraining = (name: keyof typeof m, slip: Slip, on = cases, draws = size) =>
  mistake(training, m[name], (c) => ({ ...slipped(c, slip), draws: count(draws(c)) }), on);

export const trainingMistakes = [
  inTraining('not-scaled', { scale: 'none' }),
  inTraining('scaled-by-one-over-p', { scale: 'one-over-p' }),
  inTraining('scaled-by-keep-probability', { scale: 'keep-probability' }),
  inTraining('kept-below-p', { keep: 'below-p' }),
  inTraining('mask-per-row', { keep: 'per-row' }, cases, (c) => c.x.length),
  inTraining('backward-ignores-mask', { backward: 'ignores-mask' }),
  inTraining('backward-missing-scale', { backward: 'no-scale' }),
  inTraining('backward-redraws-mask', { backward: 'redraws' }),
  inTraining('nan-at-p-one', { divideMask: true }, pOneCases),
];

export const evalMistakes = [
  mistake(evaluation, m['dropout-in-eval'], (c) => {
    const { out, dx } = oracle(c);
    return { out, dx, draws: count(size(c)) };
  }),
];

import { div, mul, neg } from '../kit/tensor';
import { callLearner, mistake, type Probe, probe } from '../kit/toolkit';
import { type HuberCase, huberInputs, type K, type Regression, regression } from './cases';
import m from './misconceptions';
import { huber64, huberWith, type LossOutputs, mse64 } from './oracle';

// What code with each mistake returns, for confirmMistakes to hold the
// learner's own code against. Each predicts both outputs, the one it leaves
// alone too: a gradient that is only missing its 1/(N·D) is not a summed loss.

const mseProbe = probe<K, Regression>({
  cases: regression,
  observe: (kata, { pred, target }) => {
    const out = callLearner(kata, 'mse', { pred, target });
    return { loss: out?.loss, dpred: out?.dpred };
  },
  truth: mse64,
});

const huberProbe = probe<K, HuberCase>({
  cases: huberInputs,
  observe: (kata, { pred, target, delta }) => {
    const out = callLearner(kata, 'huber', { pred, target, delta });
    return { loss: out?.loss, dpred: out?.dpred };
  },
  truth: huber64,
});

/** Summed, or averaged over the batch only: loss and dpred scaled by N·D, or by D. */
function reductionMistakes<C extends Regression>(on: Probe<K, C>, truth: (c: C) => LossOutputs) {
  const scaled = (c: C, k: number) => {
    const t = truth(c);
    return { loss: mul(t.loss, k), dpred: mul(t.dpred, k) };
  };
  return [
    mistake(on, m['loss-summed'], (c) => scaled(c, c.pred.length * c.pred[0].length)),
    mistake(on, m['mean-over-batch-only'], (c) => scaled(c, c.pred[0].length)),
  ];
}

export const mseMistakes = [
  ...reductionMistakes(mseProbe, mse64),
  mistake(mseProbe, m['mse-grad-missing-two'], (c) => ({ ...mse64(c), dpred: div(mse64(c).dpred, 2) })),
  mistake(mseProbe, m['mse-grad-not-averaged'], (c) => ({
    ...mse64(c),
    dpred: mul(mse64(c).dpred, c.pred.length * c.pred[0].length),
  })),
  mistake(mseProbe, m['gradient-sign-flipped'], (c) => ({ ...mse64(c), dpred: neg(mse64(c).dpred) })),
];

export const huberMistakes = [
  ...reductionMistakes(huberProbe, huber64),
  mistake(huberProbe, m['gradient-sign-flipped'], (c) => ({ ...huber64(c), dpred: neg(huber64(c).dpred) })),
  mistake(huberProbe, m['huber-linear-missing-half-delta'], (c) => huberWith(c, { linear: (a, d) => d * a })),
  mistake(huberProbe, m['huber-branch-without-abs'], (c) => huberWith(c, { quadratic: (r, d) => r <= d })),
  mistake(huberProbe, m['huber-branch-delta-squared'], (c) =>
    huberWith(c, { quadratic: (r, d) => Math.abs(r) <= d * d }),
  ),
  mistake(huberProbe, m['huber-grad-missing-delta'], (c) => huberWith(c, { slope: (r) => Math.sign(r) })),
  mistake(huberProbe, m['huber-grad-unclipped'], (c) => huberWith(c, { slope: (r) => r })),
  mistake(huberProbe, m['smooth-l1-instead-of-huber'], (c) => {
    const t = huber64(c);
    return { loss: div(t.loss, c.delta), dpred: div(t.dpred, c.delta) };
  }),
];

import { add, map, mul, neg, sub, tensor64 } from '../kit/tensor';
import { callLearner, mistake, type Probe, probe } from '../kit/toolkit';
import {
  type Classification,
  classification,
  type FocalCase,
  focalInputs,
  hugeClassification,
  hugeFocal,
  hugeMultiLabel,
  type K,
  type MultiLabel,
  multiLabel,
} from './cases';
import m from './misconceptions';
import {
  bce64,
  focal64,
  focalProbabilities,
  type LossOutputs,
  logSigmoidBce,
  naiveSoftmaxCe,
  oneHot,
  overflowingSigmoid,
  softmaxCe64,
} from './oracle';

// What code with each mistake returns, for confirmMistakes to hold the
// learner's own code against. Each mistake says which outputs it changes;
// the overflow mistakes are the naive formulas in float64, shown on the
// ±1e3 logits where they break (elsewhere they are the truth).

const lossOf = (kata: K, fn: 'softmaxCrossEntropy' | 'binaryCrossEntropyWithLogits' | 'focalLoss', args: object) => {
  const out = callLearner(kata, fn, args as Record<string, unknown>);
  return { loss: out?.loss, dlogits: out?.dlogits };
};

const softmax = probe<K, Classification>({
  cases: classification,
  observe: (kata, { logits, labels }) => lossOf(kata, 'softmaxCrossEntropy', { logits, labels }),
  truth: softmaxCe64,
});

const bce = probe<K, MultiLabel>({
  cases: multiLabel,
  observe: (kata, { logits, targets }) => lossOf(kata, 'binaryCrossEntropyWithLogits', { logits, targets }),
  truth: bce64,
});

const focal = probe<K, FocalCase>({
  cases: focalInputs,
  observe: (kata, { logits, targets, gamma, alpha }) => lossOf(kata, 'focalLoss', { logits, targets, gamma, alpha }),
  truth: focal64,
});

export const softmaxMistakes = [
  mistake(softmax, m['softmax-grad-not-divided-by-batch'], (c) => ({
    dlogits: mul(softmaxCe64(c).dlogits, c.logits.length),
  })),
  mistake(softmax, m['softmax-grad-minus-one-everywhere'], (c) => {
    const n = c.logits.length;
    const offLabel = oneHot(c.labels, c.logits[0].length).map((row) => row.map((y) => (1 - y) / n));
    return { dlogits: sub(softmaxCe64(c).dlogits, tensor64(offLabel)) };
  }),
  mistake(softmax, m['softmax-grad-onehot-missing'], (c) => {
    const n = c.logits.length;
    const label = oneHot(c.labels, c.logits[0].length).map((row) => row.map((y) => y / n));
    return { dlogits: add(softmaxCe64(c).dlogits, tensor64(label)) };
  }),
  mistake(softmax, m['softmax-loss-summed'], (c) => ({ loss: mul(softmaxCe64(c).loss, c.logits.length) })),
  mistake(softmax, m['gradient-sign-flipped'], (c) => ({ dlogits: neg(softmaxCe64(c).dlogits) })),
  mistake(softmax, m['softmax-no-max-subtraction'], naiveSoftmaxCe, hugeClassification),
];

/** Element-wise losses summed, or averaged over the batch only: loss and dlogits scaled by N·C, or by C. */
function reductionMistakes<C extends MultiLabel>(on: Probe<K, C>, truth: (c: C) => LossOutputs) {
  const scaled = (c: C, k: number) => {
    const t = truth(c);
    return { loss: mul(t.loss, k), dlogits: mul(t.dlogits, k) };
  };
  return [
    mistake(on, m['elementwise-loss-summed'], (c) => scaled(c, c.logits.length * c.logits[0].length)),
    mistake(on, m['elementwise-mean-over-batch-only'], (c) => scaled(c, c.logits[0].length)),
  ];
}

export const bceMistakes = [
  ...reductionMistakes(bce, bce64),
  mistake(bce, m['gradient-sign-flipped'], (c) => ({ dlogits: neg(bce64(c).dlogits) })),
  mistake(bce, m['bce-log-sigmoid'], (c) => ({ loss: logSigmoidBce(c) }), hugeMultiLabel),
  mistake(
    bce,
    m['bce-sigmoid-overflow'],
    (c) => {
      const z = c.logits.flat();
      return { dlogits: map(bce64(c).dlogits, (v, k) => (Number.isNaN(overflowingSigmoid(z[k])) ? Number.NaN : v)) };
    },
    hugeMultiLabel,
  ),
];

export const focalMistakes = [
  mistake(focal, m['focal-alpha-both-classes'], (c) => focal64(c, { weight: (_y, alpha) => alpha })),
  mistake(focal, m['focal-alpha-missing'], (c) => focal64(c, { weight: () => 1 })),
  mistake(focal, m['focal-grad-constant-factor'], (c) => ({ dlogits: focal64(c, { constantFactor: true }).dlogits })),
  ...reductionMistakes(focal, focal64),
  // γ(1 − p_t)^(γ−1)·(1 − p_t)p_t is Infinity·0 = NaN where 1 − p_t is 0 and γ < 1.
  mistake(
    focal,
    m['focal-grad-negative-power'],
    (c) => {
      const { q } = focalProbabilities(c);
      return { dlogits: map(focal64(c).dlogits, (v, k) => (q[k] === 0 && c.gamma < 1 ? Number.NaN : v)) };
    },
    hugeFocal,
  ),
  // log p_t = −Infinity where p_t is 0: the loss is +Infinity and p_t·log p_t = NaN in dlogits.
  mistake(
    focal,
    m['focal-log-pt'],
    (c) => {
      const { pt } = focalProbabilities(c);
      const t = focal64(c);
      return {
        loss: map(t.loss, (v) => (pt.includes(0) ? Number.POSITIVE_INFINITY : v)),
        dlogits: map(t.dlogits, (v, k) => (pt[k] === 0 ? Number.NaN : v)),
      };
    },
    hugeFocal,
  ),
];

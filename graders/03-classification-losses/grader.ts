import { callLearner, defineGrader, property } from '../kit/toolkit';
import { bceAgainstReference } from './bceAgainstReference';
import {
  classification,
  focalInputs,
  hugeClassification,
  hugeMultiLabel,
  hugeWeightedInputs,
  type K,
  magnitude,
  multiLabel,
  weightedInputs,
} from './cases';
import { expectFiniteLoss } from './expectFiniteLoss';
import { expectFocalBelowBce } from './expectFocalBelowBce';
import { expectGammaZeroIsWeightedBce } from './expectGammaZeroIsWeightedBce';
import { expectGradientOfOwnLoss } from './expectGradientOfOwnLoss';
import { expectRowsSumToZero } from './expectRowsSumToZero';
import { focalAgainstReference } from './focalAgainstReference';
import { FOCAL_LOG, focalNonFinite, LOG_SIGMOID, SIGMOID_OVERFLOW, SOFTMAX_OVERFLOW } from './misconceptions';
import { softmaxAgainstReference } from './softmaxAgainstReference';

const HUGE = 'for logits of magnitude 750…1000';

export default defineGrader<K>([
  property({
    id: 'softmax-ce-matches-reference',
    name: 'softmax cross-entropy: loss and dlogits match the reference',
    points: 3,
    arbitrary: classification,
    check: (kata, { logits, labels }) => {
      softmaxAgainstReference(callLearner(kata, 'softmaxCrossEntropy', { logits, labels }), logits, labels, true);
    },
  }),
  property({
    id: 'softmax-ce-gradient-self-consistent',
    name: 'softmax cross-entropy: dlogits agrees with finite differences of your loss',
    points: 2,
    arbitrary: classification,
    check: (kata, { logits, labels }) => {
      // logΣexp(z) − z_y cancels terms as large as M + log C, however small the loss.
      expectGradientOfOwnLoss(
        kata,
        'softmaxCrossEntropy',
        { logits, labels },
        magnitude(logits) + Math.log(logits[0].length),
      );
    },
  }),
  property({
    id: 'softmax-ce-gradient-rows-sum-to-zero',
    name: 'softmax cross-entropy: every row of dlogits sums to 0',
    points: 1,
    arbitrary: classification,
    check: (kata, { logits, labels }) => expectRowsSumToZero(kata, logits, labels),
  }),
  property({
    id: 'softmax-ce-stable-large-logits',
    name: 'softmax cross-entropy: finite and correct for logits of ±1e3',
    points: 2,
    arbitrary: hugeClassification,
    check: (kata, { logits, labels }) => {
      const got = callLearner(kata, 'softmaxCrossEntropy', { logits, labels });
      expectFiniteLoss(got, 'softmaxCrossEntropy', HUGE, { loss: SOFTMAX_OVERFLOW, dlogits: SOFTMAX_OVERFLOW });
      softmaxAgainstReference(got, logits, labels, false);
    },
  }),
  property({
    id: 'bce-matches-reference',
    name: 'binary cross-entropy: loss and dlogits match the reference',
    points: 3,
    arbitrary: multiLabel,
    check: (kata, { logits, targets }) => {
      bceAgainstReference(
        callLearner(kata, 'binaryCrossEntropyWithLogits', { logits, targets }),
        logits,
        targets,
        true,
      );
    },
  }),
  property({
    id: 'bce-gradient-self-consistent',
    name: 'binary cross-entropy: dlogits agrees with finite differences of your loss',
    points: 2,
    arbitrary: multiLabel,
    check: (kata, { logits, targets }) => {
      // max(z, 0) − z·y cancels terms as large as M.
      expectGradientOfOwnLoss(kata, 'binaryCrossEntropyWithLogits', { logits, targets }, magnitude(logits) + 1);
    },
  }),
  property({
    id: 'bce-stable-large-logits',
    name: 'binary cross-entropy: finite and correct for logits of ±1e3',
    points: 2,
    arbitrary: hugeMultiLabel,
    check: (kata, { logits, targets }) => {
      const got = callLearner(kata, 'binaryCrossEntropyWithLogits', { logits, targets });
      expectFiniteLoss(got, 'binaryCrossEntropyWithLogits', HUGE, { loss: LOG_SIGMOID, dlogits: SIGMOID_OVERFLOW });
      bceAgainstReference(got, logits, targets, false);
    },
  }),
  property({
    id: 'focal-matches-reference',
    name: 'focal loss: loss and dlogits match the reference',
    points: 3,
    arbitrary: focalInputs,
    check: (kata, { logits, targets, gamma, alpha }) => {
      focalAgainstReference(
        callLearner(kata, 'focalLoss', { logits, targets, gamma, alpha }),
        logits,
        targets,
        gamma,
        alpha,
        true,
      );
    },
  }),
  property({
    id: 'focal-gradient-self-consistent',
    name: 'focal loss: dlogits agrees with finite differences of your loss',
    points: 2,
    arbitrary: focalInputs,
    check: (kata, { logits, targets, gamma, alpha }) => {
      // As BCE: −log p_t may be written max(z, 0) − z·y + log1p(e^−|z|).
      expectGradientOfOwnLoss(kata, 'focalLoss', { logits, targets, gamma, alpha }, magnitude(logits) + 1);
    },
  }),
  property({
    id: 'focal-stable-large-logits',
    name: 'focal loss: finite and correct for logits of ±1e3 (γ = 0, 0.5, 2)',
    points: 2,
    numRuns: 15, // each run checks three γ against the reference: 45 comparisons
    arbitrary: hugeWeightedInputs,
    check: (kata, { logits, targets, alpha }) => {
      // γ = 0 and γ < 1 are where (1 − p_t)^γ misbehaves once 1 − p_t rounds to 0.
      for (const gamma of [0, 0.5, 2]) {
        const got = callLearner(kata, 'focalLoss', { logits, targets, gamma, alpha });
        expectFiniteLoss(got, 'focalLoss', `${HUGE} and γ = ${gamma}`, {
          loss: FOCAL_LOG,
          dlogits: focalNonFinite(logits, targets, gamma),
        });
        focalAgainstReference(got, logits, targets, gamma, alpha, false);
      }
    },
  }),
  property({
    id: 'focal-gamma-zero-is-weighted-bce',
    name: 'focal loss with γ = 0 equals your α_t-weighted BCE',
    points: 2,
    arbitrary: weightedInputs,
    check: (kata, { logits, targets, alpha }) => expectGammaZeroIsWeightedBce(kata, logits, targets, alpha),
  }),
  property({
    id: 'focal-at-most-weighted-bce',
    name: 'focal loss never exceeds your α_t-weighted BCE, element by element',
    points: 1,
    arbitrary: focalInputs,
    check: (kata, { logits, targets, gamma, alpha }) => expectFocalBelowBce(kata, logits, targets, gamma, alpha),
  }),
]);

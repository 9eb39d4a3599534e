import { callLearner, defineGrader, property } from '../kit/toolkit';
import {
  classification,
  focalInputs,
  gammaZeroInputs,
  hugeClassification,
  hugeFocal,
  hugeMultiLabel,
  type K,
  magnitude,
  multiLabel,
} from './cases';
import { expectFocalBelowBce } from './expectFocalBelowBce';
import { expectGammaZeroIsWeightedBce } from './expectGammaZeroIsWeightedBce';
import { expectGradientOfOwnLoss } from './expectGradientOfOwnLoss';
import { expectLossMatches } from './expectLossMatches';
import { expectRowsSumToZero } from './expectRowsSumToZero';
import text from './messages';
import { bceMistakes, focalMistakes, softmaxMistakes } from './mistakes';
import { bce64, focal64, softmaxCe64 } from './oracle';
import { binaryCrossEntropyReference, focalLossReference, softmaxCrossEntropyReference } from './reference';

export default defineGrader<K>([
  property({
    id: 'softmax-ce-matches-reference',
    name: 'softmax cross-entropy: loss and dlogits match the reference',
    points: 3,
    arbitrary: classification,
    diagnose: softmaxMistakes,
    check: (kata, c, { reference }) => {
      expectLossMatches(
        callLearner(kata, 'softmaxCrossEntropy', { logits: c.logits, labels: c.labels }),
        softmaxCrossEntropyReference(reference, c.logits, c.labels),
        softmaxCe64(c),
        { fn: 'softmaxCrossEntropy', reference },
      );
    },
  }),
  property({
    id: 'softmax-ce-gradient-self-consistent',
    name: 'softmax cross-entropy: dlogits agrees with finite differences of your loss',
    points: 2,
    arbitrary: classification,
    diagnose: softmaxMistakes,
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
    diagnose: softmaxMistakes,
    check: (kata, c, { reference }) => expectRowsSumToZero(kata, c, reference),
  }),
  property({
    id: 'softmax-ce-stable-large-logits',
    name: 'softmax cross-entropy: finite and correct for logits of ±1e3',
    points: 2,
    arbitrary: hugeClassification,
    diagnose: softmaxMistakes,
    check: (kata, c, { reference }) => {
      expectLossMatches(
        callLearner(kata, 'softmaxCrossEntropy', { logits: c.logits, labels: c.labels }),
        softmaxCrossEntropyReference(reference, c.logits, c.labels),
        softmaxCe64(c),
        { fn: 'softmaxCrossEntropy', reference, finiteFor: text['for-huge-logits']() },
      );
    },
  }),
  property({
    id: 'bce-matches-reference',
    name: 'binary cross-entropy: loss and dlogits match the reference',
    points: 3,
    arbitrary: multiLabel,
    diagnose: bceMistakes,
    check: (kata, c, { reference }) => {
      expectLossMatches(
        callLearner(kata, 'binaryCrossEntropyWithLogits', { logits: c.logits, targets: c.targets }),
        binaryCrossEntropyReference(reference, c.logits, c.targets),
        bce64(c),
        { fn: 'binaryCrossEntropyWithLogits', reference },
      );
    },
  }),
  property({
    id: 'bce-gradient-self-consistent',
    name: 'binary cross-entropy: dlogits agrees with finite differences of your loss',
    points: 2,
    arbitrary: multiLabel,
    diagnose: bceMistakes,
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
    diagnose: bceMistakes,
    check: (kata, c, { reference }) => {
      expectLossMatches(
        callLearner(kata, 'binaryCrossEntropyWithLogits', { logits: c.logits, targets: c.targets }),
        binaryCrossEntropyReference(reference, c.logits, c.targets),
        bce64(c),
        { fn: 'binaryCrossEntropyWithLogits', reference, finiteFor: text['for-huge-logits']() },
      );
    },
  }),
  property({
    id: 'focal-matches-reference',
    name: 'focal loss: loss and dlogits match the reference',
    points: 3,
    arbitrary: focalInputs,
    diagnose: focalMistakes,
    check: (kata, c, { reference }) => {
      expectLossMatches(
        callLearner(kata, 'focalLoss', { logits: c.logits, targets: c.targets, gamma: c.gamma, alpha: c.alpha }),
        focalLossReference(reference, c.logits, c.targets, c.gamma, c.alpha),
        focal64(c),
        { fn: 'focalLoss', reference },
      );
    },
  }),
  property({
    id: 'focal-gradient-self-consistent',
    name: 'focal loss: dlogits agrees with finite differences of your loss',
    points: 2,
    arbitrary: focalInputs,
    diagnose: focalMistakes,
    check: (kata, { logits, targets, gamma, alpha }) => {
      // As BCE: −log p_t may be written max(z, 0) − z·y + log1p(e^−|z|).
      expectGradientOfOwnLoss(kata, 'focalLoss', { logits, targets, gamma, alpha }, magnitude(logits) + 1);
    },
  }),
  property({
    id: 'focal-stable-large-logits',
    name: 'focal loss: finite and correct for logits of ±1e3 (γ = 0, 0.5, 2)',
    points: 2,
    // 15 runs of each γ, as many comparisons as the three γ of 15 cases gave before.
    numRuns: 45,
    arbitrary: hugeFocal,
    diagnose: focalMistakes,
    check: (kata, c, { reference }) => {
      expectLossMatches(
        callLearner(kata, 'focalLoss', { logits: c.logits, targets: c.targets, gamma: c.gamma, alpha: c.alpha }),
        focalLossReference(reference, c.logits, c.targets, c.gamma, c.alpha),
        focal64(c),
        { fn: 'focalLoss', reference, finiteFor: text['for-huge-logits-and-gamma']({ gamma: c.gamma }) },
      );
    },
  }),
  property({
    id: 'focal-gamma-zero-is-weighted-bce',
    name: 'focal loss with γ = 0 equals your α_t-weighted BCE',
    points: 2,
    arbitrary: gammaZeroInputs,
    // The learner's BCE is half of the comparison: its mistakes can show here too.
    diagnose: [...focalMistakes, ...bceMistakes],
    check: (kata, c, { reference }) => expectGammaZeroIsWeightedBce(kata, c, reference),
  }),
  property({
    id: 'focal-at-most-weighted-bce',
    name: 'focal loss never exceeds your α_t-weighted BCE, element by element',
    points: 1,
    arbitrary: focalInputs,
    diagnose: [...focalMistakes, ...bceMistakes],
    check: (kata, c, { reference }) => expectFocalBelowBce(kata, c, reference),
  }),
]);

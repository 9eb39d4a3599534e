import { callLearner, defineGrader, type GradingEnv, property } from '../kit/toolkit';
import { type HuberCase, huberInputs, type K, kinkInputs, largeDeltaInputs, outlierInputs, regression } from './cases';
import { expectGradientBounded } from './expectGradientBounded';
import { expectGradientOfOwnLoss } from './expectGradientOfOwnLoss';
import { expectHalfMse } from './expectHalfMse';
import { expectLossMatches } from './expectLossMatches';
import { huberMistakes, mseMistakes } from './mistakes';
import { huber64, mse64 } from './oracle';
import { huberReference, mseReference } from './reference';

/** The learner's Huber loss and dpred against the reference's, within the float64 oracle's bounds. */
function expectHuberMatches(kata: K, c: HuberCase, { reference }: GradingEnv): void {
  expectLossMatches(
    callLearner(kata, 'huber', { pred: c.pred, target: c.target, delta: c.delta }),
    huberReference(reference, c.pred, c.target, c.delta),
    huber64(c),
    'huber',
    reference,
  );
}

export default defineGrader<K>([
  property({
    id: 'mse-matches-reference',
    name: 'MSE: loss and dpred match the reference',
    points: 3,
    arbitrary: regression,
    diagnose: mseMistakes,
    check: (kata, c, { reference }) => {
      expectLossMatches(
        callLearner(kata, 'mse', { pred: c.pred, target: c.target }),
        mseReference(reference, c.pred, c.target),
        mse64(c),
        'mse',
        reference,
      );
    },
  }),
  property({
    id: 'mse-gradient-self-consistent',
    name: 'MSE: dpred agrees with finite differences of your loss',
    points: 2,
    arbitrary: regression,
    diagnose: mseMistakes,
    check: (kata, { pred, target }) => expectGradientOfOwnLoss(kata, 'mse', { pred, target }),
  }),
  property({
    id: 'huber-matches-reference',
    name: 'Huber: loss and dpred match the reference, inliers and outliers',
    points: 3,
    arbitrary: huberInputs,
    diagnose: huberMistakes,
    check: expectHuberMatches,
  }),
  property({
    id: 'huber-gradient-self-consistent',
    name: 'Huber: dpred agrees with finite differences of your loss',
    points: 2,
    arbitrary: huberInputs,
    diagnose: huberMistakes,
    check: (kata, { pred, target, delta }) => expectGradientOfOwnLoss(kata, 'huber', { pred, target, delta }),
  }),
  property({
    id: 'huber-continuous-at-delta',
    name: 'Huber: loss and dpred continuous at |r| = δ (residuals at and just either side of ±δ)',
    points: 2,
    arbitrary: kinkInputs,
    diagnose: huberMistakes,
    // The reference is continuous there: matching it at, just inside and just outside ±δ leaves no jump.
    check: expectHuberMatches,
  }),
  property({
    id: 'huber-gradient-bounded',
    name: 'Huber: every entry of dpred is at most δ/(N·D), even for outliers of 1000·δ',
    points: 2,
    arbitrary: outlierInputs,
    diagnose: huberMistakes,
    check: (kata, c, { reference }) => expectGradientBounded(kata, c, reference),
  }),
  property({
    id: 'huber-large-delta-is-half-mse',
    name: 'Huber with δ above every |r| is half your MSE, loss and dpred',
    points: 1,
    arbitrary: largeDeltaInputs,
    // The learner's MSE is half of the comparison: its mistakes can show here too.
    diagnose: [...huberMistakes, ...mseMistakes],
    check: (kata, c, { reference }) => expectHalfMse(kata, c, reference),
  }),
]);

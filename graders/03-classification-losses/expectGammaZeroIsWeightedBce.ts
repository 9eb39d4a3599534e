import { callLearner, expectOutputs, fail, fmtPair, GradingFailure, type ReferenceBackend } from '../kit/toolkit';
import type { FocalCase, K } from './cases';
import { learnerElementBce } from './learnerElementBce';
import text from './messages';
import { alphaT, focal64 } from './oracle';

/**
 * The learner's focal loss at γ = 0, loss and dlogits, against the learner's
 * own BCE of each element weighted by α_t and averaged: the learner against
 * itself, so within the float32 bounds of the oracle's focal loss at γ = 0.
 */
export function expectGammaZeroIsWeightedBce(kata: K, c: FocalCase, reference: ReferenceBackend): void {
  const { logits, targets, alpha } = c;
  const count = logits.length * logits[0].length;
  const got = callLearner(kata, 'focalLoss', { logits, targets, gamma: 0, alpha });
  const bce = learnerElementBce(kata, logits, targets);
  const weight = (i: number, j: number): number => alphaT(targets[i][j], alpha) / count;
  let loss = 0;
  bce.forEach((row, i) => {
    row.forEach((e, j) => {
      loss += weight(i, j) * e.loss;
    });
  });
  const dlogits = bce.map((row, i) => row.map((e, j) => weight(i, j) * e.dlogits[0][0]));
  const truth = focal64({ ...c, gamma: 0 });
  try {
    expectOutputs(
      got,
      { loss, dlogits },
      {
        fn: 'focalLoss',
        bounds: { loss: reference.bounds(truth.loss), dlogits: reference.bounds(truth.dlogits) },
        gradients: ['dlogits'],
      },
    );
  } catch (err) {
    if (!(err instanceof GradingFailure)) throw err;
    const { argument, index = [], got: g, expected: e } = err.detail;
    if (g === undefined || e === undefined) throw err; // a shape or a NaN: already said as it is
    // "expected" is the learner's own BCE here, not the reference: say so, and which side is which.
    const [gs, es] = fmtPair(g, e);
    fail({
      ...err.detail,
      message: text['gamma-zero']({ at: `${argument}${index.map((i) => `[${i}]`).join('')}`, got: gs, expected: es }),
    });
  }
}

import { callLearner, expectClose, withMisconception } from '../kit/toolkit';
import { type K, type LossOut, type Matrix, magnitude, sizes } from './cases';
import { learnerElementBce } from './learnerElementBce';
import { ALPHA_BOTH_CLASSES, GAMMA_ZERO, GRAD_SHAPE } from './misconceptions';
import { learnerPair } from './tolerances';

/** The learner's focal loss at γ = 0, loss and dlogits, against the learner's own BCE weighted by α_t. */
export function expectGammaZeroIsWeightedBce(kata: K, logits: Matrix, targets: Matrix, alpha: number): void {
  const { count } = sizes(logits);
  const got = callLearner(kata, 'focalLoss', { logits, targets, gamma: 0, alpha });
  const bce = learnerElementBce(kata, logits, targets);
  const weighted = (weight: (y: number) => number): LossOut => ({
    loss: bce.flat().reduce((s, e, k) => s + weight(targets.flat()[k]) * e.loss, 0) / count,
    dlogits: bce.map((row, i) => row.map((e, j) => (weight(targets[i][j]) * e.dlogits[0][0]) / count)),
  });
  const want = weighted((y) => (y === 1 ? alpha : 1 - alpha));
  const tol = learnerPair(count, magnitude(logits));
  withMisconception(GAMMA_ZERO, () =>
    expectClose(got?.loss, want.loss, {
      fn: 'focalLoss',
      argument: 'loss',
      ...tol,
      scale: magnitude(logits) + 1,
      suspects: [
        { misconception: ALPHA_BOTH_CLASSES, value: () => weighted(() => alpha).loss },
        { misconception: `α_t is missing: ${GAMMA_ZERO}`, value: () => weighted(() => 1).loss },
      ],
    }),
  );
  withMisconception(GAMMA_ZERO, () =>
    expectClose(got?.dlogits, want.dlogits, {
      fn: 'focalLoss',
      argument: 'dlogits',
      ...tol,
      scale: 1 / count,
      shapeMisconception: GRAD_SHAPE,
      suspects: [
        { misconception: ALPHA_BOTH_CLASSES, value: () => weighted(() => alpha).dlogits },
        { misconception: `α_t is missing: ${GAMMA_ZERO}`, value: () => weighted(() => 1).dlogits },
      ],
    }),
  );
}

import { callLearner, fail, fmt, type ReferenceBackend, validateTensor } from '../kit/toolkit';
import type { FocalCase, K } from './cases';
import { learnerElementBce } from './learnerElementBce';
import text from './messages';
import { alphaT, focal64 } from './oracle';

/**
 * (1 − p_t)^γ lies in [0, 1], so the learner's focal loss of each element,
 * called alone, and of the batch never exceeds the learner's own α_t·BCE.
 * The learner against itself: up to the float32 bounds of the oracle's focal
 * loss and of its α_t-weighted BCE (focal loss at γ = 0).
 */
export function expectFocalBelowBce(kata: K, c: FocalCase, reference: ReferenceBackend): void {
  const { logits, targets, gamma, alpha } = c;
  const slack = (x: FocalCase): number =>
    reference.bounds(focal64(x).loss)[0] + reference.bounds(focal64({ ...x, gamma: 0 }).loss)[0];
  const bce = learnerElementBce(kata, logits, targets);
  const count = logits.length * logits[0].length;
  let focalSum = 0;
  let bceSum = 0;
  logits.forEach((row, i) => {
    row.forEach((z, j) => {
      const y = targets[i][j];
      const one = { logits: [[z]], targets: [[y]], gamma, alpha };
      const out = callLearner(kata, 'focalLoss', one);
      const fl = validateTensor(out?.loss, [], { fn: 'focalLoss', argument: 'loss' }) as number;
      const weighted = alphaT(y, alpha) * bce[i][j].loss;
      const allowed = slack(one);
      focalSum += fl;
      bceSum += weighted;
      if (!(fl <= weighted + allowed)) {
        fail({
          fn: 'focalLoss',
          argument: 'loss',
          index: [i, j],
          got: fl,
          expected: weighted,
          allowed,
          message: text['focal-above-bce']({
            i,
            j,
            z: fmt(z),
            y,
            gamma: fmt(gamma),
            alpha: fmt(alpha),
            focal: fmt(fl),
            bce: fmt(weighted),
            excess: fmt(fl - weighted),
          }),
        });
      }
    });
  });
  const all = callLearner(kata, 'focalLoss', { logits, targets, gamma, alpha });
  const mean = validateTensor(all?.loss, [], { fn: 'focalLoss', argument: 'loss' }) as number;
  const allowed = slack(c);
  if (!(mean <= bceSum / count + allowed)) {
    fail({
      fn: 'focalLoss',
      argument: 'loss',
      got: mean,
      expected: bceSum / count,
      allowed,
      message: text['focal-batch-above-bce']({
        focal: fmt(mean),
        bce: fmt(bceSum / count),
        excess: fmt(mean - bceSum / count),
        mean: fmt(focalSum / count),
      }),
    });
  }
}

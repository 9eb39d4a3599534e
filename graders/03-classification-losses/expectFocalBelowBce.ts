import { callLearner, fail, fmt, referenceTolerance, validateTensor } from '../kit/toolkit';
import { type K, type LossOut, type Matrix, magnitude, sizes } from './cases';
import { learnerElementBce } from './learnerElementBce';
import { ALPHA_BOTH_CLASSES } from './misconceptions';
import { learnerPair } from './tolerances';

/**
 * (1 − p_t)^γ lies in [0, 1], so the learner's focal loss of each element,
 * called alone, and of the batch never exceeds the learner's own α_t·BCE
 * (up to both sides' float64 rounding, tolerances.ts learnerPair).
 */
export function expectFocalBelowBce(kata: K, logits: Matrix, targets: Matrix, gamma: number, alpha: number): void {
  const bce = learnerElementBce(kata, logits, targets);
  const eps = (z: number): number => referenceTolerance(learnerPair(1, Math.max(1, Math.abs(z))));
  let focalSum = 0;
  let bceSum = 0;
  logits.forEach((row, i) =>
    row.forEach((z, j) => {
      const y = targets[i][j];
      const out = callLearner(kata, 'focalLoss', { logits: [[z]], targets: [[y]], gamma, alpha }) as
        | Partial<LossOut>
        | undefined;
      const fl = validateTensor(out?.loss, [], { fn: 'focalLoss', argument: 'loss' }) as number;
      const weighted = (y === 1 ? alpha : 1 - alpha) * bce[i][j].loss;
      const allowed = eps(z) * (Math.abs(z) + 1);
      focalSum += fl;
      bceSum += weighted;
      if (fl > weighted + allowed) {
        fail({
          fn: 'focalLoss',
          argument: 'loss',
          index: [i, j],
          got: fl,
          expected: weighted,
          allowed,
          summary: `focal loss of element [${i}][${j}] alone (z = ${fmt(z)}, y = ${y}, γ = ${gamma}, α = ${alpha}) is ${fmt(fl)}, above its α_t-weighted BCE ${fmt(weighted)} by ${fmt(fl - weighted)}`,
          misconception:
            y === 0 && alpha > 0.5
              ? `${ALPHA_BOTH_CLASSES} (focal loss can only shrink α_t·BCE, since (1 − p_t)^γ lies in [0, 1])`
              : '(1 − p_t)^γ lies in [0, 1] for γ ≥ 0, so focal loss can only shrink α_t·BCE: check p_t = 1 − p and α_t = 1 − α for y = 0',
        });
      }
    }),
  );
  const count = sizes(logits).count;
  const all = callLearner(kata, 'focalLoss', { logits, targets, gamma, alpha }) as Partial<LossOut> | undefined;
  const mean = validateTensor(all?.loss, [], { fn: 'focalLoss', argument: 'loss' }) as number;
  const allowed = referenceTolerance(learnerPair(count, magnitude(logits))) * (magnitude(logits) + 1);
  if (mean > bceSum / count + allowed) {
    fail({
      fn: 'focalLoss',
      argument: 'loss',
      got: mean,
      expected: bceSum / count,
      allowed,
      summary: `focal loss of the batch is ${fmt(mean)}, above the α_t-weighted BCE ${fmt(bceSum / count)} by ${fmt(mean - bceSum / count)} (element by element it was not: ${fmt(focalSum / count)})`,
      misconception:
        'the batch reduction differs from the per-element one: both losses are means over all N·C elements',
    });
  }
}

import { callLearner, validateTensor } from '../kit/toolkit';
import type { K, LossOut, Matrix } from './cases';

/** Per-element losses and gradients from the learner's own BCE, each called on a 1×1 input. */
export function learnerElementBce(kata: K, logits: Matrix, targets: Matrix): LossOut[][] {
  return logits.map((row, i) =>
    row.map((z, j) => {
      const out = callLearner(kata, 'binaryCrossEntropyWithLogits', { logits: [[z]], targets: [[targets[i][j]]] }) as
        | Partial<LossOut>
        | undefined;
      const loss = validateTensor(out?.loss, [], { fn: 'binaryCrossEntropyWithLogits', argument: 'loss' }) as number;
      const d = validateTensor(out?.dlogits, [1, 1], {
        fn: 'binaryCrossEntropyWithLogits',
        argument: 'dlogits',
      }) as Matrix;
      return { loss, dlogits: d };
    }),
  );
}

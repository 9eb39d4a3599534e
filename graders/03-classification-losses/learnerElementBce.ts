import { callLearner, validateTensor } from '../kit/toolkit';
import type { K, Matrix } from './cases';

export interface ElementBce {
  readonly loss: number;
  /** [1, 1]. */
  readonly dlogits: Matrix;
}

/** Per-element losses and gradients from the learner's own BCE, each called on a 1×1 input. */
export function learnerElementBce(kata: K, logits: Matrix, targets: Matrix): ElementBce[][] {
  const where = (argument: string) => ({ fn: 'binaryCrossEntropyWithLogits', argument });
  return logits.map((row, i) =>
    row.map((z, j) => {
      const out = callLearner(kata, 'binaryCrossEntropyWithLogits', { logits: [[z]], targets: [[targets[i][j]]] });
      return {
        loss: validateTensor(out?.loss, [], where('loss')) as number,
        dlogits: validateTensor(out?.dlogits, [1, 1], where('dlogits')) as Matrix,
      };
    }),
  );
}

import { shapeOf } from '../kit/tensor';
import {
  type Bound,
  expectClose,
  expectOutputs,
  fail,
  GradingFailure,
  messageOf,
  validateTensor,
} from '../kit/toolkit';
import { GRADIENTS, PARAMETER } from './cases';
import text from './messages';
import type { Case, Mlp64 } from './oracle';
import type { Run } from './runMlp';

/**
 * The learner's loss and gradients for the batch repeated twice (`twice`)
 * equal those for the batch once (`once`): a mean over the batch does not
 * change when every example appears twice; a sum doubles. Both sides are
 * the learner's float64, so `bounds` (the reference's float32 bounds for
 * the doubled batch) pass any way of summing and fail every factor of 2.
 */
export function expectMeanOverBatch(once: Run, twice: Run, c: Case, bounds: Record<keyof Mlp64, Bound>): void {
  const loss = validateTensor(once.loss, [], { fn: 'mlpForward', argument: 'loss' });
  const grads = Object.fromEntries(
    GRADIENTS.map((g) => [
      g,
      validateTensor(once.grads[g], shapeOf(c[PARAMETER[g]]), { fn: 'mlpBackward', argument: g }),
    ]),
  );
  unchanged(() => expectClose(twice.loss, loss, { fn: 'mlpForward', argument: 'loss', bound: bounds.loss }));
  unchanged(() => expectOutputs(twice.grads, grads, { fn: 'mlpBackward', bounds, gradients: GRADIENTS }));
}

/** Says that "expected" is the learner's own value for the batch once. */
function unchanged(check: () => void): void {
  try {
    check();
  } catch (err) {
    if (!(err instanceof GradingFailure)) throw err;
    fail({
      ...err.detail,
      message: text['batch-twice']({ inner: messageOf(err.detail) }),
    });
  }
}

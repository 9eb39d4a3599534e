import {
  type CloseConstraints,
  expectClose,
  fail,
  GradingFailure,
  mapNested,
  type Nested,
  shapeOf,
  validateTensor,
} from '../kit/toolkit';
import { type Case, GRADIENTS, PARAMETER, repeatedTwice } from './cases';
import { forward64 } from './float64';
import type { Run } from './runMlp';
import { FIRST_ROW_BIAS, NO_MEAN, SUMMED_LOSS } from './suspects';
import { opsOf, roundingScales } from './tolerances';

/**
 * The learner's loss and gradients for the batch repeated twice (`twice`)
 * equal those for the batch once (`once`): a mean over the batch does not
 * change when every example appears twice; a sum doubles.
 */
export function expectMeanOverBatch(once: Run, twice: Run, c: Case): void {
  // Both sides are the learner's float64: only the order of roundings
  // differs, so the bound is float64's, over the size of the terms.
  const s = roundingScales(c, forward64(c));
  const ops = opsOf(repeatedTwice(c));
  const loss = validateTensor(once.loss, [], { fn: 'mlpForward', argument: 'loss' }) as number;
  expectUnchanged(twice.loss, loss, {
    fn: 'mlpForward',
    argument: 'loss',
    precision: 'float64',
    ops,
    scale: s.loss,
    suspects: [{ misconception: SUMMED_LOSS, value: () => 2 * loss }],
  });
  for (const name of GRADIENTS) {
    const g = validateTensor(once.grads[name], shapeOf(c[PARAMETER[name]]), { fn: 'mlpBackward', argument: name });
    const bias = name === 'db1' || name === 'db2';
    expectUnchanged(twice.grads[name], g, {
      fn: 'mlpBackward',
      argument: name,
      precision: 'float64',
      ops,
      scale: s[name],
      suspects: [
        { misconception: NO_MEAN, value: () => mapNested(g, (v) => 2 * v) },
        // δ rows are divided by 2N but only the first is kept: half the value.
        ...(bias ? [{ misconception: FIRST_ROW_BIAS, value: () => mapNested(g, (v) => v / 2) }] : []),
      ],
    });
  }
}

/**
 * expectClose, saying that "expected" is the learner's own value for the
 * batch once. Not withMisconception: a failure here names a misconception
 * only when a suspect matched; there is no one mistake to name otherwise.
 */
function expectUnchanged(twice: unknown, once: Nested, c: CloseConstraints): void {
  try {
    expectClose(twice, once, c);
  } catch (err) {
    if (!(err instanceof GradingFailure)) throw err;
    fail({
      ...err.detail,
      summary: `with the batch repeated twice, ${err.detail.summary} (its value for the batch once)`,
    });
  }
}

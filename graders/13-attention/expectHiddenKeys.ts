import { flatten, indexOf, type Tensor64, toNested } from '../kit/tensor';
import { fail, fmtPair } from '../kit/toolkit';
import type { Case, T4 } from './cases';
import { rowName } from './learner';
import text from './messages';

/**
 * Fails at the first hidden key with a weight other than 0, or the first
 * weight other than 1/Sk in a row whose keys are all hidden, within the
 * float32 bound of the oracle's weights there (`allowed`).
 */
export function expectHiddenKeys(w: T4, c: Case, truth: Tensor64, allowed: ArrayLike<number>): void {
  const got = flatten(w);
  const mask = flatten(c.mask!);
  const Sk = truth.shape[3];
  for (let k = 0; k < got.length; k++) {
    const row = k - (k % Sk);
    const allHidden = mask.slice(row, row + Sk).every((x) => x === 0);
    if ((mask[k] !== 0 && !allHidden) || Math.abs(got[k] - truth.data[k]) <= allowed[k]) continue;
    const [b, h, i, j] = indexOf(k, truth.shape);
    const [gs, es] = fmtPair(got[k], truth.data[k]);
    fail({
      fn: 'attentionForward',
      argument: 'weights',
      index: [b, h, i, j],
      got: got[k],
      expected: truth.data[k],
      allowed: allowed[k],
      tensors: { got: w, expected: toNested(truth) },
      message: allHidden
        ? text['hidden-row-uniform']({ b, h, i, j, got: gs, row: rowName(b, h, i), Sk, expected: es })
        : text['hidden-key-weight']({ b, h, i, j, got: gs }),
    });
  }
}

import { flatten, indexOf, sum, type Tensor64, toNested } from '../kit/tensor';
import { fail, fmt } from '../kit/toolkit';
import type { T4 } from './cases';
import { rowName } from './learner';
import text from './messages';

/**
 * Fails at the first row of weights whose sum is not 1 within `bound`, the
 * float32 bound of the oracle's row sums (`sum(truth.weights)`): the
 * learner's float64 sum is far closer, and a row that is off is off by a lot.
 */
export function expectRowsSumToOne(w: T4, truth: Tensor64, bound: (t: Tensor64) => ArrayLike<number>): void {
  const sums = sum(truth, { axis: -1 });
  const allowed = bound(sums);
  const flat = flatten(w);
  const Sk = truth.shape[3];
  for (let r = 0; r < sums.data.length; r++) {
    let total = 0;
    for (let j = 0; j < Sk; j++) total += flat[r * Sk + j];
    if (Math.abs(total - 1) <= allowed[r]) continue;
    const [b, h, i] = indexOf(r, sums.shape);
    fail({
      fn: 'attentionForward',
      argument: 'weights',
      index: [b, h, i],
      got: total,
      expected: 1,
      allowed: allowed[r],
      // The weights themselves, for the report's picture of the row.
      tensors: { got: w, expected: toNested(truth) },
      message: text['rows-sum']({ row: rowName(b, h, i), total: fmt(total) }),
    });
  }
}

import { sum, type Tensor64 } from '../kit/tensor';
import { fail, fmt } from '../kit/toolkit';
import type { T4 } from './cases';
import text from './messages';

/**
 * Fails at the first row of a head's weights whose sum is not 1 within the
 * float32 bound of the oracle's row sums: a float64 learner is far closer,
 * and a row that is off is off by a lot.
 */
export function expectRowsSumToOne(w: T4, truth: Tensor64, bound: (t: Tensor64) => ArrayLike<number>): void {
  const allowed = bound(sum(truth, { axis: -1 }));
  let r = 0;
  for (const [n, Wn] of w.entries()) {
    for (const [h, P] of Wn.entries()) {
      for (const [i, row] of P.entries()) {
        const total = row.reduce((s, x) => s + x, 0);
        const bound = allowed[r++];
        if (Math.abs(total - 1) <= bound) continue;
        fail({
          fn: 'mhaForward',
          argument: 'weights',
          index: [n, h, i],
          got: total,
          expected: 1,
          allowed: bound,
          message: text['rows-sum']({ n, h, i, total: fmt(total) }),
        });
      }
    }
  }
}

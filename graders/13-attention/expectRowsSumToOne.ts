import { fail, fmt } from '../kit/toolkit';
import type { Case, T4 } from './cases';
import { MASK_AFTER, rowName } from './misconceptions';
import { weightTolerance } from './tolerances';

/** Fails at the first row of weights whose sum is not 1; a masked row that sums to less looks masked after the softmax. */
export function expectRowsSumToOne(w: T4, c: Case): void {
  const eps = weightTolerance(c);
  w.forEach((wb, b) =>
    wb.forEach((wh, h) =>
      wh.forEach((row, i) => {
        const sum = row.reduce((s, x) => s + x, 0);
        if (Math.abs(sum - 1) <= eps) return;
        const hides = c.mask![b][h][i].some((x) => x === 0);
        fail({
          fn: 'attentionForward',
          argument: 'weights',
          index: [b, h, i],
          got: sum,
          expected: 1,
          summary: `weights in ${rowName(b, h, i)} do not sum to 1: they sum to ${fmt(sum)}`,
          misconception:
            hides && sum < 1
              ? MASK_AFTER
              : 'softmax normalises each row over the keys (the last axis): wᵢⱼ = exp(sᵢⱼ)/Σₖ exp(sᵢₖ)',
        });
      }),
    ),
  );
}

import { fail, fmt } from '../kit/toolkit';
import { attention64 } from './attention64';
import type { Case, T4 } from './cases';
import { MASK_AFTER, MASK_INVERTED, rowName } from './misconceptions';
import { weightTolerance } from './tolerances';

/** Fails at the first hidden key with a weight other than 0, or the first weight other than 1/Sk in a fully hidden row. */
export function expectHiddenKeys(w: T4, c: Case): void {
  const Sk = c.K[0][0].length;
  const eps = weightTolerance(c);
  w.forEach((wb, b) =>
    wb.forEach((wh, h) =>
      wh.forEach((row, i) => {
        const m = c.mask![b][h][i];
        const allHidden = m.every((x) => x === 0);
        row.forEach((x, j) => {
          const want = allHidden ? 1 / Sk : m[j] === 0 ? 0 : undefined;
          if (want === undefined || Math.abs(x - want) <= eps) return;
          fail({
            fn: 'attentionForward',
            argument: 'weights',
            index: [b, h, i, j],
            got: x,
            expected: want,
            summary: allHidden
              ? `weights[${b}][${h}][${i}][${j}] is ${fmt(x)}, but every key of ${rowName(b, h, i)} is hidden, so the row is uniform: 1/${Sk}`
              : `weights[${b}][${h}][${i}][${j}] is ${fmt(x)}, but key ${j} is hidden from query ${i} (mask[${b}][${h}][${i}][${j}] = 0) and must get weight 0`,
            misconception:
              allHidden && row.every((y) => y === 0)
                ? MASK_AFTER
                : allHidden
                  ? 'masked_fill(mask == 0, −1e9) replaces every score of a fully hidden row by the same −1e9, so its softmax is uniform; adding −1e9 to the scores instead keeps their differences'
                  : x > 0 &&
                      m.some((y) => y === 1) &&
                      Math.abs(x - attention64(c, { maskInverted: true }).weights[b][h][i][j]) <= eps
                    ? MASK_INVERTED
                    : "a hidden key's score is −1e9 before the softmax, and exp(−1e9 − max) = 0",
          });
        });
      }),
    ),
  );
}

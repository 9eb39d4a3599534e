import { fail, GradingFailure, type Nested, validateTensor } from '../kit/toolkit';
import { dot } from './attention64';
import type { Case } from './cases';
import { NO_MAX_SUBTRACTION, rowName } from './misconceptions';

/**
 * validateTensor for one of attentionForward's outputs that re-throws a
 * non-finite value with the mistake that makes one: in a fully hidden row,
 * exp(−1e9) or exp(−∞) underflowing to 0/0; where some score is above 700,
 * exp overflowing.
 */
export function validated(got: unknown, shape: number[], c: Case, argument: string): Nested {
  try {
    return validateTensor(got, shape, { fn: 'attentionForward', argument });
  } catch (err) {
    const d = err instanceof GradingFailure ? err.detail : undefined;
    if (!d || d.got === undefined || Number.isFinite(d.got) || !d.index) throw err;
    const [b, h, i] = d.index;
    if (c.mask?.[b][h][i].every((x) => x === 0)) {
      fail({
        ...d,
        summary: `${argument} in ${rowName(b, h, i)} is ${d.got}, and every key of that row is hidden`,
        misconception:
          'a fully hidden row must come out uniform, 1/Sk per key: masked_fill(mask == 0, −1e9) makes all its scores equal, and softmax subtracts the row max before exp (exp(−1e9) alone underflows to 0, and 0/0 is NaN; so does a −∞ fill without a fallback)',
      });
    }
    if (largestScore(c) > 700) fail({ ...d, misconception: NO_MAX_SUBTRACTION });
    throw err;
  }
}

/** The largest visible score q·k/√d_k. */
function largestScore(c: Case): number {
  let top = -Infinity;
  c.Q.forEach((Qb, b) =>
    Qb.forEach((q, h) =>
      q.forEach((qi, i) =>
        c.K[b][h].forEach((kj, j) => {
          if (c.mask?.[b][h][i][j] !== 0) top = Math.max(top, dot(qi, kj) / Math.sqrt(qi.length));
        }),
      ),
    ),
  );
  return top;
}

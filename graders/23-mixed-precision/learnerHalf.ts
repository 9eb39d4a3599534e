import { callLearner, fail } from '../kit/toolkit';
import type { K } from './cases';
import text from './messages';
import { showNumber } from './showNumber';

/** toFloat16(x) from the learner's code, checked to be a number. */
export function learnerHalf(kata: K, x: number): number {
  const got: unknown = callLearner(kata, 'toFloat16', { x });
  if (typeof got !== 'number')
    fail({ kind: 'shape', fn: 'toFloat16', message: text['not-a-number']({ x: showNumber(x), got: showNumber(got) }) });
  return got;
}

/** Fails at the first x whose half is not `want(x)`, bit for bit: NaN is NaN, −0 is not +0. */
export function expectHalves(kata: K, xs: readonly number[], want: (x: number, i: number) => number): void {
  for (const [i, x] of xs.entries()) {
    const got = learnerHalf(kata, x);
    const expected = want(x, i);
    if (!Object.is(got, expected))
      fail({
        fn: 'toFloat16',
        got,
        expected,
        message: text['value-off']({ x: showNumber(x), got: showNumber(got), expected: showNumber(expected) }),
      });
  }
}

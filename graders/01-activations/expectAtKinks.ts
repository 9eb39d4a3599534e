import { fail, fmt, fmtPair, validateTensor } from '../kit/toolkit';
import text from './messages';

/** Checks fn(x) = want exactly at kinks x: which slope to take there is a convention, not a rounding. */
export function expectAtKinks(got: unknown, x: readonly number[], want: readonly number[], fn: string): void {
  const argument = `${fn}(x)`;
  const values = validateTensor(got, [want.length], { fn, argument }) as number[];
  values.forEach((v, i) => {
    if (v !== want[i]) {
      const [gs, es] = fmtPair(v, want[i]);
      fail({
        fn,
        argument,
        index: [i],
        got: v,
        expected: want[i],
        message: text['at-kink']({ fn, x: fmt(x[i]), got: gs, expected: es }),
      });
    }
  });
}

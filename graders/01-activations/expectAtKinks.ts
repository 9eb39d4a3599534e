import { fail, fmt, validateTensor } from '../kit/toolkit';

/** Checks fn([0]) = [want] exactly, naming PyTorch's `convention` for the slope at a kink when it is not. */
export function expectAtZero(got: unknown, want: number, fn: string, convention: string): void {
  const [v] = validateTensor(got, [1], { fn, argument: `${fn}([0])` }) as number[];
  if (v !== want)
    fail({
      fn,
      argument: `${fn}([0])`,
      index: [0],
      got: v,
      expected: want,
      summary: `${fn}([0]) is [${fmt(v)}], expected [${fmt(want)}]`,
      misconception: convention,
    });
}

/** Checks fn(kinks) = want exactly, naming the `convention` when it is not. */
export function expectAtKinks(got: unknown, want: readonly number[], fn: string, convention: string): void {
  const values = validateTensor(got, [want.length], { fn, argument: `${fn}(kinks)` }) as number[];
  values.forEach((v, i) => {
    if (v !== want[i])
      fail({
        fn,
        argument: `${fn}(kinks)`,
        index: [i],
        got: v,
        expected: want[i],
        summary: `${fn}(kinks)[${i}] is ${fmt(v)}, expected ${fmt(want[i])}`,
        misconception: convention,
      });
  });
}

import { closeness, fail, flatten, fmt, indexOf, type Nested, shapeOf } from '../kit/toolkit';

/** What a difference between two runs means, for the message. */
export interface SameWhat {
  readonly argument: string;
  readonly summary: string;
  readonly misconception: string;
}

/** Fails unless two learner outputs agree within float64 rounding, naming the first place they differ. */
export function expectSame(got: Nested, want: Nested, eps: number, scale: number, what: SameWhat): void {
  const m = closeness(flatten(got), flatten(want), eps, scale);
  if (m.ratio <= 1) return;
  const index = indexOf(m.worst, shapeOf(want));
  fail({
    fn: 'attentionForward',
    argument: what.argument,
    index,
    got: m.got,
    expected: m.expected,
    allowed: m.bound,
    summary: `${what.summary}: ${what.argument}${index.map((i) => `[${i}]`).join('')} is ${fmt(m.got)}, expected ${fmt(m.expected)}`,
    misconception: what.misconception,
  });
}

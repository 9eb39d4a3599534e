import type { Suspect } from '../kit/toolkit';
import { attention64 } from './attention64';
import type { Case, T4 } from './cases';
import {
  DIVIDED_BY_DK,
  dScaleMissing,
  ELEMENTWISE_BACKWARD,
  HIDDEN_GRADIENT,
  MASK_AFTER,
  MASK_INVERTED,
  SCALE_MISSING,
} from './misconceptions';

// Each suspect is the float64 value one mistake would give on this case;
// expectClose names the first that matches the learner's answer. Order
// matters: a property whose cases cannot show a mask mistake (no mask) takes
// only the first ones.

/** The forward's mistakes, as weights or out. */
export function forwardSuspects(c: Case, which: 'weights' | 'out'): Suspect[] {
  return [
    { misconception: SCALE_MISSING, value: () => attention64(c, { scale: () => 1 })[which] },
    { misconception: DIVIDED_BY_DK, value: () => attention64(c, { scale: (dk) => 1 / dk })[which] },
    { misconception: MASK_AFTER, value: () => attention64(c, { maskAfterSoftmax: true })[which] },
    { misconception: MASK_INVERTED, value: () => attention64(c, { maskInverted: true })[which] },
  ];
}

/** The backward's mistakes, as dQ or dK. */
export function gradientSuspects(c: Case, which: 'dQ' | 'dK'): Suspect[] {
  const root = Math.sqrt(c.Q[0][0][0].length);
  return [
    { misconception: ELEMENTWISE_BACKWARD, value: () => attention64(c, { elementwiseSoftmaxBackward: true })[which] },
    { misconception: dScaleMissing(which), value: () => times(attention64(c)[which], root) },
    { misconception: HIDDEN_GRADIENT, value: () => attention64(c, { gradientThroughHidden: true })[which] },
  ];
}

const times = (x: T4, c: number): T4 => x.map((b) => b.map((h) => h.map((row) => row.map((y) => y * c))));

import fc from 'fast-check';
import { normInf } from '../kit/tensor';
import { classLabels, dim, tensor } from '../kit/toolkit';
import { type Case, logits64 } from './oracle';

export const GRADIENTS = ['dW1', 'db1', 'dW2', 'db2'] as const;
export type GradientName = (typeof GRADIENTS)[number];
export const PARAMETER = { dW1: 'W1', db1: 'b1', dW2: 'W2', db2: 'b2' } as const;

export const paramsOf = ({ W1, b1, W2, b2 }: Case) => ({ W1, b1, W2, b2 });

export const repeatedTwice = (c: Case): Case => ({ ...c, x: [...c.x, ...c.x], y: [...c.y, ...c.y] });

/**
 * x in [−2, 2], W1 in [−½, ½], W2 in [−2, 2], biases in [−1, 1]:
 * pre-activations stay within |a1| ≤ 7, where σ′ ≥ 1e-3, so a wrong σ′ or a
 * skipped sigmoid shows; logits stay within ±13. Labels are any of C ≥ 2.
 */
const caseOf = (N: number, D: number, H: number, C: number): fc.Arbitrary<Case> =>
  fc.record({
    x: tensor([N, D], { min: -2, max: 2 }),
    y: classLabels(N, C),
    W1: tensor([H, D], { min: -0.5, max: 0.5 }),
    b1: tensor([H], { min: -1, max: 1 }),
    W2: tensor([C, H], { min: -2, max: 2 }),
    b2: tensor([C], { min: -1, max: 1 }),
  });

/** N, D, H from 1 to 6, C from 2 to 6. */
export const batch = fc.tuple(dim(), dim(), dim(), dim({ min: 2 })).chain(([N, D, H, C]) => caseOf(N, D, H, C));

export const singleExample = fc.tuple(dim(), dim(), dim({ min: 2 })).chain(([D, H, C]) => caseOf(1, D, H, C));

/**
 * Logits beyond ±1000 in every row. float64's exp overflows above 709.78, so
 * smaller logits would not expose an unstable softmax in learner code. W2 is
 * scaled by up to 100, then class 0 is pushed up and class 1 down by
 * `target` plus the largest logit, so every row has z[0] ≥ target and
 * z[1] ≤ −target; example 0 is labelled 1, the class whose probability
 * underflows to 0.
 */
export const largeLogits = fc
  .tuple(batch, fc.double({ min: 1, max: 100, noNaN: true }), fc.double({ min: 1000, max: 2000, noNaN: true }))
  .map(([c, w, target]): Case => {
    const W2 = c.W2.map((row) => row.map((v) => v * w));
    const push = target + normInf(logits64({ ...c, W2 }).data);
    return { ...c, W2, b2: c.b2.map((v, k) => v + (k === 0 ? push : k === 1 ? -push : 0)), y: [1, ...c.y.slice(1)] };
  });

/**
 * Large logits where some label's probability underflows to 0 (as
 * largeLogits) and where none does (every label is class 0, p ≈ 1): an
 * overflowing log Σ exp(z) gives ∞ on both, the log of an underflowed
 * probability on the first only.
 */
export const largeLogitsAnyLabel = fc.oneof(
  largeLogits,
  largeLogits.map((c): Case => ({ ...c, y: c.y.map(() => 0) })),
);

import fc from 'fast-check';
import { callLearner, defineGrader, fail, GradingFailure, property } from '../kit/toolkit';
import {
  cleanSteps,
  growthCases,
  halfCases,
  inRangeCases,
  type K,
  overflowCases,
  overflowingSteps,
  overflowStepCases,
  refusedCases,
  scalerCases,
  zeroCases,
} from './cases';
import { expectStates } from './expectStates';
import { expectStep } from './expectStep';
import { expectHalves, learnerHalf } from './learnerHalf';
import text from './messages';
import { ampMistakes, halfMistakes, scalerMistakes } from './mistakes';
import { type AmpCase, FINITE_HALF_CODES, GRAD_SCALER_DEFAULTS, HALF_GRID, half64, halfUlp } from './oracle';
import { showNumber } from './showNumber';

// Float16 values and power-of-two scales are exact: those checks compare bit
// for bit (Object.is, so NaN is NaN and −0 is not +0). Only the new master
// weights carry a rounding bound, from the oracle's formula (expectStep.ts).
// Every property lists the mistakes that can make it fail; the engine names
// one only where the learner's own code is shown to make it (mistakes.ts).

/**
 * Each derived from the layout (1 sign, 5 exponent, 10 mantissa bits, bias 15),
 * not read off an implementation.
 */
const KNOWN: readonly (readonly [number, number])[] = [
  // (2 − 2⁻¹⁰)·2¹⁵: the largest finite half.
  [65504, 65504],
  // 65519 < 65520 = 65504 + 32/2, halfway to 65536: nearer 65504.
  [65519, 65504],
  [65519.99, 65504],
  // The halfway point itself: 65504 has mantissa 1023 (odd), the would-be 65536 is even → ∞.
  [65520, Number.POSITIVE_INFINITY],
  [-65520, Number.NEGATIVE_INFINITY],
  // The smallest subnormal, 1·2⁻²⁴, and the largest, 1023·2⁻²⁴ = 2⁻¹⁴ − 2⁻²⁴.
  [2 ** -24, 2 ** -24],
  [2 ** -14 - 2 ** -24, 2 ** -14 - 2 ** -24],
  // Halfway between 0 (even) and 2⁻²⁴ (mantissa 1, odd): 0.
  [2 ** -25, 0],
  // 1.5·2⁻²⁵ is past halfway: up to 2⁻²⁴.
  [3 * 2 ** -26, 2 ** -24],
  // 1/3 = 1.0101…₂·2⁻²: mantissa 0101010101|0101… rounds down, (1024 + 341)·2⁻¹² = 1365/4096.
  [1 / 3, 0.333251953125],
  // Halfway between 1 (mantissa 0, even) and 1 + 2⁻¹⁰ (odd): 1.
  [1 + 2 ** -11, 1],
  // Halfway between 1 + 2⁻¹⁰ (odd) and 1 + 2⁻⁹ (even): up.
  [1 + 3 * 2 ** -11, 1 + 2 ** -9],
  // 0.1 = 1.1001100110011…₂·2⁻⁴: mantissa 1001100110|011… rounds down, 1638·2⁻¹⁴.
  [0.1, 0.0999755859375],
  [Number.NaN, Number.NaN],
  [0, 0],
  [-0, -0],
  [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
  [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
];

/** Every finite non-negative half value, 31,744 of them, and −0. */
const EVERY_HALF = { halves: 'all' as const };

const noThrow = (kata: K, fn: 'scalerUpdate' | 'ampStep', args: Record<string, unknown>): boolean => {
  try {
    callLearner(kata, fn, args);
  } catch (err) {
    // The learner's own throw is the refusal asked for; anything else (a modified input) stands.
    if (err instanceof GradingFailure && err.detail.kind === 'exception') return false;
    throw err;
  }
  return true;
};

export default defineGrader<K>([
  property({
    id: 'known-values',
    name: 'known halves: 65504, 65519 → 65504, 65520 → ∞, 2⁻²⁴, 2⁻²⁵ → 0, 1/3, 1 + 2⁻¹¹ → 1, 0.1, NaN, ±0, ±∞',
    points: 2,
    arbitrary: fc.constant(KNOWN),
    numRuns: 1,
    diagnose: halfMistakes,
    check: (kata, known) =>
      expectHalves(
        kata,
        known.map(([x]) => x),
        (_, i) => known[i][1],
      ),
  }),
  property({
    id: 'nearest-half',
    name: 'the nearest half, ties to even, on doubles of every binade, subnormals and overflow included',
    points: 3,
    arbitrary: halfCases,
    diagnose: halfMistakes,
    check: (kata, { xs }) => expectHalves(kata, xs, (x) => half64(x)),
  }),
  property({
    id: 'within-half-an-ulp',
    name: 'within half a grid spacing of x, exactly half only at a tie that went to even',
    points: 2,
    arbitrary: inRangeCases,
    diagnose: halfMistakes,
    // Between 2^k and 2^(k+1) halves are 2^(k−10) apart (2⁻²⁴ below 2⁻¹⁴): the
    // nearest is at most half that away, and exactly half only from a tie,
    // where it must be the neighbour whose mantissa is even: h/ulp even.
    check: (kata, { xs }) => {
      for (const x of xs) {
        const got = learnerHalf(kata, x);
        const ulp = halfUlp(x);
        const error = Math.abs(got - x);
        const show = { x: showNumber(x), got: showNumber(got), ulp: showNumber(ulp), halfUlp: showNumber(ulp / 2) };
        if (!(error <= ulp / 2)) fail({ fn: 'toFloat16', message: text['beyond-half-ulp']({ ...show, error }) });
        if (error === ulp / 2 && (got / ulp) % 2 !== 0)
          fail({ fn: 'toFloat16', message: text['odd-tie']({ ...show, expected: showNumber(half64(x)) }) });
      }
    },
  }),
  property({
    id: 'halves-are-fixed',
    name: 'every finite half value rounds to itself',
    points: 1,
    arbitrary: fc.constant(EVERY_HALF),
    numRuns: 1,
    diagnose: halfMistakes,
    check: (kata) => {
      // The negative halves follow from 'odd'; −0 is the one whose sign is easy to lose.
      expectHalves(kata, [...HALF_GRID.subarray(0, FINITE_HALF_CODES), -0], (x) => x);
    },
  }),
  property({
    id: 'idempotent',
    name: 'rounding twice is rounding once',
    points: 1,
    arbitrary: halfCases,
    diagnose: halfMistakes,
    check: (kata, { xs }) => {
      for (const x of xs) {
        const once = learnerHalf(kata, x);
        const twice = learnerHalf(kata, once);
        if (!Object.is(once, twice))
          fail({
            fn: 'toFloat16',
            message: text['not-idempotent']({ x: showNumber(x), once: showNumber(once), twice: showNumber(twice) }),
          });
      }
    },
  }),
  property({
    id: 'monotone',
    name: 'monotone: x < y gives toFloat16(x) ≤ toFloat16(y)',
    points: 1,
    arbitrary: halfCases,
    diagnose: halfMistakes,
    check: (kata, { xs }) => {
      const sorted = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
      const hs = sorted.map((x) => learnerHalf(kata, x));
      for (let i = 1; i < sorted.length; i++) {
        if (sorted[i - 1] < sorted[i] && !(hs[i - 1] <= hs[i]))
          fail({
            fn: 'toFloat16',
            message: text['not-monotone']({
              a: showNumber(sorted[i - 1]),
              b: showNumber(sorted[i]),
              fa: showNumber(hs[i - 1]),
              fb: showNumber(hs[i]),
            }),
          });
      }
    },
  }),
  property({
    id: 'odd',
    name: 'odd: toFloat16(−x) = −toFloat16(x), zeros included',
    points: 1,
    arbitrary: halfCases,
    diagnose: halfMistakes,
    check: (kata, { xs }) => {
      for (const x of xs) {
        const pos = learnerHalf(kata, x);
        const neg = learnerHalf(kata, -x);
        if (!Object.is(neg, -pos))
          fail({
            fn: 'toFloat16',
            message: text['not-odd']({
              x: showNumber(x),
              pos: showNumber(pos),
              negX: showNumber(-x),
              neg: showNumber(neg),
            }),
          });
      }
    },
  }),
  property({
    id: 'signed-zeros',
    name: '−0 and negatives below 2⁻²⁵ round to −0; +0 and positives below it to +0',
    points: 1,
    arbitrary: zeroCases,
    diagnose: halfMistakes,
    check: (kata, { xs }) => expectHalves(kata, xs, (x) => (x < 0 || Object.is(x, -0) ? -0 : 0)),
  }),
  property({
    id: 'overflow',
    name: '(65504, 65520) rounds to 65504 and [65520, ∞) to infinity, either sign',
    points: 1,
    arbitrary: overflowCases,
    diagnose: halfMistakes,
    check: (kata, { xs }) =>
      expectHalves(kata, xs, (x) => Math.sign(x) * (Math.abs(x) < 65520 ? 65504 : Number.POSITIVE_INFINITY)),
  }),
  property({
    id: 'scaler-sequence',
    name: "a sequence of steps gives GradScaler's scales and counts",
    points: 3,
    arbitrary: scalerCases,
    diagnose: scalerMistakes,
    check: (kata, c) => expectStates(kata, c),
  }),
  property({
    id: 'overflow-backs-off',
    name: 'an overflow multiplies the scale by backoffFactor and resets the count to 0',
    points: 1,
    arbitrary: overflowStepCases,
    diagnose: scalerMistakes,
    check: (kata, c) => expectStates(kata, c),
  }),
  property({
    id: 'grows-after-interval',
    name: 'growthInterval clean steps in a row multiply the scale by growthFactor, on the last of them',
    points: 1,
    arbitrary: growthCases,
    diagnose: scalerMistakes,
    check: (kata, c) => expectStates(kata, c),
  }),
  property({
    id: 'pytorch-defaults',
    name: "options left out are GradScaler's: growth 2, backoff 0.5, interval 2000",
    points: 1,
    arbitrary: fc.constant(GRAD_SCALER_DEFAULTS),
    numRuns: 1,
    diagnose: scalerMistakes,
    check: (kata, d) => {
      const opts = { growthFactor: d.growthFactor, backoffFactor: d.backoffFactor, growthInterval: d.growthInterval };
      // The learner is given {}: the oracle runs with PyTorch's numbers, which the learner must fill in.
      const run = (goodSteps: number, flags: boolean[]) =>
        expectStates(kata, { state0: { scale: d.initScale, goodSteps }, flags, opts }, {});
      run(d.growthInterval - 1, [false, false]);
      run(d.growthInterval - 2, [true, false]);
      run(0, [false, false, true]);
    },
  }),
  property({
    id: 'refuses-invalid-options',
    name: 'a scale not positive and finite, growthFactor ≤ 1, backoffFactor outside (0, 1) or growthInterval < 1 throws',
    points: 1,
    arbitrary: refusedCases,
    check: (kata, c) => {
      const args =
        c.fn === 'scalerUpdate'
          ? { state: c.state, foundInf: false, opts: c.opts }
          : { master: [1, -2], grad16: [512, 3], state: c.state, opts: { ...c.opts, lr: 0.1 } };
      if (noThrow(kata, c.fn, args))
        fail({
          fn: c.fn,
          kind: 'rule',
          rule: 'refuses-invalid-options',
          message: text['refused-accepted']({ fn: c.fn, bad: c.bad }),
        });
    },
  }),
  property({
    id: 'clean-step',
    name: 'a clean step is SGD on grad16/scale unscaled in full precision, and updates the scaler',
    points: 3,
    arbitrary: cleanSteps,
    diagnose: [...ampMistakes, ...scalerMistakes],
    check: (kata, c) => expectStep(kata, c),
  }),
  property({
    id: 'skips-overflow',
    name: 'a step with an inf or NaN gradient is skipped: master unchanged, scale backed off',
    points: 2,
    arbitrary: overflowingSteps,
    diagnose: [...ampMistakes, ...scalerMistakes],
    check: (kata, c) => expectStep(kata, c),
  }),
  property({
    id: 'half-copy',
    name: 'half is toFloat16 of each new master weight',
    points: 1,
    arbitrary: fc.oneof(cleanSteps, overflowingSteps),
    diagnose: [...ampMistakes, ...scalerMistakes, ...halfMistakes],
    check: (kata, c) => expectStep(kata, c, { master: false, half: true }),
  }),
  property({
    id: 'keeps-what-half-loses',
    name: 'full precision keeps what half loses: a gradient of 2⁻²⁶ after unscaling, a step of 2⁻¹² on a weight of 1',
    points: 1,
    // Scale 2¹⁶ and lr 1: grad16 = 16 unscales to 2⁻¹², and 1 − 2⁻¹² is halfway between
    // 1 − 2⁻¹¹ and 1 (so its half is 1, even); grad16 = 2⁻¹⁰ unscales to 2⁻²⁶, below half's
    // 2⁻²⁵ (so it would vanish if unscaled in half). The master must be [1 − 2⁻¹², −2⁻²⁶].
    arbitrary: fc.constant<AmpCase>({
      master: [1, 0],
      grad16: [16, 2 ** -10],
      state: { scale: 2 ** 16, goodSteps: 0 },
      opts: { growthFactor: 2, backoffFactor: 0.5, growthInterval: 2000, lr: 1 },
    }),
    numRuns: 1,
    diagnose: [...ampMistakes, ...scalerMistakes, ...halfMistakes],
    check: (kata, c) => expectStep(kata, c, { half: true }),
  }),
]);

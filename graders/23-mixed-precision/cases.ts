import fc from 'fast-check';
import type * as Kata from '../../katas/23-mixed-precision/mixed-precision';
import { type AmpCase, FINITE_HALF_CODES, HALF_GRID, half64, type Options, type State } from './oracle';

export type K = typeof Kata;

/** Doubles to round. */
export interface HalfCase {
  readonly xs: number[];
}

/** A scaler from state0 through one update per flag. */
export interface ScalerCase {
  readonly state0: State;
  readonly flags: boolean[];
  readonly opts: Options;
}

const signed = (a: fc.Arbitrary<number>): fc.Arbitrary<number> =>
  fc.tuple(a, fc.boolean()).map(([v, neg]) => (neg ? -v : v));

const code = fc.integer({ min: 0, max: FINITE_HALF_CODES - 1 });

/** (1 + f)·2^e over every binade of half and a little past both ends. */
const binade = fc
  .tuple(fc.integer({ min: -27, max: 16 }), fc.double({ min: 1, max: 2, maxExcluded: true, noNaN: true }))
  .map(([e, f]) => f * 2 ** e);
const halfValue = code.map((c) => HALF_GRID[c]);
/** Exactly halfway between two neighbours (12 significant bits: exact in float64 and in float32). */
const tie = code.map((c) => (HALF_GRID[c] + HALF_GRID[c + 1]) / 2);
/**
 * A tie moved by less than half a float32 ulp of it: Math.fround puts it
 * back on the tie (the double rounding), the definition rounds it toward
 * the side it moved to.
 */
const nearTie = fc
  .tuple(tie, fc.integer({ min: 0, max: 20 }), fc.boolean())
  .map(([t, j, up]) => t + (up ? 1 : -1) * 2 ** (Math.floor(Math.log2(t)) - 25 - j));
/** Below half of the smallest subnormal: rounds to a zero of x's sign. */
const tiny = fc.double({ min: 2 ** -40, max: 2 ** -25, noNaN: true });
const subnormal = fc.double({ min: 2 ** -25, max: 2 ** -14, maxExcluded: true, noNaN: true });
/** Nearer to 65504 than to 65536: rounds to 65504. */
const belowOverflow = fc.double({ min: 65504, max: 65520, minExcluded: true, maxExcluded: true, noNaN: true });
const overflow = fc.double({ min: 65520, max: 1e30, noNaN: true });
const special = fc.constantFrom(
  0,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  65504,
  65520,
  2 ** -24,
  2 ** -14,
);

/** Every kind of double in each case, so that each mistake shows in almost every one. */
export const halfCases: fc.Arbitrary<HalfCase> = fc
  .tuple(
    fc.array(signed(binade), { minLength: 4, maxLength: 4 }),
    fc.array(signed(halfValue), { minLength: 2, maxLength: 2 }),
    fc.array(signed(tie), { minLength: 2, maxLength: 2 }),
    fc.array(signed(nearTie), { minLength: 3, maxLength: 3 }),
    tiny.map((v) => -v),
    signed(tiny),
    fc.array(signed(subnormal), { minLength: 2, maxLength: 2 }),
    signed(belowOverflow),
    signed(overflow),
    special,
  )
  .map((parts) => ({ xs: parts.flat() }));

/** Finite doubles in the range where half's grid applies, |x| < 65520. */
export const inRangeCases: fc.Arbitrary<HalfCase> = halfCases.map(({ xs }) => ({
  xs: xs.filter((x) => Number.isFinite(x) && Math.abs(x) < 65520),
}));

/** Doubles whose nearest half is a zero: −0, +0 and values up to 2⁻²⁵ of either sign. */
export const zeroCases: fc.Arbitrary<HalfCase> = fc
  .tuple(
    fc.array(signed(tiny), { minLength: 2, maxLength: 4 }),
    tiny.map((v) => -v),
  )
  .map(([xs, neg]) => ({ xs: [-0, 0, 2 ** -25, -(2 ** -25), ...xs, neg] }));

/** Around the overflow threshold: (65504, 65520) → 65504, [65520, ∞) → ∞, either sign. */
export const overflowCases: fc.Arbitrary<HalfCase> = fc
  .tuple(
    fc.array(signed(belowOverflow), { minLength: 2, maxLength: 3 }),
    fc.array(signed(overflow), { minLength: 2, maxLength: 3 }),
  )
  .map(([a, b]) => ({ xs: [65519, -65519, 65520, -65520, ...a, ...b] }));

const powerOfTwo = (min: number, max: number) => fc.integer({ min, max }).map((k) => 2 ** k);

/**
 * Power-of-two scales and factors, as GradScaler's defaults make them: every
 * product is exact, so any correct formula gives the same bits.
 */
export const scalerOptions: fc.Arbitrary<Options> = fc.record({
  growthFactor: fc.constantFrom(2, 4, 8),
  backoffFactor: fc.constantFrom(0.5, 0.25, 0.125),
  growthInterval: fc.integer({ min: 1, max: 6 }),
});

const stateFor = (o: Options, minGood = 0): fc.Arbitrary<State> =>
  fc.record({
    scale: powerOfTwo(-2, 24),
    goodSteps: fc.integer({ min: Math.min(minGood, o.growthInterval - 1), max: o.growthInterval - 1 }),
  });

/** 1 to 30 steps, about one in four overflowing. */
export const scalerCases: fc.Arbitrary<ScalerCase> = scalerOptions.chain((opts) =>
  fc.record({
    state0: stateFor(opts),
    flags: fc.array(
      fc.integer({ min: 0, max: 3 }).map((v) => v === 0),
      { minLength: 1, maxLength: 30 },
    ),
    opts: fc.constant(opts),
  }),
);

/** One overflow from a state that has counted some clean steps. */
export const overflowStepCases: fc.Arbitrary<ScalerCase> = scalerOptions
  .filter((o) => o.growthInterval >= 2)
  .chain((opts) => fc.record({ state0: stateFor(opts, 1), flags: fc.constant([true]), opts: fc.constant(opts) }));

/** growthInterval clean steps from a fresh count: the scale must move on the last one only. */
export const growthCases: fc.Arbitrary<ScalerCase> = scalerOptions.chain((opts) =>
  fc.record({
    state0: fc.record({ scale: powerOfTwo(-2, 24), goodSteps: fc.constant(0) }),
    flags: fc.constant(Array.from({ length: opts.growthInterval }, () => false)),
    opts: fc.constant(opts),
  }),
);

/** A float16 gradient of the scaled loss: 2⁻²⁴ to 2¹⁵ in magnitude (finite), or zero. */
const grad16 = signed(
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(0) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.integer({ min: -24, max: 15 }), fc.double({ min: 1, max: 2, noNaN: true }))
        .map(([e, f]) => half64(f * 2 ** e)),
    },
  ),
);
const nonFinite = fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
const lr = fc.constantFrom(0.1, 0.01, 0.003, 1e-4, 0.5);

/** A step's inputs; `overflowing` puts an inf or a NaN among the gradients. */
const ampCasesOf = (overflowing: boolean, masterValue: fc.Arbitrary<number>): fc.Arbitrary<AmpCase> =>
  scalerOptions.chain((opts) =>
    fc.integer({ min: 1, max: 8 }).chain((n) =>
      fc.record({
        master: fc.array(masterValue, { minLength: n, maxLength: n }),
        grad16: overflowing
          ? fc
              .tuple(fc.array(grad16, { minLength: n, maxLength: n }), fc.nat(n - 1), nonFinite)
              .map(([g, i, bad]) => g.map((v, j) => (j === i ? bad : v)))
          : fc.array(grad16, { minLength: n, maxLength: n }),
        state: stateFor(opts),
        opts: lr.map((rate) => ({ ...opts, lr: rate })),
      }),
    ),
  );

/** Master weights of order one, and some at zero where the whole update shows. */
const weight = fc.oneof(fc.constant(0), fc.double({ min: -2, max: 2, noNaN: true }));

export const cleanSteps = ampCasesOf(false, weight);
export const overflowingSteps = ampCasesOf(true, weight);
/** Master weights at zero: the new master is −lr·g itself, so a wrongly unscaled g shows in full. */
export const stepsFromZero = ampCasesOf(false, fc.constant(0));
export const anySteps = fc.oneof(cleanSteps, overflowingSteps);

/** One option or state a GradScaler refuses, and which function is given it. */
export interface RefusedCase {
  readonly fn: 'scalerUpdate' | 'ampStep';
  readonly state: State;
  readonly opts: Partial<Options>;
  readonly bad: string;
}

export const refusedCases: fc.Arbitrary<RefusedCase> = fc
  .tuple(
    fc.constantFrom<RefusedCase['fn']>('scalerUpdate', 'ampStep'),
    fc.oneof(
      fc.constantFrom(0, -1, -0, Number.NaN, Number.POSITIVE_INFINITY).map((scale) => ({ scale, opts: {} })),
      fc.constantFrom(1, 0.5, 0, Number.NaN).map((growthFactor) => ({ scale: 1024, opts: { growthFactor } })),
      fc.constantFrom(0, 1, 1.5, -0.5, Number.NaN).map((backoffFactor) => ({ scale: 1024, opts: { backoffFactor } })),
      fc.constantFrom(0, -3, 2.5, Number.NaN).map((growthInterval) => ({ scale: 1024, opts: { growthInterval } })),
    ),
  )
  .map(([fn, { scale, opts }]) => ({
    fn,
    state: { scale, goodSteps: 0 },
    opts,
    bad: Object.keys(opts).length ? `${Object.keys(opts)[0]} = ${Object.values(opts)[0]}` : `scale = ${scale}`,
  }));

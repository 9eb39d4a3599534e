import fc from 'fast-check';
import type * as Kata from '../../katas/19-lr-schedules/lr-schedules';
import { boundedFloat } from '../kit/toolkit';
import type { Case, ScheduleFn } from './oracle';

export type K = typeof Kata;

const int = (min: number, max: number) => fc.integer({ min, max });

/**
 * One configuration of every schedule, looked at over t = 0 … T + extra:
 * baseLr from 0.001 to 1, a floor of 0 (the common default) or up to
 * 0.9·baseLr, γ in [0.1, 0.99], a drop every 1–8 steps, T − W of 1–24 steps
 * and 1–6 steps past T, so that every run has drops, the joint at W and
 * steps held at the floor.
 */
const configs = (warmup: fc.Arbitrary<number>): fc.Arbitrary<Case> =>
  fc
    .record({
      baseLr: boundedFloat({ min: 0.001, max: 1 }),
      floor: fc.oneof(fc.constant(0), boundedFloat({ min: 0.01, max: 0.9 })),
      gamma: boundedFloat({ min: 0.1, max: 0.99 }),
      stepSize: int(1, 8),
      warmupSteps: warmup,
      decaySteps: int(1, 24),
      extra: int(1, 6),
    })
    .map(({ baseLr, floor, gamma, stepSize, warmupSteps, decaySteps, extra }) => ({
      baseLr,
      minLr: Number((floor * baseLr).toPrecision(6)),
      gamma,
      stepSize,
      warmupSteps,
      totalSteps: warmupSteps + decaySteps,
      steps: warmupSteps + decaySteps + extra + 1,
    }));

/** Warmups of 0 steps (Hugging Face's default: none) or 1–8. */
export const schedules = configs(fc.oneof(fc.constant(0), int(1, 8)));

/** Configurations with a warmup, W = 1–8: the ramp and the joint at W. */
export const warmups = configs(int(1, 8));

/** Each function's options, from a configuration. */
export function optionsOf(fn: ScheduleFn, c: Case): Record<string, number> {
  switch (fn) {
    case 'stepDecay':
      return { baseLr: c.baseLr, stepSize: c.stepSize, gamma: c.gamma };
    case 'exponentialDecay':
      return { baseLr: c.baseLr, gamma: c.gamma };
    case 'cosineDecay':
      return { baseLr: c.baseLr, minLr: c.minLr, totalSteps: c.totalSteps };
    case 'linearWarmup':
      return { baseLr: c.baseLr, warmupSteps: c.warmupSteps };
    case 'warmupCosine':
      return { baseLr: c.baseLr, minLr: c.minLr, warmupSteps: c.warmupSteps, totalSteps: c.totalSteps };
  }
}

/** A call the contract refuses, and why. */
export interface InvalidCall {
  readonly fn: ScheduleFn;
  readonly t: number;
  readonly options: Record<string, number>;
  readonly why: 'negative-step' | 'fractional-step' | 'step-size' | 'total-steps' | 'no-decay-left';
}

const valid: Case = { baseLr: 0.1, minLr: 0.01, gamma: 0.5, stepSize: 3, warmupSteps: 2, totalSteps: 10, steps: 12 };
export const FNS: readonly ScheduleFn[] = [
  'stepDecay',
  'exponentialDecay',
  'cosineDecay',
  'linearWarmup',
  'warmupCosine',
];

/** Every refused call: a negative and a fractional t for each function, then each function's invalid settings. */
export const invalidCalls: readonly InvalidCall[] = [
  ...FNS.flatMap((fn): InvalidCall[] => [
    { fn, t: -1, options: optionsOf(fn, valid), why: 'negative-step' },
    { fn, t: 2.5, options: optionsOf(fn, valid), why: 'fractional-step' },
  ]),
  { fn: 'stepDecay', t: 4, options: { baseLr: 0.1, stepSize: 0, gamma: 0.5 }, why: 'step-size' },
  { fn: 'stepDecay', t: 4, options: { baseLr: 0.1, stepSize: -2, gamma: 0.5 }, why: 'step-size' },
  { fn: 'cosineDecay', t: 4, options: { baseLr: 0.1, minLr: 0.01, totalSteps: 0 }, why: 'total-steps' },
  { fn: 'cosineDecay', t: 4, options: { baseLr: 0.1, minLr: 0.01, totalSteps: -5 }, why: 'total-steps' },
  {
    fn: 'warmupCosine',
    t: 4,
    options: { ...optionsOf('warmupCosine', valid), warmupSteps: 5, totalSteps: 5 },
    why: 'no-decay-left',
  },
  {
    fn: 'warmupCosine',
    t: 7,
    options: { ...optionsOf('warmupCosine', valid), warmupSteps: 5, totalSteps: 3 },
    why: 'no-decay-left',
  },
];

/** A value derived by hand (README.md's table): the schedule `fn` of configuration c at step `at` is `want`. */
export interface HandValue extends Case {
  readonly fn: ScheduleFn;
  readonly at: number;
  readonly want: number;
}

const hand = (fn: ScheduleFn, c: Omit<Case, 'steps'>, at: number, want: number): HandValue => ({
  ...c,
  steps: at + 1,
  fn,
  at,
  want,
});

const cosine = { baseLr: 0.1, minLr: 0.02, gamma: 0.5, stepSize: 10, warmupSteps: 0, totalSteps: 30 };
const warm = { ...cosine, warmupSteps: 5, totalSteps: 25 };

/** The README's table: each value from an exact identity, none from the oracle. */
export const handValues: readonly HandValue[] = [
  hand('stepDecay', cosine, 9, 0.1), // γ⁰: the last step before the first drop
  hand('stepDecay', cosine, 10, 0.05), // γ¹ at t = stepSize
  hand('stepDecay', cosine, 25, 0.025), // γ² for t = 20 … 29
  hand('exponentialDecay', { ...cosine, baseLr: 1 }, 3, 0.125), // 0.5³
  hand('cosineDecay', cosine, 0, 0.1), // cos 0 = 1: baseLr
  hand('cosineDecay', cosine, 10, 0.08), // cos(π/3) = 1/2: minLr + ¾(baseLr − minLr)
  hand('cosineDecay', cosine, 15, 0.06), // cos(π/2) = 0: (baseLr + minLr)/2
  hand('cosineDecay', cosine, 20, 0.04), // cos(2π/3) = −1/2: minLr + ¼(baseLr − minLr)
  hand('cosineDecay', cosine, 30, 0.02), // cos π = −1: minLr at t = T
  hand('cosineDecay', cosine, 34, 0.02), // held at minLr after T
  hand('linearWarmup', warm, 0, 0), // the first step has lr 0
  hand('linearWarmup', warm, 2, 0.04), // baseLr·2/5
  hand('linearWarmup', warm, 5, 0.1), // baseLr from t = W
  hand('warmupCosine', warm, 4, 0.08), // baseLr·4/5, the last warmup step
  hand('warmupCosine', warm, 5, 0.1), // baseLr at t = W: the cosine starts at its top
  hand('warmupCosine', warm, 15, 0.06), // halfway through T − W = 20 steps: (baseLr + minLr)/2
  hand('warmupCosine', warm, 25, 0.02), // minLr at t = T
];

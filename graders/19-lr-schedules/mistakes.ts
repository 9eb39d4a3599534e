import type { Mistake } from '../kit/toolkit';
import { mistake, probe } from '../kit/toolkit';
import { type K, schedules } from './cases';
import { learnerSchedule } from './learner';
import m from './misconceptions';
import { type Case, oracles, type ScheduleFn, type Slip } from './oracle';

// One probe per function: the learner's schedule over a configuration's
// steps, against the oracle's. A mistake predicts the same oracle with one
// Slip turned on. warmupCosine reuses the warmup and the cosine in most
// code, so their mistakes are looked for there too, by the same names.

function scheduleProbe(fn: ScheduleFn) {
  return probe<K, Case>({
    cases: schedules,
    observe: (kata, c) => ({ lr: learnerSchedule(kata, fn, c) }),
    truth: (c) => {
      // Not a case of this probe (the invalid calls): nothing to compare.
      if (!Number.isInteger(c.steps)) throw new TypeError('not a schedule configuration');
      return { lr: oracles[fn](c) };
    },
  });
}

const on = (fn: ScheduleFn) => {
  const p = scheduleProbe(fn);
  return (id: keyof typeof m, slip: Slip): Mistake<K, Case> => mistake(p, m[id], (c) => ({ lr: oracles[fn](c, slip) }));
};

const step = on('stepDecay');
const exponential = on('exponentialDecay');
const cosine = on('cosineDecay');
const warmup = on('linearWarmup');
const warmupCosine = on('warmupCosine');

const cosineSlips = [
  ['cosine-no-half', { cosineFactor: 'no-half' }],
  ['cosine-not-shifted', { cosineFactor: 'not-shifted' }],
  ['cosine-ignores-floor', { ignoresFloor: true }],
  ['cosine-full-period', { fullPeriod: true }],
  ['cosine-not-held', { notHeld: true }],
] as const satisfies readonly (readonly [keyof typeof m, Slip])[];

export const stepMistakes = [
  step('step-not-floored', { stepExponent: 'unfloored' }),
  step('step-drops-early', { stepExponent: 'one-early' }),
];

export const exponentialMistakes = [exponential('exponential-times-t', { exponentialTimesT: true })];

export const cosineMistakes = cosineSlips.map(([id, slip]) => cosine(id, slip));

export const warmupMistakes = [warmup('warmup-from-one', { warmupFromOne: true })];

export const warmupCosineMistakes = [
  warmupCosine('warmup-cosine-no-offset', { progress: 'no-offset' }),
  warmupCosine('warmup-cosine-over-total', { progress: 'over-total' }),
  warmupCosine('warmup-from-one', { warmupFromOne: true }),
  ...cosineSlips.map(([id, slip]) => warmupCosine(id, slip)),
];

export const mistakesOf: Record<ScheduleFn, readonly Mistake<K, Case>[]> = {
  stepDecay: stepMistakes,
  exponentialDecay: exponentialMistakes,
  cosineDecay: cosineMistakes,
  linearWarmup: warmupMistakes,
  warmupCosine: warmupCosineMistakes,
};

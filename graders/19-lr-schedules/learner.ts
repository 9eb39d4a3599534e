import { callLearner, validateTensor } from '../kit/toolkit';
import { type K, optionsOf } from './cases';
import { type Case, type ScheduleFn, stepsOf } from './oracle';

/** The learner's `fn` at t = 0 … steps − 1 of configuration c, one call per step, unvalidated. */
export function learnerSchedule(kata: K, fn: ScheduleFn, c: Case): unknown[] {
  const options = optionsOf(fn, c);
  return stepsOf(c).map((t) => callLearner(kata, fn, { t, options }));
}

/** The options as a message shows them: `{ baseLr: 0.1, stepSize: 3, gamma: 0.5 }`. */
export const optionsText = (options: Record<string, number>): string =>
  `{ ${Object.entries(options)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')} }`;

/** The learner's `fn` over the configuration's steps as numbers, each finite: nothing compared yet. */
export function learnerValues(kata: K, fn: ScheduleFn, c: Case): number[] {
  return validateTensor(learnerSchedule(kata, fn, c), [c.steps], { fn, argument: 'lr' }) as number[];
}

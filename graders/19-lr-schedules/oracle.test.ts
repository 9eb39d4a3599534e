import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { float64Bounds } from '../kit/tensor';
import * as loops from './alternatives/loops';
import * as progress from './alternatives/progress';
import { handValues, optionsOf, schedules } from './cases';
import { type Case, oracles, type ScheduleFn, stepsOf } from './oracle';

// The oracle is the truth here (tfjs has no schedules), so it is proven
// against what is known without it: the README's hand-derived values, and
// other correct compositions of the same formulas — powers by a loop or by
// exp(k·log γ), the cosine as a midpoint plus a swing or as cos²(πp/2) —
// which must stay within its bounds on many more configurations than the
// grader draws, with room to spare.

const writings = { loops, progress } as const;
const FNS = Object.keys(oracles) as ScheduleFn[];

/** The largest |learner − oracle| / bound over a configuration's steps. */
function margin(fn: ScheduleFn, impl: (t: number, o: never) => number, c: Case): number {
  const truth = oracles[fn](c);
  const bound = float64Bounds(truth);
  const options = optionsOf(fn, c) as never;
  return stepsOf(c).reduce((worst, t) => {
    const err = Math.abs(impl(t, options) - truth.data[t]);
    return Math.max(worst, err === 0 ? 0 : err / bound[t]);
  }, 0);
}

describe('lr-schedules oracle', () => {
  it('gives the values derived by hand', () => {
    for (const h of handValues) {
      const truth = oracles[h.fn](h);
      expect(Math.abs(truth.data[h.at] - h.want), `${h.fn}(${h.at})`).toBeLessThanOrEqual(
        float64Bounds(truth)[h.at] + 2 ** -52 * h.want,
      );
    }
  });

  it.each(Object.keys(writings) as (keyof typeof writings)[])(
    'bounds the %s alternative on 2000 configurations with a margin of 2',
    (name) => {
      let worst = 0;
      for (const c of fc.sample(schedules, { seed: 19, numRuns: 2000 })) {
        for (const fn of FNS) worst = Math.max(worst, margin(fn, writings[name][fn] as never, c));
      }
      expect(worst).toBeLessThan(0.5);
    },
  );
});

import { seededRng } from '../../katas/lib/rng';
import { callLearner } from '../kit/toolkit';
import type { K } from './cases';
import type { Case } from './oracle';

/** rng() as the case scripts it: `us` in row-major order, then seededRng(seed); counting the calls. */
export function scriptedRng(c: Case): { rng: () => number; calls: () => number } {
  const flat = c.us.flat();
  const rest = seededRng(c.seed);
  let n = 0;
  return {
    rng: () => {
      const u = n < flat.length ? flat[n] : rest();
      n++;
      return u;
    },
    calls: () => n,
  };
}

export interface ForwardRun {
  readonly out?: unknown;
  readonly cache?: unknown;
  /** How many numbers the forward drew from rng. */
  readonly draws: number;
}

/** The learner's dropoutForward on a case, with a fresh scripted rng; `x` replaced when given. */
export function runForward(kata: K, c: Case, training = true): ForwardRun & { readonly rng: () => number } {
  const { rng, calls } = scriptedRng(c);
  const r = callLearner(kata, 'dropoutForward', { x: c.x, p: c.p, training, rng }) ?? {};
  return { out: r.out, cache: r.cache, draws: calls(), rng };
}

/** The forward, then dropoutBackward on the case's dout and the forward's own cache. */
export function runBackward(kata: K, c: Case, training = true): { out?: unknown; dx?: unknown; draws: number } {
  const { out, cache, draws } = runForward(kata, c, training);
  const dx = callLearner(kata, 'dropoutBackward', { dout: c.dout, cache })?.dx;
  return { out, dx, draws };
}

import { callLearner } from '../kit/toolkit';
import type { K } from './cases';
import { type Case, drawsOf, type InitFn } from './oracle';

/** rng() as the case scripts it: `us`, then seededRng(seed); counting the calls. */
export function scriptedRng(c: Case): { rng: () => number; calls: () => number } {
  let n = 0;
  let stream: number[] = [];
  return {
    rng: () => {
      if (n >= stream.length) stream = drawsOf(c, Math.max(2 * stream.length, 64));
      return stream[n++];
    },
    calls: () => n,
  };
}

/** One initialiser of the learner's on a case, with a fresh scripted rng: its weights and how many numbers it drew. */
export function runInit(kata: K, fn: InitFn, c: Case): { weights: unknown; draws: number } {
  const { rng, calls } = scriptedRng(c);
  const weights = callLearner(kata, fn, { shape: [...c.shape], rng });
  return { weights, draws: calls() };
}

/** The learner's fans on a shape, as they came back. */
export function runFans(kata: K, shape: readonly number[]): { fanIn?: unknown; fanOut?: unknown } {
  const r = callLearner(kata, 'fans', { shape: [...shape] });
  return r !== null && typeof r === 'object' ? r : {};
}

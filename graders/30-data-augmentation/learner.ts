import type * as Kata from '../../katas/30-data-augmentation/data-augmentation';
import type { Images, Labels } from '../../katas/30-data-augmentation/data-augmentation';
import { seededRng } from '../../katas/lib/rng';
import { callLearner } from '../kit/toolkit';
import type { Case } from './oracle';

export type K = typeof Kata;

/** rng() as the case scripts it: `us`, then seededRng(seed); counting the calls. */
export function scriptedRng(c: Case): { rng: () => number; calls: () => number } {
  const rest = seededRng(c.seed);
  let n = 0;
  return {
    rng: () => {
      const u = n < c.us.length ? c.us[n] : rest();
      n++;
      return u;
    },
    calls: () => n,
  };
}

/** The learner's randomCrop on a fresh scripted rng, and how many numbers it drew. */
export function runCrop(kata: K, c: Case, padding = c.padding): { out: unknown; draws: number } {
  const { rng, calls } = scriptedRng(c);
  const out = callLearner(kata, 'randomCrop', { x: c.x, padding, rng });
  return { out, draws: calls() };
}

/** The learner's horizontalFlip. */
export const runFlip = (kata: K, x: Images): unknown => callLearner(kata, 'horizontalFlip', { x });

/** The learner's randomHorizontalFlip on a fresh scripted rng, and how many numbers it drew. */
export function runRandomFlip(kata: K, c: Case, p = c.p): { out: unknown; draws: number } {
  const { rng, calls } = scriptedRng(c);
  const out = callLearner(kata, 'randomHorizontalFlip', { x: c.x, rng, p });
  return { out, draws: calls() };
}

/** The learner's mixup on the case (x, y or λ replaced when given). */
export function runMixup(kata: K, c: Case, x: Images = c.x, y: Labels = c.y): { x?: unknown; y?: unknown } {
  return callLearner(kata, 'mixup', { x, y, lambda: c.lambda, perm: c.perm }) ?? {};
}

/** The learner's cutmix on the case. */
export function runCutmix(kata: K, c: Case): { x?: unknown; y?: unknown; lambda?: unknown } {
  return callLearner(kata, 'cutmix', { x: c.x, y: c.y, box: c.box, perm: c.perm }) ?? {};
}

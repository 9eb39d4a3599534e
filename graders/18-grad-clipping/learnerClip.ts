import { callLearner, fail } from '../kit/toolkit';
import type { Grads, K } from './cases';
import text from './messages';
import type { NormCase } from './oracle';

const lengthsOf = (grads: readonly (readonly unknown[])[]): string => grads.map((g) => g.length).join(', ');

/** A returned list of tensors, checked to have the input's structure: one array per tensor, of its length. */
export function gradsOf(got: unknown, like: Grads, fn: 'clipGradNorm' | 'clipGradValue'): number[][] {
  const formed =
    Array.isArray(got) &&
    got.length === like.length &&
    got.every((g, k) => Array.isArray(g) && g.length === like[k].length && g.every((v) => typeof v === 'number'));
  if (!formed) {
    const shown = (JSON.stringify(got) ?? String(got)).slice(0, 120);
    fail({
      kind: 'shape',
      fn,
      argument: 'grads',
      message: text['not-lists']({ fn, got: shown, count: like.length, lengths: lengthsOf(like) }),
    });
  }
  return got as number[][];
}

/** clipGradNorm on the case, its grads' structure checked; totalNorm as returned. */
export function learnerClip(kata: K, { grads, maxNorm }: NormCase): { totalNorm: unknown; grads: number[][] } {
  const out = callLearner(kata, 'clipGradNorm', { grads, maxNorm });
  return { totalNorm: out?.totalNorm, grads: gradsOf(out?.grads, grads, 'clipGradNorm') };
}

import { callLearner, fail } from '../kit/toolkit';
import type { GlobalCase, K, UnstructuredCase } from './cases';
import text from './messages';

/** A learner's unstructured result, flattened over layers, with where each element sits in the learner's terms. */
export interface FlatPruned {
  readonly fn: 'magnitudePrune' | 'globalMagnitudePrune';
  readonly w: readonly number[];
  readonly pruned: readonly number[];
  readonly mask: readonly number[];
  readonly at: (i: number) => string;
}

const shown = (x: unknown): string => (JSON.stringify(x) ?? String(x)).slice(0, 160);
const numbers = (x: unknown, n: number): x is number[] =>
  Array.isArray(x) && x.length === n && x.every((v) => typeof v === 'number');
const binary = (x: readonly number[]): boolean => x.every((v) => v === 0 || v === 1);

/** magnitudePrune on the case, its form checked: two arrays of n numbers, a mask of 0s and 1s. */
export function learnerPruned(kata: K, { w, sparsity }: UnstructuredCase): FlatPruned {
  const got = callLearner(kata, 'magnitudePrune', { w, sparsity });
  if (!numbers(got?.pruned, w.length) || !numbers(got?.mask, w.length) || !binary(got.mask)) {
    fail({
      kind: 'shape',
      fn: 'magnitudePrune',
      message: text['not-pruned']({ fn: 'magnitudePrune', got: shown(got), n: w.length }),
    });
  }
  return { fn: 'magnitudePrune', w, pruned: got.pruned, mask: got.mask, at: (i) => `[${i}]` };
}

/** globalMagnitudePrune on the case, its form checked: one array per layer, of its length, for both. */
export function learnerGlobal(kata: K, { layers, sparsity }: GlobalCase): FlatPruned {
  const got = callLearner(kata, 'globalMagnitudePrune', { layers, sparsity });
  const perLayer = (x: unknown): x is number[][] =>
    Array.isArray(x) && x.length === layers.length && x.every((l, j) => numbers(l, layers[j].length));
  if (!perLayer(got?.pruned) || !perLayer(got?.masks) || !got.masks.every(binary)) {
    fail({
      kind: 'shape',
      fn: 'globalMagnitudePrune',
      message: text['not-global']({ got: shown(got), lengths: layers.map((l) => l.length).join(', ') }),
    });
  }
  const where: string[] = layers.flatMap((l, j) => l.map((_, i) => `[${j}][${i}]`));
  return {
    fn: 'globalMagnitudePrune',
    w: layers.flat(),
    pruned: got.pruned.flat(),
    mask: got.masks.flat(),
    at: (i) => where[i],
  };
}

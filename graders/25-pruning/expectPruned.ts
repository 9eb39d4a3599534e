import { fail, fmt } from '../kit/toolkit';
import type { FlatPruned } from './learnerPruned';
import text from './messages';
import { pruneCount } from './oracle';

// Exact checks, with no tolerance: pruning selects and copies, it computes
// nothing. Together they define the answer up to the order of ties: k
// pruned, the kept weights as they were, the pruned ones the smallest.

/** pruned[i] is w[i] exactly where mask[i] = 1 and 0 (either sign) where mask[i] = 0. */
export function expectMaskApplied({ fn, w, pruned, mask, at }: FlatPruned): void {
  mask.forEach((m, i) => {
    if (m === 1 && pruned[i] !== w[i]) {
      fail({
        fn,
        argument: 'pruned',
        got: pruned[i],
        expected: w[i],
        message: text['kept-changed']({ fn, at: at(i), got: fmt(pruned[i]), expected: fmt(w[i]) }),
      });
    }
    if (m === 0 && pruned[i] !== 0) {
      fail({
        fn,
        argument: 'pruned',
        got: pruned[i],
        expected: 0,
        message: text['pruned-not-zero']({ fn, at: at(i), got: fmt(pruned[i]) }),
      });
    }
  });
}

/** Exactly k = round(s·n) zeros in the mask. */
export function expectCount({ fn, w, mask }: FlatPruned, sparsity: number): void {
  const k = pruneCount(sparsity, w.length);
  const zeros = mask.filter((m) => m === 0).length;
  if (zeros === k) return;
  fail({
    fn,
    argument: 'mask',
    got: zeros,
    expected: k,
    message: text['wrong-count']({ fn, zeros, n: w.length, s: fmt(sparsity), product: fmt(sparsity * w.length), k }),
  });
}

/** The largest pruned |w| is at most the smallest kept |w|. */
export function expectSmallest({ fn, w, mask, at }: FlatPruned): void {
  let pruned = -1;
  let kept = -1;
  mask.forEach((m, i) => {
    if (m === 0 && (pruned < 0 || Math.abs(w[i]) > Math.abs(w[pruned]))) pruned = i;
    if (m === 1 && (kept < 0 || Math.abs(w[i]) < Math.abs(w[kept]))) kept = i;
  });
  if (pruned < 0 || kept < 0 || Math.abs(w[pruned]) <= Math.abs(w[kept])) return;
  fail({
    fn,
    argument: 'mask',
    message: text['not-smallest']({
      fn,
      pruned: fmt(w[pruned]),
      prunedAt: at(pruned),
      kept: fmt(w[kept]),
      keptAt: at(kept),
    }),
  });
}

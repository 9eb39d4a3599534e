import type { PrunedFilters } from '../../katas/25-pruning/pruning';
import { toNested } from '../kit/tensor';
import { expectClose, fail, fmt, type ReferenceBackend } from '../kit/toolkit';
import type { FilterCase, K } from './cases';
import { learnerFilters } from './learnerFilters';
import text from './messages';
import { filterScore, net64, zeroed } from './oracle';
import { networkReference } from './reference';

// pruneFilters' result against the definition, exactly (it selects and
// copies), and its network against the original's through the tfjs
// reference. The removed filters are the complement of the learner's own
// kept: any tie rule among equal norms is accepted.

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** kept in increasing order. */
export function expectKeptSorted(kata: K, c: FilterCase): void {
  const { kept } = learnerFilters(kata, c);
  if (kept.every((o, j) => j === 0 || kept[j - 1] < o)) return;
  fail({ fn: 'pruneFilters', argument: 'kept', message: text['kept-not-sorted']({ kept: kept.join(', ') }) });
}

/** Every removed filter's L1 norm is at most every kept filter's. */
export function expectLargestKept(kata: K, c: FilterCase): void {
  const { kept } = learnerFilters(kata, c);
  const norms = c.conv1.w.map((f) => filterScore(f));
  const removed = norms.map((_, o) => o).filter((o) => !kept.includes(o));
  for (const r of removed) {
    for (const o of kept) {
      if (norms[r] > norms[o]) {
        fail({
          fn: 'pruneFilters',
          argument: 'kept',
          message: text['kept-not-largest']({
            removed: r,
            removedNorm: fmt(norms[r]),
            kept: o,
            keptNorm: fmt(norms[o]),
          }),
        });
      }
    }
  }
}

/** conv1.w[j], conv1.b[j] and conv2.w[:, j] are the original's at kept[j]; conv2.b as it was. */
export function expectCopied(kata: K, c: FilterCase): void {
  const got: PrunedFilters = learnerFilters(kata, c);
  got.kept.forEach((o, j) => {
    if (!same(got.conv1.w[j], c.conv1.w[o])) {
      fail({ fn: 'pruneFilters', argument: 'conv1.w', message: text['filter-not-copied']({ j, o }) });
    }
    if (got.conv1.b[j] !== c.conv1.b[o]) {
      const message = text['bias-not-copied']({ j, o, got: fmt(got.conv1.b[j]), expected: fmt(c.conv1.b[o]) });
      fail({ fn: 'pruneFilters', argument: 'conv1.b', got: got.conv1.b[j], expected: c.conv1.b[o], message });
    }
    c.conv2.w.forEach((filter, f) => {
      if (!same(got.conv2.w[f][j], filter[o])) {
        fail({ fn: 'pruneFilters', argument: 'conv2.w', message: text['channel-not-copied']({ f, j, o }) });
      }
    });
  });
  c.conv2.b.forEach((v, j) => {
    if (got.conv2.b[j] !== v) {
      const message = text['conv2-bias-changed']({ j, got: fmt(got.conv2.b[j]), expected: fmt(v) });
      fail({ fn: 'pruneFilters', argument: 'conv2.b', got: got.conv2.b[j], expected: v, message });
    }
  });
}

/**
 * The metamorphic identity: the pruned network on x equals the original with
 * the removed filters and their biases zeroed (a zeroed filter outputs 0,
 * ReLU keeps it 0, and conv2's weights on that channel multiply 0) — it holds
 * only if conv2 lost exactly the input channels of the removed filters.
 */
export function expectNetworkEquivalent(kata: K, c: FilterCase, reference: ReferenceBackend): void {
  const got = learnerFilters(kata, c);
  const silenced = zeroed(c.conv1, got.kept);
  const want = networkReference(reference, c.x, silenced, c.conv2).out;
  const removed = c.conv1.w.map((_, o) => o).filter((o) => !got.kept.includes(o));
  const mine = net64(c.x, got.conv1, got.conv2);
  expectClose(toNested(mine), want, {
    fn: 'pruneFilters',
    argument: 'out',
    bound: reference.bounds(net64(c.x, silenced, c.conv2)),
    context: text['network-differs']({ shape: mine.shape.join(', '), removed: removed.join(', ') }),
  });
}

import { defineGrader, property } from '../kit/toolkit';
import { endCases, filterCases, globalCases, type K, refusedCases, tiedCases, unstructuredCases } from './cases';
import { expectCopied, expectKeptSorted, expectLargestKept, expectNetworkEquivalent } from './expectFilters';
import { expectCount, expectMaskApplied, expectSmallest } from './expectPruned';
import { expectRefused } from './expectRefused';
import { learnerFilters } from './learnerFilters';
import { learnerGlobal, learnerPruned } from './learnerPruned';
import { filterMistakes, globalMistakes, unstructuredMistakes } from './mistakes';

// Pruning selects and copies: every result is exact, compared with ===, and
// defined up to the order of ties (any tie rule that prunes exactly k of the
// smallest passes). The one computed value is the network conv1 → ReLU →
// conv2, against the tfjs reference within the float64 oracle's bounds.
// Each property lists every mistake of its function: the engine names one
// only where the learner's own code is shown to make it (mistakes.ts).

export default defineGrader<K>([
  property({
    id: 'exact-count',
    name: 'magnitudePrune prunes exactly k = round(s·n) weights (Python’s round: halves to even)',
    points: 2,
    arbitrary: unstructuredCases,
    diagnose: unstructuredMistakes,
    check: (kata, c) => expectCount(learnerPruned(kata, c), c.sparsity),
  }),
  property({
    id: 'ties-exact-count',
    name: 'where magnitudes tie at the threshold, still exactly k are pruned',
    points: 1,
    arbitrary: tiedCases,
    diagnose: unstructuredMistakes,
    check: (kata, c) => expectCount(learnerPruned(kata, c), c.sparsity),
  }),
  property({
    id: 'kept-unchanged',
    name: 'pruned is w exactly where the mask is 1 and 0 where it is 0',
    points: 1,
    arbitrary: unstructuredCases,
    diagnose: unstructuredMistakes,
    check: (kata, c) => expectMaskApplied(learnerPruned(kata, c)),
  }),
  property({
    id: 'smallest-pruned',
    name: 'the pruned weights are the smallest: every pruned |w| ≤ every kept |w|',
    points: 2,
    arbitrary: unstructuredCases,
    diagnose: unstructuredMistakes,
    check: (kata, c) => expectSmallest(learnerPruned(kata, c)),
  }),
  property({
    id: 'sparsity-ends',
    name: 'sparsity 0 returns w with an all-ones mask; sparsity 1 prunes every weight',
    points: 1,
    arbitrary: endCases,
    diagnose: unstructuredMistakes,
    check: (kata, c) => {
      const got = learnerPruned(kata, c);
      expectCount(got, c.sparsity);
      expectMaskApplied(got);
    },
  }),
  property({
    id: 'global-count',
    name: 'globalMagnitudePrune prunes exactly round(s·N) of the N weights of all layers together',
    points: 1,
    arbitrary: globalCases,
    diagnose: globalMistakes,
    check: (kata, c) => {
      const got = learnerGlobal(kata, c);
      expectCount(got, c.sparsity);
      expectMaskApplied(got);
    },
  }),
  property({
    id: 'global-one-threshold',
    name: 'one threshold for all layers: every pruned |w| in any layer ≤ every kept |w| in any layer',
    points: 2,
    arbitrary: globalCases,
    diagnose: globalMistakes,
    check: (kata, c) => expectSmallest(learnerGlobal(kata, c)),
  }),
  property({
    id: 'filter-shapes',
    name: 'pruneFilters: conv1 [Cout − k, Cin, kH, kW] with Cout − k biases, conv2 [C2out, Cout − k, kH, kW], k = round(amount·Cout)',
    points: 2,
    arbitrary: filterCases,
    diagnose: filterMistakes,
    check: (kata, c) => {
      learnerFilters(kata, c);
    },
  }),
  property({
    id: 'largest-filters-kept',
    name: 'the surviving filters are those with the largest L1 norms Σ|w|',
    points: 2,
    arbitrary: filterCases,
    diagnose: filterMistakes,
    check: expectLargestKept,
  }),
  property({
    id: 'kept-sorted',
    name: 'kept lists the surviving filters in increasing order',
    points: 1,
    arbitrary: filterCases,
    diagnose: filterMistakes,
    check: expectKeptSorted,
  }),
  property({
    id: 'filters-copied',
    name: 'conv1.w[j] and conv1.b[j] are filter kept[j] and its bias, conv2.w[:, j] is input channel kept[j], conv2.b as it was',
    points: 2,
    arbitrary: filterCases,
    diagnose: filterMistakes,
    check: expectCopied,
  }),
  property({
    id: 'network-equivalent',
    name: 'the pruned network conv1 → ReLU → conv2 equals the original with the removed filters zeroed',
    points: 2,
    arbitrary: filterCases,
    diagnose: filterMistakes,
    check: (kata, c, { reference }) => expectNetworkEquivalent(kata, c, reference),
  }),
  property({
    id: 'fraction-refused',
    name: 'a sparsity or amount outside [0, 1] throws an Error',
    points: 1,
    arbitrary: refusedCases,
    check: expectRefused,
  }),
]);

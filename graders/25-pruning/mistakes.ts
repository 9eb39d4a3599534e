import type fc from 'fast-check';
import { type Tensor64, tensor64 } from '../kit/tensor';
import { callLearner, type Misconception, mistake, probe } from '../kit/toolkit';
import {
  distinctCases,
  distinctFilterCases,
  type FilterCase,
  type GlobalCase,
  globalCases,
  type K,
  tiedCases,
  type UnstructuredCase,
} from './cases';
import m from './misconceptions';
import { filterScore, globalPrune64, prune64, pruneCount, pruneFilters64, type Slip } from './oracle';

// Each mistake as what code that makes it returns: the oracle with one
// switch turned. The truth is unique only where no two magnitudes (or filter
// norms) tie, so the probes that compare whole results throw on a tie: such
// a case is not theirs (confirmMistakes.ts skips it); the count alone is
// the same whatever the tie rule, and its probe takes ties.

const exact = (x: number[] | number[][] | number): Tensor64 => tensor64(x, { exact: true });
const distinct = (xs: readonly number[]): boolean => new Set(xs).size === xs.length;

function unstructuredTruth(c: UnstructuredCase, slip: Slip = {}) {
  if (!distinct(c.w.map(Math.abs))) throw new RangeError('magnitudes tie: the truth depends on the tie rule');
  const { pruned, mask } = prune64(c.w, c.sparsity, slip);
  return { pruned: exact(pruned), mask: exact(mask) };
}

const unstructured = probe<K, UnstructuredCase>({
  cases: distinctCases,
  observe: (kata, { w, sparsity }) => {
    const got = callLearner(kata, 'magnitudePrune', { w, sparsity });
    return { pruned: got?.pruned, mask: got?.mask };
  },
  truth: (c) => unstructuredTruth(c),
});

/** The number of zeros in the mask: the same for every tie rule. */
const counted = probe<K, UnstructuredCase>({
  cases: tiedCases,
  observe: (kata, { w, sparsity }) => {
    const got = callLearner(kata, 'magnitudePrune', { w, sparsity });
    return { zeros: Array.isArray(got?.mask) ? got.mask.filter((v: unknown) => v === 0).length : undefined };
  },
  truth: ({ w, sparsity }) => ({ zeros: exact(pruneCount(sparsity, w.length)) }),
});

function globalTruth(c: GlobalCase, slip: Slip = {}) {
  if (!distinct(c.layers.flat().map(Math.abs))) throw new RangeError('magnitudes tie');
  const { pruned, masks } = globalPrune64(c.layers, c.sparsity, slip);
  return { pruned: exact(pruned.flat()), masks: exact(masks.flat()) };
}

const flatOrUndefined = (x: unknown): unknown => (Array.isArray(x) && x.every(Array.isArray) ? x.flat() : undefined);

const global = probe<K, GlobalCase>({
  cases: globalCases,
  observe: (kata, { layers, sparsity }) => {
    const got = callLearner(kata, 'globalMagnitudePrune', { layers, sparsity });
    return { pruned: flatOrUndefined(got?.pruned), masks: flatOrUndefined(got?.masks) };
  },
  truth: (c) => globalTruth(c),
});

function filterTruth(c: FilterCase, slip: Slip = {}) {
  if (!distinct(c.conv1.w.map((f) => filterScore(f)))) throw new RangeError('filter norms tie');
  const p = pruneFilters64(c.conv1, c.conv2, c.amount, slip);
  return { w1: exact(p.conv1.w.flat(3)), b1: exact(p.conv1.b), w2: exact(p.conv2.w.flat(3)), kept: exact(p.kept) };
}

const flat3 = (x: unknown): unknown => {
  try {
    return Array.isArray(x) ? (x as number[][][][]).flat(3) : undefined;
  } catch {
    return undefined;
  }
};

const filters = probe<K, FilterCase>({
  cases: distinctFilterCases,
  observe: (kata, c) => {
    const got = callLearner(kata, 'pruneFilters', { conv1: c.conv1, conv2: c.conv2, amount: c.amount });
    return { w1: flat3(got?.conv1?.w), b1: got?.conv1?.b, w2: flat3(got?.conv2?.w), kept: got?.kept };
  },
  truth: (c) => filterTruth(c),
});

/** One slip, seen through each probe: what the learner's functions return with it. */
const onUnstructured = (misconception: Misconception, slip: Slip, cases?: fc.Arbitrary<UnstructuredCase>) =>
  mistake(unstructured, misconception, (c) => unstructuredTruth(c, slip), cases);
const onGlobal = (misconception: Misconception, slip: Slip) =>
  mistake(global, misconception, (c) => globalTruth(c, slip));
const onFilters = (misconception: Misconception, slip: Slip) =>
  mistake(filters, misconception, (c) => filterTruth(c, slip));

const counts: [Misconception, Slip][] = [
  [m['count-floor'], { count: 'floor' }],
  [m['count-ceil'], { count: 'ceil' }],
  [m['count-round-half-up'], { count: 'half-up' }],
];

export const unstructuredMistakes = [
  onUnstructured(m['prunes-by-value'], { byValue: true }),
  ...counts.map(([mc, slip]) => onUnstructured(mc, slip)),
  mistake(counted, m['threshold-prunes-ties'], ({ w, sparsity }) => ({
    zeros: prune64(w, sparsity, { threshold: true }).mask.filter((v) => v === 0).length,
  })),
];

export const globalMistakes = [
  onGlobal(m['global-per-layer'], { perLayer: true }),
  onGlobal(m['prunes-by-value'], { byValue: true }),
  ...counts.map(([mc, slip]) => onGlobal(mc, slip)),
];

export const filterMistakes = [
  onFilters(m['filter-l2-norm'], { rank: 'l2' }),
  onFilters(m['filter-signed-sum'], { rank: 'sum' }),
  onFilters(m['next-layer-not-pruned'], { nextLayer: 'unchanged' }),
  onFilters(m['next-layer-wrong-channels'], { nextLayer: 'first-channels' }),
  onFilters(m['bias-not-pruned'], { biasKept: true }),
  onFilters(m['kept-in-rank-order'], { rankOrder: true }),
  ...counts.map(([mc, slip]) => onFilters(mc, slip)),
];

import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus a small edit and must be named as its own misconception and
// no other; each alternative is a whole correct program that must pass.
const ROUND = 'return rest > 0.5 || (rest === 0.5 && down % 2 === 1) ? down + 1 : down;';

export default defineVariants({
  wrong: [
    {
      name: 'prunes-by-value',
      misconception: m['prunes-by-value'],
      mistake: 'weights sorted by w, not |w|: the most negative pruned first',
      edits: [['Math.abs(w[a]) - Math.abs(w[b])', 'w[a] - w[b]']],
    },
    {
      name: 'count-floor',
      misconception: m['count-floor'],
      mistake: 'k = ⌊s·n⌋',
      edits: [[ROUND, 'return down + 0 * rest;']],
    },
    {
      name: 'count-ceil',
      misconception: m['count-ceil'],
      mistake: 'k = ⌈s·n⌉',
      edits: [[ROUND, 'return Math.ceil(down + rest);']],
    },
    {
      name: 'count-round-half-up',
      misconception: m['count-round-half-up'],
      mistake: 'k = Math.round(s·n): 2.5 → 3',
      edits: [[ROUND, 'return Math.round(down + rest);']],
    },
    {
      name: 'threshold-prunes-ties',
      misconception: m['threshold-prunes-ties'],
      mistake: 'every |w| ≤ the k-th smallest |w| pruned, ties at the threshold too',
      edits: [
        [
          'for (const i of order.slice(0, k)) mask[i] = 0;',
          'const t = Math.abs(w[order[k - 1]]);\n  w.forEach((v, i) => {\n    if (Math.abs(v) <= t) mask[i] = 0;\n  });',
        ],
      ],
    },
    {
      name: 'global-per-layer',
      misconception: m['global-per-layer'],
      mistake: 'each layer pruned on its own at sparsity s',
      edits: [
        [
          'const all = magnitudePrune(layers.flat(), sparsity);\n  const pruned: number[][] = [];\n  const masks: number[][] = [];\n  let start = 0;\n  for (const layer of layers) {\n    pruned.push(all.pruned.slice(start, start + layer.length));\n    masks.push(all.mask.slice(start, start + layer.length));\n    start += layer.length;\n  }\n  return { pruned, masks };',
          'const each = layers.map((layer) => magnitudePrune(layer, sparsity));\n  return { pruned: each.map((p) => p.pruned), masks: each.map((p) => p.mask) };',
        ],
      ],
    },
    {
      name: 'filter-l2-norm',
      misconception: m['filter-l2-norm'],
      mistake: 'filters ranked by √Σw²',
      edits: [
        [
          'filter.flat(2).reduce((s, v) => s + Math.abs(v), 0);',
          'Math.sqrt(filter.flat(2).reduce((s, v) => s + v * v, 0));',
        ],
      ],
    },
    {
      name: 'filter-signed-sum',
      misconception: m['filter-signed-sum'],
      mistake: 'filters ranked by Σw, signs cancelling',
      edits: [['(s, v) => s + Math.abs(v)', '(s, v) => s + v']],
    },
    {
      name: 'next-layer-not-pruned',
      misconception: m['next-layer-not-pruned'],
      mistake: "conv2 returned as it was: its input channels don't match conv1's filters",
      edits: [
        [
          'w: conv2.w.map((f) => kept.map((c) => f[c].map((row) => [...row])))',
          'w: conv2.w.map((f) => f.map((p) => p.map((row) => [...row])))',
        ],
      ],
    },
    {
      name: 'next-layer-wrong-channels',
      misconception: m['next-layer-wrong-channels'],
      mistake: "conv2 keeps its first Cout − k input channels, not kept's",
      edits: [['kept.map((c) => f[c].map', 'kept.map((_, c) => f[c].map']],
    },
    {
      name: 'bias-not-pruned',
      misconception: m['bias-not-pruned'],
      mistake: "conv1's bias returned whole",
      edits: [['b: kept.map((o) => conv1.b[o])', 'b: [...conv1.b]']],
    },
    {
      name: 'kept-in-rank-order',
      misconception: m['kept-in-rank-order'],
      mistake: 'kept (and the layers) in increasing order of the L1 norms',
      edits: [['const kept = byNorm.slice(k).sort((a, b) => a - b);', 'const kept = byNorm.slice(k);']],
    },
  ],
  alternatives: [
    {
      name: 'quickselect',
      difference:
        'the k-th smallest |w| by quickselect, then a threshold with the ties at it counted: all below it pruned, and just enough of the tied ones (the last first); filters pruned with a boolean keep-mask and filter(); Python’s round via the distance to the nearest even integer',
    },
    {
      name: 'merged-layers',
      difference:
        'global pruning as a k-way merge of per-layer sorted lists (never concatenating the weights); magnitudePrune by repeatedly removing the smallest remaining |w|; filters ranked by a sort of [norm, index] pairs in descending order, the last k removed; index lists built by loops',
    },
  ],
});

import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('pruning', {
  'prunes-by-value':
    'weights are ranked by their value, not their magnitude: magnitude pruning removes the k weights with the smallest |w|, so −3 is a large weight and is kept, while 0.1 goes — ranking by w prunes the most negative weights first',
  'count-floor':
    'the count is rounded down: PyTorch prunes k = round(s·n) weights (torch.nn.utils.prune, _compute_nparams_toprune), not ⌊s·n⌋ — with s = 0.3 and n = 5, s·n = 1.5 and k = 2',
  'count-ceil':
    'the count is rounded up: PyTorch prunes k = round(s·n) weights (torch.nn.utils.prune, _compute_nparams_toprune), not ⌈s·n⌉ — with s = 0.3 and n = 7, s·n = 2.1 and k = 2',
  'count-round-half-up':
    "halves are rounded up: PyTorch's k = round(s·n) is Python's round, which sends a half to the nearest EVEN integer (round(2.5) = 2, round(1.5) = 2), while Math.round(2.5) = 3 — round x.5 to even",
  'threshold-prunes-ties':
    'everything at or below the k-th smallest |w| is pruned: where several weights share that magnitude, a threshold test |w| ≤ t removes all of them, more than k — prune exactly k = round(s·n), breaking ties among equal magnitudes by any rule',
  'global-per-layer':
    'global pruning is done layer by layer: global_unstructured ranks ALL the weights together and prunes the round(s·N) smallest of the N in total, under one threshold — each layer then ends with a sparsity of its own, not s everywhere',
  'filter-l2-norm':
    'filters are ranked by their L2 norm: ln_structured with n = 1 ranks filter o by its L1 norm Σ|w[o]| — one large weight gives a filter a large L2 norm but not a large L1 norm',
  'filter-signed-sum':
    'filters are ranked by the sum of their weights: positive and negative weights cancel in Σ w[o], so a filter of large weights of both signs looks unimportant — rank by the L1 norm Σ|w[o]|',
  'next-layer-not-pruned':
    "conv2's input channels are left as they were: once conv1 loses a filter, conv2 receives one channel fewer, so conv2.w [C2out, Cout, k, k] must lose the matching input channel w2[:, o] too, or the two layers no longer fit",
  'next-layer-wrong-channels':
    "conv2 keeps its first Cout − k input channels, not the ones that match the kept filters: input channel c of conv2 reads filter c of conv1, so conv2.w must keep exactly w2[:, kept] — the same indices as conv1's filters",
  'bias-not-pruned':
    "the removed filters' biases are kept: each filter o of conv1 has a bias b1[o], and removing the filter removes its bias, so b1 ends with Cout − k entries like conv1.w",
  'kept-in-rank-order':
    'the kept filters come out in the order of their norms: keep them in their original order (kept increasing), so channel c′ of the pruned layer is still the c′-th surviving channel of the original — anything that reads channels by position (a BatchNorm’s γ and β, a residual add, a checkpoint) would otherwise be scrambled',
});

import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('pruning', {
  'not-pruned':
    '{{fn}} returned {{got}}: expected { pruned, mask }, two arrays of {{n}} numbers, the mask of 0s and 1s',
  'not-global':
    'globalMagnitudePrune returned {{got}}: expected { pruned, masks }, one array per layer, of lengths [{{lengths}}], the masks of 0s and 1s',
  'kept-changed':
    '{{fn}}: mask{{at}} = 1 (kept), but pruned{{at}} = {{got}} while the weight was {{expected}}: a kept weight comes back exactly as it was',
  'pruned-not-zero': '{{fn}}: mask{{at}} = 0 (pruned), but pruned{{at}} = {{got}}: a pruned weight is 0',
  'wrong-count':
    "{{fn}} pruned {{zeros}} of {{n}} weights (the zeros of the mask) at sparsity {{s}}: s·n = {{product}}, so k = round(s·n) = {{k}} (Python's round, halves to even)",
  'not-smallest':
    '{{fn}} pruned the weight {{pruned}} at {{prunedAt}} but kept {{kept}} at {{keptAt}}: magnitude pruning removes the smallest |w| first, so every pruned |w| is ≤ every kept |w|',
  'not-filters':
    'pruneFilters returned {{got}}: expected { conv1: { w, b }, conv2: { w, b }, kept }, tensors of numbers and a list of filter indices',
  'filters-shape':
    '{{what}} has shape [{{got}}], expected [{{expected}}]: with amount = {{amount}} and Cout = {{cout}}, k = round(amount·Cout) = {{k}} filters go and {{m}} stay',
  'next-layer-unpruned':
    "conv2.w has shape [{{got}}]: it still has {{cout}} input channels, while conv1 now has {{m}} filters — conv2.w[:, c] reads conv1's filter c, so conv2 must lose the input channels of the removed filters too (expected [{{expected}}]), or the two layers no longer fit",
  'kept-invalid': 'kept = [{{kept}}]: expected {{m}} distinct filter indices of conv1, each in 0…{{last}}',
  'kept-not-sorted':
    "kept = [{{kept}}] is not in increasing order: the surviving filters keep their original order, so the pruned layers' channels come in the original's order",
  'kept-not-largest':
    'pruneFilters removed filter {{removed}} (L1 norm {{removedNorm}}) but kept filter {{kept}} (L1 norm {{keptNorm}}): the filters with the smallest L1 norms Σ|w| go first',
  'filter-not-copied':
    'conv1.w[{{j}}] is not filter kept[{{j}}] = {{o}} of the original conv1.w: the pruned layer’s filter j is w1[kept[j]], exactly',
  'bias-not-copied': 'conv1.b[{{j}}] = {{got}}, but filter kept[{{j}}] = {{o}} has the bias {{expected}}',
  'channel-not-copied':
    'conv2.w[{{f}}][{{j}}] is not input channel kept[{{j}}] = {{o}} of the original conv2.w[{{f}}]: conv2.w[:, j] is w2[:, kept[j]], exactly',
  'conv2-bias-changed': 'conv2.b[{{j}}] = {{got}}, not {{expected}}: conv2 keeps its bias as it was',
  'network-differs':
    'on x of shape [{{shape}}], your pruned network conv1 → ReLU → conv2 differs from the original with filters [{{removed}}] zeroed',
  'not-refused':
    '{{fn}} returned for a fraction of {{s}}: a fraction to prune lies in [0, 1] (PyTorch raises a ValueError) — throw an Error',
});

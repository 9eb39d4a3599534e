import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('data-parallel', {
  'equal-weight-average':
    "the all-reduce averages the workers' mean gradients with equal weights, (1/N)·Σ_r g_r: when N does not divide the batch the shards differ in size, so an example in a short shard counts more than one in a long shard; the full-batch mean weights each worker by its shard size, Σ_r n_r·g_r / Σ_r n_r (the sum of the per-worker sums over the global batch size)",
  'sum-across-workers':
    "the all-reduce sums the workers' mean gradients without dividing: the gradient is about N times the full-batch mean, as if the learning rate were N·lr; divide by the global batch size (weighting each worker by its shard size)",
  'global-count-from-first-shard':
    'the summed gradient is divided by N times the size of the first shard: that is the global batch size only when N divides it; with shards of ⌈B/N⌉ and ⌊B/N⌋ examples, divide by the true global count Σ_r n_r = B',
  'local-sum-not-mean':
    "localGradients returns the sum of the examples' gradients, not their mean, and the all-reduce divides by N: the step is then B/N times the mean gradient (only right with one example per worker); a local gradient is the mean over its own shard, and the all-reduce weights each by its shard size",
  'drops-remainder':
    'the sharding drops the last B mod N examples (DistributedSampler with drop_last=True), so their gradients are lost without a word; this kata wants every example in exactly one shard: worker r takes r, r + N, r + 2N, … up to B − 1',
  'pads-by-repeating':
    "the sharding pads the batch to N·⌈B/N⌉ by repeating its first examples, as torch's DistributedSampler does without drop_last: the repeated examples count twice in the mean; this kata wants the full-batch gradient exactly, so every example in exactly one shard and shards of ⌈B/N⌉ or ⌊B/N⌋",
  'no-all-reduce':
    "each worker steps its replica with its own shard's gradient and the gradients are never all-reduced: the replicas drift apart after one step; in DDP every worker applies the same averaged gradient, so all replicas stay identical",
  'empty-shard-nan':
    'a shard with no examples divides 0 by 0 and its NaN spreads through the all-reduce (0·NaN is NaN): a worker with no data contributes a zero gradient with weight zero; scale inside the loop over examples, or skip the division when the shard is empty',
  'missing-factor-two':
    'the gradient of the squared error is 2·(ŷ − y), not (ŷ − y): MSELoss is mean((ŷ − y)²), with no ½ in front',
  'mean-over-batch-only':
    "the gradient divides by the number of examples only: PyTorch's MSELoss (reduction='mean') averages over every element, examples × outputs, so ∂L/∂ŷ = 2(ŷ − y)/(n·out)",
});

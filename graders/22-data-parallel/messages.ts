import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('data-parallel', {
  'one-per-worker': 'ddpStep returned {{name}} of length {{got}}: with workers = {{workers}} there is one per worker',
  'count-is': 'localGradients returned count = {{got}} for a shard of {{n}} examples',
  'shard-is':
    "worker {{rank}}'s shard is [{{got}}], but with B = {{size}} and N = {{workers}} it takes r, r + N, r + 2N, …: [{{expected}}]",
  'replica-w': "worker {{rank}}'s W",
  'replica-b': "worker {{rank}}'s b",
  'replicas-differ': "compared with worker 0's model after the same step",
  'accepted-workers':
    'ddpStep returned for workers = {{workers}}: N must be a positive integer, so throw an Error instead',
  'one-worker': 'with one worker, ddpStep should be W − lr·dW with your own localGradients on the whole batch',
  shuffled: 'after shuffling the batch by [{{perm}}] (a full-batch mean does not depend on the order)',
  duplicated: 'with every example of the batch repeated (the mean gradient of a doubled batch is the same)',
  'many-workers': 'with N = {{workers}} workers for B = {{size}} examples (some shards empty)',
});

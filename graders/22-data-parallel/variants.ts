import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus exact edits and must be named as its own misconception and
// no other; each alternative is a whole correct program that must pass.
const WEIGHTED_DW = 's + g.count * g.dW[o][i], 0) / total';
const WEIGHTED_DB = 's + g.count * g.db[o], 0) / total';
const SCALE = '/ (count * outputs);';

export default defineVariants({
  wrong: [
    {
      name: 'equal-weight-average',
      misconception: m['equal-weight-average'],
      mistake: "the all-reduce averages the workers' mean gradients, (1/N)·Σ g_r, whatever their shard sizes",
      edits: [
        [WEIGHTED_DW, 's + g.dW[o][i], 0) / workers'],
        [WEIGHTED_DB, 's + g.db[o], 0) / workers'],
      ],
    },
    {
      name: 'sum-across-workers',
      misconception: m['sum-across-workers'],
      mistake: "the all-reduce sums the workers' mean gradients, Σ g_r",
      edits: [
        [WEIGHTED_DW, 's + g.dW[o][i], 0)'],
        [WEIGHTED_DB, 's + g.db[o], 0)'],
      ],
    },
    {
      name: 'global-count-from-first-shard',
      misconception: m['global-count-from-first-shard'],
      mistake: 'the global batch size taken as N times the first shard size',
      edits: [['const total = local.reduce((s, g) => s + g.count, 0);', 'const total = workers * local[0].count;']],
    },
    {
      name: 'local-sum-not-mean',
      misconception: m['local-sum-not-mean'],
      mistake: 'localGradients sums over its shard, and the all-reduce divides the sum of sums by N',
      edits: [
        [SCALE, '/ outputs;'],
        [WEIGHTED_DW, 's + g.dW[o][i], 0) / workers'],
        [WEIGHTED_DB, 's + g.db[o], 0) / workers'],
      ],
    },
    {
      name: 'drops-remainder',
      misconception: m['drops-remainder'],
      mistake: 'the last B mod N examples are left out of every shard',
      edits: [
        ['for (let i = rank; i < size; i += workers)', 'for (let i = rank; i < size - (size % workers); i += workers)'],
      ],
    },
    {
      name: 'pads-by-repeating',
      misconception: m['pads-by-repeating'],
      mistake: "the batch padded to N·⌈B/N⌉ with its first examples, as DistributedSampler's default",
      edits: [
        [
          'for (let i = rank; i < size; i += workers) indices.push(i);',
          'for (let i = rank; i < workers * Math.ceil(size / workers); i += workers) indices.push(i % size);',
        ],
      ],
    },
    {
      name: 'no-all-reduce',
      misconception: m['no-all-reduce'],
      mistake: "each replica steps with its own shard's gradient",
      edits: [
        [
          'const replicas = shards.map(() => ({\n    W: W.map((row, o) => row.map((w, i) => w - lr * dW[o][i])),\n    b: b.map((v, o) => v - lr * db[o]),',
          'const replicas = local.map((g) => ({\n    W: W.map((row, o) => row.map((w, i) => w - lr * g.dW[o][i])),\n    b: b.map((v, o) => v - lr * g.db[o]),',
        ],
      ],
    },
    {
      name: 'empty-shard-nan',
      misconception: m['empty-shard-nan'],
      mistake: 'localGradients sums, then divides by count·out at the end: 0/0 for an empty shard',
      edits: [
        ['const g = (2 * (pred - shard.y[n][o])) / (count * outputs);', 'const g = 2 * (pred - shard.y[n][o]);'],
        [
          'return { dW, db, count };',
          'return {\n    dW: dW.map((row) => row.map((v) => v / (count * outputs))),\n    db: db.map((v) => v / (count * outputs)),\n    count,\n  };',
        ],
      ],
    },
    {
      name: 'missing-factor-two',
      misconception: m['missing-factor-two'],
      mistake: '∂L/∂ŷ = (ŷ − y)/(n·out)',
      edits: [['(2 * (pred - shard.y[n][o]))', '(pred - shard.y[n][o])']],
    },
    {
      name: 'mean-over-batch-only',
      misconception: m['mean-over-batch-only'],
      mistake: '∂L/∂ŷ = 2(ŷ − y)/n: the mean over examples only',
      edits: [[SCALE, '/ count;']],
    },
  ],
  alternatives: [
    {
      name: 'parameter-averaging',
      difference:
        'shards built by dealing example i to worker i mod N; residuals as a matrix; each worker steps locally and the replicas are averaged with weights n_r/B (for one plain SGD step, the same as averaging gradients)',
    },
    {
      name: 'weighted-means',
      difference:
        'localGradients as the mean of per-example gradients (empty shards skipped); the all-reduce as Σ (n_r/B)·g_r with B = batch.x.length, accumulated worker by worker',
    },
  ],
});

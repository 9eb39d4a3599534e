import { float64Bounds, mul, sub, tensor64, toNested } from '../kit/tensor';
import { defineGrader, expectOutputs, fail, GradingFailure, property, validateTensor } from '../kit/toolkit';
import { badWorkers, emptyShards, type K, shards, shuffledSteps, steps } from './cases';
import { expectFullBatchStep, expectReplicas, expectSameStep, expectStridedShards, fullBatchStep } from './expectStep';
import { learnerLocal, learnerStep, perWorker } from './learner';
import text from './messages';
import { localMistakes, noAllReduce, shardMistakes, stepMistakes } from './mistakes';
import { local64, type Problem } from './oracle';
import { localReference } from './reference';

/** localGradients' count must be the shard's size, exactly. */
function expectCount(got: unknown, c: Problem): void {
  if (got !== c.x.length) {
    fail({ fn: 'localGradients', argument: 'count', message: text['count-is']({ got: String(got), n: c.x.length }) });
  }
}

export default defineGrader<K>([
  property({
    id: 'local-gradients-match-autodiff',
    name: "localGradients: dW and db match autodiff of the shard's mean squared error, and count is the shard size",
    points: 3,
    arbitrary: shards(),
    diagnose: localMistakes,
    check: (kata, c, { reference }) => {
      const got = learnerLocal(kata, c);
      const truth = local64(c);
      const { dW, db } = localReference(reference, c);
      expectOutputs(
        { dW: got?.dW, db: got?.db },
        { dW, db },
        {
          fn: 'localGradients',
          bounds: { dW: reference.bounds(truth.dW), db: reference.bounds(truth.db) },
          gradients: ['dW', 'db'],
        },
      );
      expectCount(got?.count, c);
    },
  }),
  property({
    id: 'empty-shard-is-zero',
    name: 'localGradients of an empty shard is zero, with count 0 and no NaN',
    points: 1,
    arbitrary: emptyShards,
    diagnose: localMistakes,
    check: (kata, c) => {
      const got = learnerLocal(kata, c);
      const zero = local64(c);
      expectOutputs(
        { dW: got?.dW, db: got?.db },
        { dW: toNested(zero.dW), db: toNested(zero.db) },
        { fn: 'localGradients', bounds: { dW: 0, db: 0 } },
      );
      expectCount(got?.count, c);
    },
  }),
  property({
    id: 'shards-partition-the-batch',
    name: 'the shards: worker r takes examples r, r + N, r + 2N, …, so every example is in exactly one shard',
    points: 2,
    arbitrary: steps('uneven', 'even', 'sparse'),
    diagnose: shardMistakes,
    check: expectStridedShards,
  }),
  property({
    id: 'uneven-shards-full-batch-step',
    name: 'when N does not divide B, every replica takes the SGD step of the full-batch mean gradient',
    points: 4,
    arbitrary: steps('uneven'),
    diagnose: stepMistakes,
    check: (kata, c) => expectFullBatchStep(kata, c),
  }),
  property({
    id: 'even-shards-full-batch-step',
    name: 'when N divides B, N = 1 included, every replica takes the SGD step of the full-batch mean gradient',
    points: 2,
    arbitrary: steps('even'),
    diagnose: stepMistakes,
    check: (kata, c) => expectFullBatchStep(kata, c),
  }),
  property({
    id: 'more-workers-than-examples',
    name: 'with more workers than examples the empty shards count for nothing: the full-batch step, no NaN',
    points: 2,
    arbitrary: steps('sparse'),
    diagnose: stepMistakes,
    check: (kata, c) => expectFullBatchStep(kata, c, text['many-workers']({ workers: c.workers, size: c.x.length })),
  }),
  property({
    id: 'replicas-agree',
    name: 'after the step every worker holds the same model',
    points: 1,
    arbitrary: steps('uneven', 'sparse'),
    diagnose: [noAllReduce],
    check: (kata, c) => {
      const truth = fullBatchStep(c);
      const { replicas } = perWorker(learnerStep(kata, c), c.workers);
      const first = replicas[0];
      expectReplicas(
        replicas,
        { W: first?.W ?? [], b: first?.b ?? [] },
        { W: float64Bounds(truth.W), b: float64Bounds(truth.b) },
        text['replicas-differ'](),
      );
    },
  }),
  property({
    id: 'one-worker-is-sgd',
    name: 'with one worker, ddpStep is plain SGD with your localGradients on the whole batch',
    points: 1,
    arbitrary: steps('uneven'),
    diagnose: stepMistakes,
    check: (kata, c) => {
      const truth = fullBatchStep(c);
      const g = learnerLocal(kata, c);
      const { replicas } = perWorker(learnerStep(kata, c, 1), 1);
      const dW = validateTensor(g?.dW, [c.W.length, c.W[0].length], { fn: 'localGradients', argument: 'dW' });
      const db = validateTensor(g?.db, [c.b.length], { fn: 'localGradients', argument: 'db' });
      const stepped = (p: number[][] | number[], d: typeof dW) => toNested(sub(tensor64(p), mul(c.lr, tensor64(d))));
      expectReplicas(
        replicas,
        { W: stepped(c.W, dW), b: stepped(c.b, db) },
        { W: float64Bounds(truth.W), b: float64Bounds(truth.b) },
        text['one-worker'](),
      );
    },
  }),
  property({
    id: 'shuffled-batch-same-step',
    name: 'shuffling the examples of the batch leaves the step unchanged',
    points: 2,
    arbitrary: shuffledSteps,
    diagnose: stepMistakes,
    check: (kata, [c, perm]) => {
      const shuffled = { ...c, x: perm.map((i) => c.x[i]), y: perm.map((i) => c.y[i]) };
      expectSameStep(kata, c, shuffled, text.shuffled({ perm: perm.join(', ') }));
    },
  }),
  property({
    id: 'duplicated-batch-same-step',
    name: 'a batch with every example twice gives the same step (the same mean gradient)',
    points: 1,
    arbitrary: steps('uneven', 'sparse'),
    diagnose: stepMistakes,
    check: (kata, c) => {
      const twice = { ...c, x: [...c.x, ...c.x], y: [...c.y, ...c.y] };
      expectSameStep(kata, c, twice, text.duplicated());
    },
  }),
  property({
    id: 'invalid-workers-throw',
    name: 'workers below 1 or not an integer throws an Error',
    points: 1,
    arbitrary: badWorkers,
    check: (kata, [c, workers]) => {
      try {
        learnerStep(kata, c, workers);
      } catch (err) {
        // callLearner reports the learner's own throw as an exception; anything else (a modified input) stands.
        if (err instanceof GradingFailure && err.detail.kind === 'exception') return;
        throw err;
      }
      fail({ fn: 'ddpStep', kind: 'rule', rule: 'invalid-workers', message: text['accepted-workers']({ workers }) });
    },
  }),
]);

import type * as Kata from '../../katas/22-data-parallel/data-parallel';
import { float64Bounds, mul, type Nested, sub, type Tensor64, tensor64, toNested } from '../kit/tensor';
import { type Bound, expectClose, fail, type Message } from '../kit/toolkit';
import type { K } from './cases';
import { learnerStep, perWorker } from './learner';
import text from './messages';
import { type DdpCase, local64, shardsOf } from './oracle';

/** The single-worker SGD step on the whole batch: what every replica must hold. */
export function fullBatchStep(c: DdpCase): { W: Tensor64; b: Tensor64 } {
  const g = local64(c);
  return { W: sub(tensor64(c.W), mul(c.lr, g.dW)), b: sub(tensor64(c.b), mul(c.lr, g.db)) };
}

export interface Model {
  readonly W: Nested;
  readonly b: Nested;
}

/** Every replica against one model, within bounds for W and b. */
export function expectReplicas(
  replicas: readonly Partial<Kata.Replica>[],
  want: Model,
  bounds: { W: Bound; b: Bound },
  context?: Message,
): void {
  replicas.forEach((r, rank) => {
    expectClose(r?.W, want.W, { fn: 'ddpStep', argument: text['replica-w']({ rank }), bound: bounds.W, context });
    expectClose(r?.b, want.b, { fn: 'ddpStep', argument: text['replica-b']({ rank }), bound: bounds.b, context });
  });
}

/**
 * The learner's step against the full-batch step. Both are float64
 * computations of one quantity, each in its own order: float64Bounds of the
 * oracle's.
 */
export function expectFullBatchStep(kata: K, c: DdpCase, context?: Message): void {
  const truth = fullBatchStep(c);
  const { replicas } = perWorker(learnerStep(kata, c), c.workers);
  expectReplicas(
    replicas,
    { W: toNested(truth.W), b: toNested(truth.b) },
    { W: float64Bounds(truth.W), b: float64Bounds(truth.b) },
    context,
  );
}

/** The step on `other`, a batch with the same full-batch mean gradient, against the step on `c`. */
export function expectSameStep(kata: K, c: DdpCase, other: DdpCase, context: Message): void {
  const truth = fullBatchStep(c);
  const first = perWorker(learnerStep(kata, c), c.workers).replicas[0];
  const { replicas } = perWorker(learnerStep(kata, other), other.workers);
  expectReplicas(
    replicas,
    { W: first?.W as Nested, b: first?.b as Nested },
    { W: float64Bounds(truth.W), b: float64Bounds(truth.b) },
    context,
  );
}

/** Worker r's shard holds r, r + N, r + 2N, … below B, in any order. */
export function expectStridedShards(kata: K, c: DdpCase): void {
  const size = c.x.length;
  const { shards } = perWorker(learnerStep(kata, c), c.workers);
  const want = shardsOf(size, c.workers);
  shards.forEach((s, rank) => {
    const sorted = Array.isArray(s) ? [...s].sort((a, b) => a - b) : [];
    if (!Array.isArray(s) || sorted.length !== want[rank].length || sorted.some((v, k) => v !== want[rank][k])) {
      fail({
        fn: 'ddpStep',
        argument: 'shards',
        message: text['shard-is']({
          rank,
          got: Array.isArray(s) ? s.join(', ') : String(s),
          size,
          workers: c.workers,
          expected: want[rank].join(', '),
        }),
      });
    }
  });
}

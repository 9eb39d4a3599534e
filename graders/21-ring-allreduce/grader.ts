import fc from 'fast-check';
import type * as Kata from '../../katas/21-ring-allreduce/ring-allreduce';
import {
  defineGrader,
  dim,
  expectClose,
  fail,
  flatten,
  GradingFailure,
  property,
  tensor,
  validateTensor,
} from '../kit/toolkit';
import { balanceFinding, learnerChunks, partitionFinding, tilingFinding } from './chunkPartition';
import { diagnoseRing } from './diagnoseRing';
import { explain, failWith } from './finding';
import { messageLengthFinding, partialSumFinding, volumeFinding } from './messageContents';
import { allReduceSum, partialSumScale, sumRoundings } from './reference';
import { scheduleFinding, stepCountFinding } from './ringSchedule';
import { type RingRun, simulateRing } from './simulateRing';

type K = typeof Kata;
type Buffers = number[][];

/**
 * N workers' buffers of one length L ≥ 0. Elements stay away from 0 on
 * purpose: a worker's part that goes missing (or is added twice) must
 * change a sum, also in a shrunk counterexample.
 */
const buffersOf = (n: number, length: number): fc.Arbitrary<{ buffers: Buffers }> =>
  fc.record({ buffers: tensor([n, length], { awayFrom: [0] }) });

/** Any N and L: L mod N ≠ 0 and L < N (empty chunks) both come up. */
const rings = (minSize: number): fc.Arbitrary<{ buffers: Buffers }> =>
  fc.tuple(dim({ min: minSize }), fc.integer({ min: 0, max: 14 })).chain(([n, length]) => buffersOf(n, length));

/** The edges on purpose: one worker (0 steps), and fewer elements than workers. */
const edgeRings: fc.Arbitrary<{ buffers: Buffers }> = fc.oneof(
  fc.integer({ min: 0, max: 6 }).chain((length) => buffersOf(1, length)),
  dim({ min: 2 }).chain((n) => fc.integer({ min: 0, max: n - 1 }).chain((length) => buffersOf(n, length))),
);

const partitions = fc.record({ length: fc.integer({ min: 0, max: 40 }), size: dim({ min: 1, max: 8 }) });

function expectEveryWorkerHoldsTheSum(kata: K, run: RingRun, buffers: Buffers): void {
  const n = buffers.length;
  const want = allReduceSum(buffers);
  const scale = partialSumScale(buffers, 0, n, 0, run.length);
  run.results.forEach((got, r) => {
    try {
      // Both sides add N terms, each in its own order: N − 1 roundings a side (tolerance.ts, float64 mode).
      expectClose(got, want, {
        fn: 'ringAllReduce',
        argument: `worker ${r}'s buffer`,
        precision: 'float64',
        ops: 2 * sumRoundings(n),
        scale,
      });
    } catch (err) {
      if (!(err instanceof GradingFailure) || err.detail.misconception) throw err;
      const why = diagnoseRing(kata, run, buffers);
      if (why) fail({ ...err.detail, misconception: explain(why) });
      throw err;
    }
  });
}

function expectMessageLengths(kata: K, run: RingRun): void {
  const chunks = learnerChunks(kata, run.length, run.size);
  const f =
    messageLengthFinding(run, chunks) ??
    volumeFinding(
      run,
      () =>
        stepCountFinding(run) ??
        tilingFinding(chunks, run.length, run.size) ??
        scheduleFinding(run) ??
        balanceFinding(chunks, run.length, run.size),
    );
  if (f) failWith('ringAllReduce', f);
}

export default defineGrader<K>([
  property({
    id: 'chunks-tile-the-buffer',
    name: 'chunkBounds tiles [0, L) with sizes within one',
    points: 2,
    arbitrary: partitions,
    check: (kata, { length, size }) => {
      const f = partitionFinding(learnerChunks(kata, length, size), length, size);
      if (f) failWith('chunkBounds', f);
    },
  }),
  property({
    id: 'every-worker-gets-the-sum',
    name: 'every worker ends with the element-wise sum',
    points: 4,
    arbitrary: rings(1),
    check: (kata, { buffers }) => expectEveryWorkerHoldsTheSum(kata, simulateRing(kata, buffers), buffers),
  }),
  property({
    id: 'two-n-minus-two-steps',
    name: 'the ring takes 2(N − 1) steps',
    points: 2,
    arbitrary: rings(2),
    check: (kata, { buffers }) => {
      const f = stepCountFinding(simulateRing(kata, buffers));
      if (f) failWith('ringAllReduce', f);
    },
  }),
  property({
    id: 'forwards-the-received-chunk',
    name: 'each step forwards the chunk received at the step before',
    points: 2,
    arbitrary: rings(2),
    check: (kata, { buffers }) => {
      const f = scheduleFinding(simulateRing(kata, buffers));
      if (f) failWith('ringAllReduce', f);
    },
  }),
  property({
    id: 'messages-carry-partial-sums',
    name: 'reduce-scatter messages carry partial sums, all-gather messages the full sum',
    points: 2,
    arbitrary: rings(2),
    check: (kata, { buffers }) => {
      const run = simulateRing(kata, buffers);
      const f = partialSumFinding(run, buffers, learnerChunks(kata, run.length, run.size));
      if (f) failWith('ringAllReduce', f);
    },
  }),
  property({
    id: 'sends-one-chunk-per-step',
    name: 'each message is one chunk: 2(N − 1)/N of the buffer per worker',
    points: 2,
    arbitrary: rings(2),
    check: (kata, { buffers }) => expectMessageLengths(kata, simulateRing(kata, buffers)),
  }),
  property({
    id: 'workers-agree-bit-for-bit',
    name: 'every worker holds the same bits',
    points: 1,
    arbitrary: rings(2),
    check: (kata, { buffers }) => {
      const run = simulateRing(kata, buffers);
      const results = run.results.map((got, r) =>
        flatten(validateTensor(got, [run.length], { fn: 'ringAllReduce', argument: `worker ${r}'s buffer` })),
      );
      results.forEach((mine, r) =>
        mine.forEach((v, i) => {
          if (v === results[0][i]) return;
          const why = diagnoseRing(kata, run, buffers);
          fail({
            fn: 'ringAllReduce',
            summary: `worker ${r}'s buffer[${i}] is ${v} but worker 0's is ${results[0][i]}`,
            misconception: why
              ? explain(why)
              : 'all-gather copies each fully reduced chunk (=, not +=): data-parallel replicas must hold bit-identical gradients, or their weights drift apart',
          });
        }),
      );
    },
  }),
  property({
    id: 'one-worker-and-short-buffers',
    name: 'one worker takes 0 steps; buffers shorter than N leave chunks empty',
    points: 2,
    arbitrary: edgeRings,
    check: (kata, { buffers }) => {
      const run = simulateRing(kata, buffers);
      const steps = stepCountFinding(run);
      if (steps) failWith('ringAllReduce', steps);
      expectEveryWorkerHoldsTheSum(kata, run, buffers);
      expectMessageLengths(kata, run);
    },
  }),
]);

import type * as Kata from '../../katas/21-ring-allreduce/ring-allreduce';
import { flatten, float64Bounds, toNested } from '../kit/tensor';
import { defineGrader, expectClose, fail, property, validateTensor } from '../kit/toolkit';
import { edgeRings, partitions, rings } from './cases';
import { expectTiling, learnerChunks } from './chunkPartition';
import { expectMessageLengths, expectPartialSums, expectVolume } from './messageContents';
import text from './messages';
import {
  addsIntoSentChunk,
  allGatherSendsOwnChunk,
  chunksDropRemainder,
  lastChunkTakesRemainder,
  reduceScatterOnly,
  sendsWholeBuffer,
  twoNSteps,
} from './mistakes';
import { allReduce64, type Buffers } from './oracle';
import { expectSchedule, expectStepCount } from './ringSchedule';
import { type RingRun, simulateRing } from './simulateRing';

type K = typeof Kata;

// Each property names the mistakes that can make it fail; a mistake is
// named only when the learner's code is shown to make it (mistakes.ts).
const wrongSums = [allGatherSendsOwnChunk, reduceScatterOnly, twoNSteps, addsIntoSentChunk, chunksDropRemainder];
const wrongTraffic = [sendsWholeBuffer, reduceScatterOnly, twoNSteps, chunksDropRemainder];

/** Both sides add N float64 terms, each in its own order: the bound of an N-term sum on each side. */
function expectEveryWorkerHoldsTheSum(run: RingRun, buffers: Buffers): void {
  const truth = allReduce64(buffers);
  const want = toNested(truth);
  const bound = float64Bounds(truth);
  run.results.forEach((got, r) => {
    expectClose(got, want, { fn: 'ringAllReduce', argument: `worker ${r}'s buffer`, bound });
  });
}

function expectTraffic(kata: K, run: RingRun): void {
  expectMessageLengths(run, learnerChunks(kata, run.length, run.size));
  expectVolume(run);
}

export default defineGrader<K>([
  property({
    id: 'chunks-tile-the-buffer',
    name: 'chunkBounds tiles [0, L) in order, no chunk longer than ⌈L/N⌉',
    points: 2,
    arbitrary: partitions,
    diagnose: [chunksDropRemainder, lastChunkTakesRemainder],
    check: (kata, { length, size }) => expectTiling(learnerChunks(kata, length, size), length, size),
  }),
  property({
    id: 'every-worker-gets-the-sum',
    name: 'every worker ends with the element-wise sum',
    points: 4,
    arbitrary: rings(1),
    diagnose: wrongSums,
    check: (kata, { buffers }) => expectEveryWorkerHoldsTheSum(simulateRing(kata, buffers), buffers),
  }),
  property({
    id: 'two-n-minus-two-steps',
    name: 'the ring takes 2(N − 1) steps',
    points: 2,
    arbitrary: rings(2),
    diagnose: [reduceScatterOnly, twoNSteps],
    check: (kata, { buffers }) => expectStepCount(simulateRing(kata, buffers)),
  }),
  property({
    id: 'forwards-the-received-chunk',
    name: 'each step forwards the chunk received at the step before',
    points: 2,
    arbitrary: rings(2),
    diagnose: [allGatherSendsOwnChunk, twoNSteps],
    check: (kata, { buffers }) => expectSchedule(simulateRing(kata, buffers)),
  }),
  property({
    id: 'messages-carry-partial-sums',
    name: 'reduce-scatter messages carry partial sums, all-gather messages the full sum',
    points: 2,
    arbitrary: rings(2),
    diagnose: [allGatherSendsOwnChunk, twoNSteps, addsIntoSentChunk, sendsWholeBuffer],
    check: (kata, { buffers }) => {
      const run = simulateRing(kata, buffers);
      expectPartialSums(run, buffers, learnerChunks(kata, run.length, run.size));
    },
  }),
  property({
    id: 'sends-one-chunk-per-step',
    name: 'each message is one chunk: 2(N − 1)/N of the buffer per worker',
    points: 2,
    arbitrary: rings(2),
    diagnose: wrongTraffic,
    check: (kata, { buffers }) => expectTraffic(kata, simulateRing(kata, buffers)),
  }),
  property({
    id: 'workers-agree-bit-for-bit',
    name: 'every worker holds the same bits',
    points: 1,
    arbitrary: rings(2),
    diagnose: wrongSums,
    check: (kata, { buffers }) => {
      const run = simulateRing(kata, buffers);
      const results = run.results.map((got, r) =>
        flatten(
          validateTensor(got, [run.length], { fn: 'ringAllReduce', argument: text['worker-buffer']({ rank: r }) }),
        ),
      );
      for (let r = 1; r < results.length; r++) {
        const i = results[r].findIndex((v, j) => v !== results[0][j]);
        if (i >= 0)
          fail({
            fn: 'ringAllReduce',
            message: text['buffers-differ']({
              rank: r,
              i,
              got: String(results[r][i]),
              expected: String(results[0][i]),
            }),
          });
      }
    },
  }),
  property({
    id: 'one-worker-and-short-buffers',
    name: 'one worker takes 0 steps; buffers shorter than N leave chunks empty',
    points: 2,
    arbitrary: edgeRings,
    diagnose: [...wrongSums, sendsWholeBuffer],
    check: (kata, { buffers }) => {
      const run = simulateRing(kata, buffers);
      expectStepCount(run);
      expectEveryWorkerHoldsTheSum(run, buffers);
      expectTraffic(kata, run);
    },
  }),
]);

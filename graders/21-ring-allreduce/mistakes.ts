import type * as Kata from '../../katas/21-ring-allreduce/ring-allreduce';
import { type Misconception, mistake, probe } from '../kit/toolkit';
import { evenRings, type Partition, partitions, type Ring, unevenPartitions } from './cases';
import { learnerChunks } from './chunkPartition';
import m from './misconceptions';
import { type RingMistake, ring64, type Tiling, tiling64 } from './oracle';
import { type RingRun, simulateRing } from './simulateRing';

type K = typeof Kata;

/** What the channel recorded, as ring64 lays it out (oracle.ts). */
const recordOf = (run: RingRun): Record<string, unknown> => ({
  steps: run.steps,
  chunks: run.sent.map((step) => step.map((msg) => msg.chunk)),
  lengths: run.sent.map((step) => step.map((msg) => msg.values.length)),
  values: run.sent.flatMap((step) => step.flatMap((msg) => msg.values)),
  results: run.results,
});

/**
 * The whole ring, on rings where N divides L. Elsewhere the learner's own
 * tiling decides the message lengths (any balanced one is accepted), so a
 * prediction made with ours would not apply: those are not cases of this
 * probe (its truth throws, and the diagnosis moves on to fresh cases).
 */
const ring = probe<K, Ring>({
  cases: evenRings,
  observe: (kata, { buffers }) => recordOf(simulateRing(kata, buffers)),
  truth: ({ buffers }) => {
    if (!Array.isArray(buffers) || buffers[0].length % buffers.length !== 0)
      throw new RangeError('not a case of this probe: N does not divide L, or not a ring at all');
    return { ...ring64(buffers) };
  },
});

/** chunkBounds alone, for every chunk. */
const tiling = probe<K, Partition>({
  cases: partitions,
  observe: (kata, { length, size }) => ({ bounds: learnerChunks(kata, length, size) }),
  truth: ({ length, size }) => {
    if (!Number.isInteger(length) || !Number.isInteger(size)) throw new RangeError('not a partition');
    return tiling64(length, size);
  },
});

const inRing = (misconception: Misconception, switches: RingMistake) =>
  mistake(ring, misconception, ({ buffers }) => ({ ...ring64(buffers, switches) }));

// A tiling mistake is shown where it breaks the rule (chunkPartition.ts),
// not merely where it differs from our tiling: with L mod N = 1, the last
// chunk taking the remainder is a balanced tiling like any other.
const inTiling = (misconception: Misconception, t: Tiling, minRemainder: number) =>
  mistake(tiling, misconception, ({ length, size }) => tiling64(length, size, t), unevenPartitions(minRemainder));

export const allGatherSendsOwnChunk = inRing(m['allgather-sends-own-chunk'], { allGatherFrom: 'own' });
export const reduceScatterOnly = inRing(m['reduce-scatter-only'], { allGather: false });
export const sendsWholeBuffer = inRing(m['sends-whole-buffer'], { sends: 'buffer' });
export const twoNSteps = inRing(m['2n-steps'], { stepsPerPhase: 'n' });
export const addsIntoSentChunk = inRing(m['adds-into-sent-chunk'], { addsInto: 'sent' });
export const chunksDropRemainder = inTiling(m['chunks-drop-remainder'], 'drop-remainder', 1);
export const lastChunkTakesRemainder = inTiling(m['last-chunk-takes-remainder'], 'last-takes-remainder', 2);

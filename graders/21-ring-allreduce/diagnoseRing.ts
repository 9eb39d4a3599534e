import type * as Kata from '../../katas/21-ring-allreduce/ring-allreduce';
import { type Chunks, learnerChunks, tilingFinding } from './chunkPartition';
import type { Finding } from './finding';
import { partialSumFinding } from './messageContents';
import { scheduleFinding, stepCountFinding } from './ringSchedule';
import type { RingRun } from './simulateRing';

/**
 * Why the workers' final buffers are wrong, from what the channel recorded:
 * the first broken rule, in the order a ring is built (step count, chunk
 * tiling, schedule, message contents). Undefined when no rule is broken.
 */
export function diagnoseRing(
  kata: typeof Kata,
  run: RingRun,
  buffers: readonly (readonly number[])[],
): Finding | undefined {
  const steps = stepCountFinding(run);
  if (steps) return steps;
  const chunks = chunksIfAny(kata, run);
  const tiling = chunks && tilingFinding(chunks, run.length, run.size);
  if (tiling) return tiling;
  return scheduleFinding(run) ?? (chunks && partialSumFinding(run, buffers, chunks));
}

/** A diagnosis is a bonus: a chunkBounds that is unwritten or malformed gives none. */
function chunksIfAny(kata: typeof Kata, run: RingRun): Chunks | undefined {
  try {
    return learnerChunks(kata, run.length, run.size);
  } catch {
    return undefined;
  }
}

import type * as Kata from '../../katas/22-data-parallel/data-parallel';
import { callLearner, fail } from '../kit/toolkit';
import type { K } from './cases';
import text from './messages';
import type { DdpCase, Problem } from './oracle';

/** The learner's localGradients on one shard, unvalidated. */
export const learnerLocal = (kata: K, { x, y, W, b }: Problem): Partial<Kata.LocalGradients> | undefined =>
  callLearner(kata, 'localGradients', { shard: { x, y }, W, b });

/** The learner's ddpStep, unvalidated. */
export const learnerStep = (kata: K, c: DdpCase, workers = c.workers): Partial<Kata.DdpResult> | undefined =>
  callLearner(kata, 'ddpStep', { batch: { x: c.x, y: c.y }, W: c.W, b: c.b, options: { workers, lr: c.lr } });

/** The step's replicas and shards, checked to be one of each per worker. */
export function perWorker(got: Partial<Kata.DdpResult> | undefined, workers: number) {
  const { replicas, shards } = got ?? {};
  for (const [name, list] of [
    ['replicas', replicas],
    ['shards', shards],
  ] as const) {
    if (!Array.isArray(list) || list.length !== workers) {
      fail({
        kind: 'shape',
        fn: 'ddpStep',
        argument: name,
        message: text['one-per-worker']({
          name,
          workers,
          got: Array.isArray(list) ? String(list.length) : String(list),
        }),
      });
    }
  }
  return { replicas: replicas as Partial<Kata.Replica>[], shards: shards as unknown[] };
}

/** [N, B]: how often worker r's shard lists example i; undefined when a shard is not a list of indices below B. */
export function membershipOf(shards: readonly unknown[], size: number): number[][] | undefined {
  const rows: number[][] = [];
  for (const s of shards) {
    if (!Array.isArray(s)) return undefined;
    const row = new Array<number>(size).fill(0);
    for (const i of s) {
      if (!Number.isInteger(i) || i < 0 || i >= size) return undefined;
      row[i]++;
    }
    rows.push(row);
  }
  return rows;
}

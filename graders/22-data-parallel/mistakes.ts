import { mistake, probe } from '../kit/toolkit';
import { type K, shards, steps } from './cases';
import { learnerLocal, learnerStep, membershipOf } from './learner';
import m from './misconceptions';
import { type DdpCase, type DdpSlip, ddp64, type LocalSlip, local64, type Problem } from './oracle';

// What code with each mistake returns, for confirmMistakes to hold the
// learner's own code against. The step's probe draws only batches N does
// not divide, or with more workers than examples: where weighting the
// shards, dropping, padding and empty shards show.

const local = probe<K, Problem>({
  cases: shards({ empty: true }),
  observe: (kata, c) => {
    const got = learnerLocal(kata, c);
    return { dW: got?.dW, db: got?.db, count: got?.count };
  },
  truth: (c) => local64(c),
});

const step = probe<K, DdpCase>({
  cases: steps('uneven', 'sparse'),
  observe: (kata, c) => {
    const got = learnerStep(kata, c);
    const replicas = Array.isArray(got?.replicas) ? got.replicas : [];
    return {
      W: replicas.map((r) => r?.W),
      b: replicas.map((r) => r?.b),
      membership: Array.isArray(got?.shards) ? membershipOf(got.shards, c.x.length) : undefined,
    };
  },
  truth: (c) => ddp64(c),
});

const inLocal = (slip: LocalSlip) => mistake(local, m[slip], (c) => local64(c, slip));
const inStep = (slip: DdpSlip) => mistake(step, m[slip], (c) => ddp64(c, slip));

const localSlips: LocalSlip[] = ['missing-factor-two', 'mean-over-batch-only', 'local-sum-not-mean', 'empty-shard-nan'];

/** What a wrong localGradients returns on one shard. */
export const localMistakes = localSlips.map(inLocal);

/** Mistakes of the sharding: which examples each worker holds. */
export const shardMistakes = [inStep('drops-remainder'), inStep('pads-by-repeating')];

export const noAllReduce = inStep('no-all-reduce');

/** Every mistake, as the step's replicas (and shards) show it. */
export const stepMistakes = [
  inStep('equal-weight-average'),
  inStep('sum-across-workers'),
  inStep('global-count-from-first-shard'),
  ...shardMistakes,
  noAllReduce,
  ...localSlips.map(inStep),
];

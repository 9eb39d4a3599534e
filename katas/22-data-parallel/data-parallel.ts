import { notImplemented } from '#lib';

/** A batch for the linear model: inputs x [n, in], targets y [n, out]. */
export interface Batch {
  readonly x: number[][];
  readonly y: number[][];
}

/** One worker's gradient of its shard's mean loss, and how many examples the shard holds. */
export interface LocalGradients {
  /** ∂L_shard/∂W, [out, in]. */
  readonly dW: number[][];
  /** ∂L_shard/∂b, [out]. */
  readonly db: number[];
  /** The shard's number of examples, n_r. */
  readonly count: number;
}

/** One worker's copy of the model after the step. */
export interface Replica {
  readonly W: number[][];
  readonly b: number[];
}

export interface DdpOptions {
  /** N, the number of simulated workers: a positive integer. */
  readonly workers: number;
  /** The SGD learning rate. */
  readonly lr: number;
}

export interface DdpResult {
  /** replicas[r]: worker r's model after the step. */
  readonly replicas: Replica[];
  /** shards[r]: the batch indices worker r computed its gradient on (in any order). */
  readonly shards: number[][];
}

/**
 * One worker's gradient for the linear model ŷ = x·Wᵀ + b (W [out, in],
 * b [out]) under PyTorch's MSELoss with reduction='mean' over its own shard:
 *
 *   L = 1/(n·out) · Σ_k Σ_o (ŷ_ko − y_ko)²,  ∂L/∂ŷ = 2(ŷ − y)/(n·out),
 *   dW = (∂L/∂ŷ)ᵀ·x,  db = Σ_k ∂L/∂ŷ_k,  count = n.
 *
 * An empty shard (n = 0, x = y = []) returns zeros of W's and b's shapes
 * with count 0 — no NaN. Return new arrays; leave the inputs unchanged.
 */
export function localGradients(shard: Batch, W: number[][], b: number[]): LocalGradients {
  return notImplemented('localGradients');
}

/**
 * One synchronous data-parallel SGD step over N simulated workers (DDP):
 *
 * 1. Shard the batch (B ≥ 1 examples) as torch's DistributedSampler does
 *    without shuffling and without padding: worker r takes the indices
 *    r, r + N, r + 2N, … below B. Every example lands in exactly one shard;
 *    when N does not divide B the shards hold ⌈B/N⌉ or ⌊B/N⌋ examples, and
 *    when N > B some are empty.
 * 2. Each worker computes localGradients on its own shard, with the model
 *    as it was before the step.
 * 3. All-reduce: every worker gets the FULL-BATCH mean gradient exactly,
 *    the one a single worker would compute on the whole batch. With unequal
 *    shards that is not the plain average of the workers' means.
 * 4. Every worker applies one plain SGD step to its own replica:
 *    W ← W − lr·dW, b ← b − lr·db.
 *
 * workers < 1 or not an integer throws an Error. Return new arrays; leave
 * the inputs unchanged.
 */
export function ddpStep(batch: Batch, W: number[][], b: number[], options: DdpOptions): DdpResult {
  return notImplemented('ddpStep');
}

/** A batch for the linear model: x [n, in], targets y [n, out]. */
export interface Batch {
  readonly x: number[][];
  readonly y: number[][];
}

/** One worker's gradient of its shard's mean loss, and how many examples the shard holds. */
export interface LocalGradients {
  readonly dW: number[][];
  readonly db: number[];
  readonly count: number;
}

/** One worker's copy of the model after the step. */
export interface Replica {
  readonly W: number[][];
  readonly b: number[];
}

export interface DdpOptions {
  readonly workers: number;
  readonly lr: number;
}

export interface DdpResult {
  readonly replicas: Replica[];
  readonly shards: number[][];
}

export function localGradients(shard: Batch, W: number[][], b: number[]): LocalGradients {
  const count = shard.x.length;
  const outputs = W.length;
  const dW = W.map((row) => row.map(() => 0));
  const db = b.map(() => 0);
  for (let n = 0; n < count; n++) {
    const x = shard.x[n];
    for (let o = 0; o < outputs; o++) {
      let pred = b[o];
      for (let i = 0; i < x.length; i++) pred += W[o][i] * x[i];
      // ∂/∂ŷ of the mean over count·outputs squared errors; an empty shard never gets here.
      const g = (2 * (pred - shard.y[n][o])) / (count * outputs);
      db[o] += g;
      for (let i = 0; i < x.length; i++) dW[o][i] += g * x[i];
    }
  }
  return { dW, db, count };
}

export function ddpStep(batch: Batch, W: number[][], b: number[], options: DdpOptions): DdpResult {
  const { workers, lr } = options;
  if (!Number.isInteger(workers) || workers < 1) {
    throw new RangeError(`workers must be a positive integer, got ${workers}`);
  }
  const size = batch.x.length;
  // DistributedSampler without shuffling or padding: worker r takes r, r + N, r + 2N, …
  const shards = Array.from({ length: workers }, (_, rank) => {
    const indices: number[] = [];
    for (let i = rank; i < size; i += workers) indices.push(i);
    return indices;
  });
  const local = shards.map((indices) =>
    localGradients({ x: indices.map((i) => batch.x[i]), y: indices.map((i) => batch.y[i]) }, W, b),
  );
  // All-reduce: the sum over workers of count·mean (each worker's sum), over the global count.
  const total = local.reduce((s, g) => s + g.count, 0);
  const dW = W.map((row, o) => row.map((_, i) => local.reduce((s, g) => s + g.count * g.dW[o][i], 0) / total));
  const db = b.map((_, o) => local.reduce((s, g) => s + g.count * g.db[o], 0) / total);
  // Every worker applies the same all-reduced gradient to its own replica.
  const replicas = shards.map(() => ({
    W: W.map((row, o) => row.map((w, i) => w - lr * dW[o][i])),
    b: b.map((v, o) => v - lr * db[o]),
  }));
  return { replicas, shards };
}

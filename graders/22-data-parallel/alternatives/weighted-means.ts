// Correct, written differently: the local gradient as the mean of
// per-example gradients, and the all-reduce as Σ_r (n_r/B)·g_r accumulated
// worker by worker into one buffer.
/** A batch for the linear model: x [n, in], targets y [n, out]. */
export interface Batch {
  readonly x: number[][];
  readonly y: number[][];
}

export interface LocalGradients {
  readonly dW: number[][];
  readonly db: number[];
  readonly count: number;
}

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
  const dW = W.map((row) => row.map(() => 0));
  const db = b.map(() => 0);
  shard.x.forEach((x, k) => {
    W.forEach((w, o) => {
      let r = -shard.y[k][o] + b[o];
      w.forEach((wi, i) => {
        r += wi * x[i];
      });
      // This example's gradient of mean((ŷ − y)²) over its outputs, then averaged over the shard.
      const e = (2 * r) / W.length / count;
      db[o] += e;
      w.forEach((_, i) => {
        dW[o][i] += e * x[i];
      });
    });
  });
  return { dW, db, count };
}

export function ddpStep(batch: Batch, W: number[][], b: number[], options: DdpOptions): DdpResult {
  const { workers: n, lr } = options;
  if (!Number.isInteger(n) || n <= 0) throw new TypeError('workers must be an integer ≥ 1');
  const B = batch.x.length;
  const shards = Array.from({ length: n }, (_, r) =>
    Array.from({ length: Math.max(0, Math.ceil((B - r) / n)) }, (_, k) => r + k * n),
  );
  const sumW = W.map((row) => row.map(() => 0));
  const sumB = b.map(() => 0);
  for (const s of shards) {
    if (s.length === 0) continue;
    const g = localGradients({ x: s.map((i) => batch.x[i]), y: s.map((i) => batch.y[i]) }, W, b);
    const w = s.length / B;
    g.dW.forEach((row, o) => {
      row.forEach((v, i) => {
        sumW[o][i] += w * v;
      });
    });
    g.db.forEach((v, o) => {
      sumB[o] += w * v;
    });
  }
  const replicas = shards.map(() => ({
    W: W.map((row, o) => row.map((v, i) => v - lr * sumW[o][i])),
    b: b.map((v, o) => v - lr * sumB[o]),
  }));
  return { replicas, shards };
}

// Correct, written differently: examples dealt to workers one by one, the
// residuals as a matrix, and parameter averaging — each worker takes a local
// SGD step and the replicas are averaged with weights n_r/B, which for one
// plain SGD step is the same as averaging the gradients.
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

/** R = x·Wᵀ + b − y, [n, out]. */
function residuals(shard: Batch, W: number[][], b: number[]): number[][] {
  return shard.x.map((x, k) => W.map((w, o) => w.reduce((s, wi, i) => s + wi * x[i], b[o]) - shard.y[k][o]));
}

export function localGradients(shard: Batch, W: number[][], b: number[]): LocalGradients {
  const count = shard.x.length;
  const R = residuals(shard, W, b);
  const c = count === 0 ? 0 : 2 / (count * W.length);
  // dW = c·Rᵀ·x and db = c·Σ_k R_k: one matrix product.
  const dW = W.map((w, o) => w.map((_, i) => c * R.reduce((s, r, k) => s + r[o] * shard.x[k][i], 0)));
  const db = b.map((_, o) => c * R.reduce((s, r) => s + r[o], 0));
  return { dW, db, count };
}

export function ddpStep(batch: Batch, W: number[][], b: number[], options: DdpOptions): DdpResult {
  const { workers, lr } = options;
  if (!(Number.isInteger(workers) && workers >= 1))
    throw new Error(`need a positive integer number of workers: ${workers}`);
  const shards: number[][] = Array.from({ length: workers }, () => []);
  for (let i = 0; i < batch.x.length; i++) shards[i % workers].push(i);
  const total = batch.x.length;
  const stepped = shards.map((s) => {
    const g = localGradients({ x: s.map((i) => batch.x[i]), y: s.map((i) => batch.y[i]) }, W, b);
    return {
      weight: s.length / total,
      W: W.map((w, o) => w.map((v, i) => v - lr * g.dW[o][i])),
      b: b.map((v, o) => v - lr * g.db[o]),
    };
  });
  // Parameter averaging: Σ_r (n_r/B)·(W − lr·g_r) = W − lr·Σ_r (n_r/B)·g_r.
  const averaged = (get: (m: (typeof stepped)[number], o: number, i: number) => number, o: number, i: number) =>
    stepped.reduce((s, m) => s + m.weight * get(m, o, i), 0);
  const model = {
    W: W.map((w, o) => w.map((_, i) => averaged((m) => m.W[o][i], o, i))),
    b: b.map((_, o) => averaged((m) => m.b[o], o, 0)),
  };
  return { replicas: shards.map(() => ({ W: model.W.map((row) => [...row]), b: [...model.b] })), shards };
}

import { add, div, fromParts, matmul, mul, sub, sum, type Tensor64, tensor64 } from '../kit/tensor';

// The kata in float64 with kit/tensor's ops, which carry the float32 error
// bound of the same formula. localGradients is written as its tfjs
// reference computes it (reference.ts): ŷ = matMul(x, W, false, true) + b,
// losses.meanSquaredError with Reduction.MEAN, whose autodiff gives
// ∂L/∂ŷ = (1/(n·out))·2(ŷ − y), then dW = (∂L/∂ŷ)ᵀ·x and db = Σ_k ∂L/∂ŷ_k
// (add's broadcast gradient). The DDP step's truth is the single-worker step
// on the whole batch, W − lr·∇L_batch: what the kata asks the all-reduce to
// reproduce. The switches rebuild what each mistake computes, worker by
// worker, for the diagnoses.

export type M = number[][];

/** The model and one batch (or shard) of data. */
export interface Problem {
  readonly x: M;
  readonly y: M;
  readonly W: M;
  readonly b: number[];
}

/** A DDP step's input: the model, the whole batch, N and the learning rate. */
export interface DdpCase extends Problem {
  readonly workers: number;
  readonly lr: number;
}

/** Named outputs (a type, not an interface: a probe reads it as a record). */
export type Local64 = { readonly dW: Tensor64; readonly db: Tensor64; readonly count: Tensor64 };

/** Every replica's W [N, out, in] and b [N, out], and how often each worker holds each example [N, B]. */
export type Ddp64 = { readonly W: Tensor64; readonly b: Tensor64; readonly membership: Tensor64 };

/** What a mistaken localGradients computes instead. */
export type LocalSlip = 'missing-factor-two' | 'mean-over-batch-only' | 'local-sum-not-mean' | 'empty-shard-nan';

/** What a mistaken ddpStep does instead (or a localGradients slip inside a correct step). */
export type DdpSlip =
  | 'equal-weight-average'
  | 'sum-across-workers'
  | 'global-count-from-first-shard'
  | 'drops-remainder'
  | 'pads-by-repeating'
  | 'no-all-reduce'
  | LocalSlip;

const exact = (x: number | M | number[]): Tensor64 => tensor64(x, { exact: true });
const filled = (rows: number, cols: number, v: number): M =>
  Array.from({ length: rows }, () => new Array(cols).fill(v));

/** localGradients on one shard, with a slip when one is given. */
export function local64({ x, y, W, b }: Problem, slip?: LocalSlip): Local64 {
  const n = x.length;
  const [out, inputs] = [W.length, W[0].length];
  if (n === 0) {
    const v = slip === 'empty-shard-nan' ? Number.NaN : 0;
    return { dW: exact(filled(out, inputs, v)), db: exact(new Array(out).fill(v)), count: exact(0) };
  }
  const pred = add(matmul(tensor64(x), tensor64(W), { transposeB: true }), tensor64(b));
  const r = sub(pred, tensor64(y));
  const elements = slip === 'mean-over-batch-only' ? n : slip === 'local-sum-not-mean' ? out : n * out;
  const dpred = mul(div(1, elements), slip === 'missing-factor-two' ? r : mul(2, r));
  return {
    dW: matmul(dpred, tensor64(x), { transposeA: true }),
    db: sum(dpred, { axis: 0 }),
    count: exact(n),
  };
}

/** Tensors of one shape stacked along a new first axis. */
export function stack(parts: readonly Tensor64[]): Tensor64 {
  const size = parts[0].data.length;
  const data = new Float64Array(parts.length * size);
  const err = new Float64Array(parts.length * size);
  parts.forEach((p, k) => {
    data.set(p.data, k * size);
    err.set(p.err, k * size);
  });
  return fromParts([parts.length, ...parts[0].shape], data, err, Math.max(...parts.map((p) => p.depth)));
}

/** The documented rule, or a mistaken one: which batch indices each worker takes. */
export function shardsOf(size: number, workers: number, slip?: DdpSlip): number[][] {
  const end =
    slip === 'drops-remainder'
      ? size - (size % workers)
      : slip === 'pads-by-repeating'
        ? workers * Math.ceil(size / workers)
        : size;
  return Array.from({ length: workers }, (_, rank) => {
    const indices: number[] = [];
    for (let i = rank; i < end; i += workers) indices.push(i % size);
    return indices;
  });
}

/** [N, B]: how many times worker r's shard holds example i. */
export function membership(shards: readonly (readonly number[])[], size: number): M {
  return shards.map((s) => {
    const row = new Array<number>(size).fill(0);
    for (const i of s) row[i]++;
    return row;
  });
}

const pick = (c: Problem, indices: readonly number[]): Problem => ({
  ...c,
  x: indices.map((i) => c.x[i]),
  y: indices.map((i) => c.y[i]),
});

type Grad = { readonly dW: Tensor64; readonly db: Tensor64 };

/** Σ_r w_r·g_r / over, with w_r = 1 or the shard's count. */
const combine = (gs: readonly Local64[], weighted: boolean, over: Tensor64 | number): Grad => {
  const total = (part: (g: Local64) => Tensor64): Tensor64 =>
    div(
      gs.map((g) => (weighted ? mul(g.count, part(g)) : part(g))).reduce((s, t) => add(s, t)),
      over,
    );
  return { dW: total((g) => g.dW), db: total((g) => g.db) };
};

/** What each worker ends up stepping with. */
function reduced(c: DdpCase, shards: readonly number[][], slip?: DdpSlip): Grad[] {
  const local = shards.map((s) => local64(pick(c, s), slip as LocalSlip));
  const everyone = (g: Grad): Grad[] => shards.map(() => g);
  const counts = local.reduce((s, g) => add(s, g.count), exact(0) as Tensor64);
  switch (slip) {
    case undefined:
      return everyone(local64(c));
    case 'no-all-reduce':
      return local;
    case 'equal-weight-average':
    case 'local-sum-not-mean':
      return everyone(combine(local, false, c.workers));
    case 'sum-across-workers':
      return everyone(combine(local, false, 1));
    case 'global-count-from-first-shard':
      return everyone(combine(local, true, c.workers * shards[0].length));
    default:
      return everyone(combine(local, true, counts));
  }
}

/** One DDP step: every replica after W ← W − lr·dW, b ← b − lr·db, with a slip when one is given. */
export function ddp64(c: DdpCase, slip?: DdpSlip): Ddp64 {
  const shards = shardsOf(c.x.length, c.workers, slip);
  const grads = reduced(c, shards, slip);
  const W = tensor64(c.W);
  const b = tensor64(c.b);
  return {
    W: stack(grads.map((g) => sub(W, mul(c.lr, g.dW)))),
    b: stack(grads.map((g) => sub(b, mul(c.lr, g.db)))),
    membership: exact(membership(shards, c.x.length)),
  };
}

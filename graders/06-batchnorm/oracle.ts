import { add, div, mean, mul, neg, scalar64, sqrt, square, sub, sum, type Tensor64, tensor64 } from '../kit/tensor';

// BatchNorm in float64, carrying the float32 reference's error bounds
// (kit/tensor), composed as the tfjs reference computes it: tf.moments over
// axis 0 (mean, then mean(square(x − μ))), (x − μ)/sqrt(σ² + ε), ·γ + β; the
// running statistics as (1 − m)·running + m·batch with σ²·N/(N − 1); the
// gradients op by op as tfjs's autodiff goes through that graph (div's
// −Σ(dy·a)/b², sqrt's dy/(2√v), mean's dy/N, square's dy·2d, the two
// subtractions of μ), so the bounds are the reference's. A `Slip` is one
// mistake: what code that makes it returns (the compact backward, applied
// to what that code's forward computed).

export type Matrix = number[][];

export interface Running {
  readonly mean: number[];
  readonly var: number[];
}

export interface Case {
  /** [N, C]: N examples, each of C features; every feature is normalised over the N rows. */
  readonly x: Matrix;
  readonly gamma: number[];
  readonly beta: number[];
  readonly running: Running;
  readonly momentum: number;
  readonly eps: number;
  /** ∂L/∂out of the training forward, [N, C]. */
  readonly dout: Matrix;
}

/** A type, not an interface: named outputs for checkReference and confirmMistakes. */
export type TrainOutputs = {
  readonly out: Tensor64;
  readonly 'running.mean': Tensor64;
  readonly 'running.var': Tensor64;
  readonly dx: Tensor64;
  readonly dgamma: Tensor64;
  readonly dbeta: Tensor64;
};

/** One mistake, as code makes it; {} is BatchNorm done right. */
export interface Slip {
  /** Statistics of each row over its features, as LayerNorm takes them. */
  readonly axis?: 'features';
  /** σ² = Σ(x − μ)²/(N − 1) to normalise with. */
  readonly variance?: 'unbiased';
  readonly eps?: 'outside-sqrt';
  /** running_var updated with the biased σ². */
  readonly runningVar?: 'biased';
  /** running = m·running + (1 − m)·batch, Keras's convention. */
  readonly momentum?: 'reversed';
  /** Eval normalises with the batch's statistics. */
  readonly eval?: 'batch-statistics';
  readonly backward?: 'no-mean-term' | 'no-projection-term' | 'dgamma-without-xhat' | 'dx-without-gamma';
}

interface Forward {
  readonly d: Tensor64;
  readonly v: Tensor64;
  readonly std: Tensor64;
  readonly xhat: Tensor64;
  readonly gamma: Tensor64;
  readonly out: Tensor64;
}

/** μ and the biased σ² of each feature over the batch, as tf.moments(x, 0): shape [C]. */
function moments(x: Tensor64): { mu: Tensor64; variance: Tensor64 } {
  const mu = mean(x, { axis: 0 });
  return { mu, variance: mean(square(sub(x, mu)), { axis: 0 }) };
}

function forward(c: Case, s: Slip): Forward {
  const byRow = s.axis === 'features';
  const axis = byRow ? -1 : 0;
  const n = byRow ? c.x[0].length : c.x.length;
  const x = tensor64(c.x);
  // Over axis 0 the [C] statistics broadcast against [N, C]; over the features they need [N, 1].
  const d = sub(x, mean(x, { axis, keepDims: byRow }));
  const squares = square(d);
  const variance =
    s.variance === 'unbiased'
      ? div(sum(squares, { axis, keepDims: byRow }), n - 1)
      : mean(squares, { axis, keepDims: byRow });
  const eps = scalar64(c.eps);
  const v = add(variance, eps);
  const std = s.eps === 'outside-sqrt' ? add(sqrt(variance), eps) : sqrt(v);
  const xhat = div(d, std);
  const gamma = tensor64(c.gamma);
  return { d, v, std, xhat, gamma, out: add(mul(xhat, gamma), tensor64(c.beta)) };
}

/** The running statistics after one training step on the case's batch. */
function runningAfter(c: Case, s: Slip): { mean: Tensor64; var: Tensor64 } {
  const N = c.x.length;
  const { mu, variance } = moments(tensor64(c.x));
  const batchVar = s.runningVar === 'biased' ? variance : mul(variance, N / (N - 1));
  const [keep, take] = s.momentum === 'reversed' ? [c.momentum, 1 - c.momentum] : [1 - c.momentum, c.momentum];
  const update = (running: number[], batch: Tensor64) => add(mul(tensor64(running), keep), mul(batch, take));
  return { mean: update(c.running.mean, mu), var: update(c.running.var, batchVar) };
}

/** x̂ of each feature over the batch, for properties that need it (features normalised, dx orthogonal to x̂). */
export const xhat64 = (c: Case): Tensor64 => forward(c, {}).xhat;

/** The truth of a training step: the forward, the running statistics and tfjs's autodiff of ⟨dout, out⟩, op by op. */
export function oracle(c: Case): TrainOutputs {
  const { d, v, std, xhat, gamma, out } = forward(c, {});
  const N = c.x.length;
  const running = runningAfter(c, {});
  const g = tensor64(c.dout);
  const batch = { axis: 0 };
  const dxhat = mul(g, gamma);
  const fromNumerator = div(dxhat, std);
  const dstd = neg(div(sum(mul(dxhat, d), batch), square(std)));
  const dv = div(dstd, mul(sqrt(v), 2));
  const fromSquare = mul(div(dv, N), mul(d, 2));
  const dmu = add(neg(sum(fromNumerator, batch)), neg(sum(fromSquare, batch)));
  return {
    out,
    'running.mean': running.mean,
    'running.var': running.var,
    dx: add(add(fromNumerator, fromSquare), div(dmu, N)),
    dgamma: sum(mul(g, xhat), batch),
    dbeta: sum(g, batch),
  };
}

/** What code with the slip returns from a training step: its forward, running statistics and compact backward. */
export function slipped(c: Case, s: Slip): TrainOutputs {
  const { std, xhat, gamma, out } = forward(c, s);
  const running = runningAfter(c, s);
  const g = tensor64(c.dout);
  const batch = { axis: 0 };
  const dxhat = s.backward === 'dx-without-gamma' ? g : mul(g, gamma);
  let inner = dxhat;
  if (s.backward !== 'no-mean-term') inner = sub(inner, mean(dxhat, batch));
  if (s.backward !== 'no-projection-term') inner = sub(inner, mul(xhat, mean(mul(dxhat, xhat), batch)));
  return {
    out,
    'running.mean': running.mean,
    'running.var': running.var,
    dx: div(inner, std),
    dgamma: sum(s.backward === 'dgamma-without-xhat' ? g : mul(g, xhat), batch),
    dbeta: sum(g, batch),
  };
}

/** Eval mode: γ·(x − running.mean)/sqrt(running.var + ε) + β, as the reference composes it; the slip uses the batch's. */
export function evalOracle(c: Case, s: Slip = {}): { out: Tensor64 } {
  if (s.eval === 'batch-statistics') return { out: forward(c, {}).out };
  const x = tensor64(c.x);
  const xhat = div(sub(x, tensor64(c.running.mean)), sqrt(add(tensor64(c.running.var), scalar64(c.eps))));
  return { out: add(mul(xhat, tensor64(c.gamma)), tensor64(c.beta)) };
}

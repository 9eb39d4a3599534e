// Correct, written differently: index loops, the cache keeps x, μ and σ²,
// and the backward walks the graph back one node at a time, through σ² and
// then μ (which σ² also depends on).
type Matrix = number[][];

export interface RunningStats {
  readonly mean: number[];
  readonly var: number[];
}

export interface BatchNormCache {
  readonly x: Matrix;
  readonly mu: number[];
  readonly variance: number[];
  readonly gamma: number[];
  readonly eps: number;
}

function columnStats(x: Matrix): { mu: number[]; sq: number[] } {
  const N = x.length;
  const C = x[0].length;
  const mu: number[] = [];
  const sq: number[] = [];
  for (let j = 0; j < C; j++) {
    let s = 0;
    for (let i = 0; i < N; i++) s += x[i][j];
    const m = s / N;
    let q = 0;
    for (let i = 0; i < N; i++) q += (x[i][j] - m) * (x[i][j] - m);
    mu.push(m);
    sq.push(q);
  }
  return { mu, sq };
}

export function batchNormTrain(
  x: Matrix,
  gamma: number[],
  beta: number[],
  running: RunningStats,
  momentum: number,
  eps: number,
): { out: Matrix; cache: BatchNormCache; running: RunningStats } {
  const N = x.length;
  if (N === 1) throw new Error('batch norm needs more than one example per feature in training mode');
  const { mu, sq } = columnStats(x);
  const variance = sq.map((q) => q / N);
  const out: Matrix = [];
  for (let i = 0; i < N; i++) {
    const row: number[] = [];
    for (let j = 0; j < gamma.length; j++) {
      row.push((gamma[j] * (x[i][j] - mu[j])) / Math.sqrt(variance[j] + eps) + beta[j]);
    }
    out.push(row);
  }
  const mean: number[] = [];
  const vars: number[] = [];
  for (let j = 0; j < gamma.length; j++) {
    mean.push(running.mean[j] * (1 - momentum) + mu[j] * momentum);
    vars.push(running.var[j] * (1 - momentum) + (sq[j] / (N - 1)) * momentum);
  }
  return {
    out,
    cache: { x: x.map((r) => r.slice()), mu, variance, gamma: gamma.slice(), eps },
    running: { mean, var: vars },
  };
}

export function batchNormEval(x: Matrix, gamma: number[], beta: number[], running: RunningStats, eps: number): Matrix {
  const out: Matrix = [];
  for (const r of x) {
    const row: number[] = [];
    for (let j = 0; j < r.length; j++) {
      const inv = 1 / Math.sqrt(running.var[j] + eps);
      row.push((r[j] - running.mean[j]) * inv * gamma[j] + beta[j]);
    }
    out.push(row);
  }
  return out;
}

export function batchNormBackward(
  dout: Matrix,
  cache: BatchNormCache,
): { dx: Matrix; dgamma: number[]; dbeta: number[] } {
  const { x, mu, variance, gamma, eps } = cache;
  const N = x.length;
  const C = gamma.length;
  const dgamma = gamma.map(() => 0);
  const dbeta = gamma.map(() => 0);
  const dx: Matrix = x.map((r) => r.map(() => 0));
  for (let j = 0; j < C; j++) {
    const std = Math.sqrt(variance[j] + eps);
    let dvar = 0;
    let dmu = 0;
    let centredSum = 0;
    for (let i = 0; i < N; i++) {
      const dxhat = dout[i][j] * gamma[j];
      dgamma[j] += (dout[i][j] * (x[i][j] - mu[j])) / std;
      dbeta[j] += dout[i][j];
      // x̂ = (x − μ)·(σ² + ε)^(−1/2)
      dvar += dxhat * (x[i][j] - mu[j]) * -0.5 * (variance[j] + eps) ** -1.5;
      dmu -= dxhat / std;
      centredSum += x[i][j] - mu[j];
    }
    dmu += (dvar * -2 * centredSum) / N;
    for (let i = 0; i < N; i++) {
      dx[i][j] = (dout[i][j] * gamma[j]) / std + (dvar * 2 * (x[i][j] - mu[j])) / N + dmu / N;
    }
  }
  return { dx, dgamma, dbeta };
}

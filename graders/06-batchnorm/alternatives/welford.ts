// Correct, written differently: Welford's one-pass running mean and sum of
// squared deviations per feature (as accurate as two passes), the running
// statistics as running + m·(batch − running), and dx in the closed form
// (γ/(N·σ))·(N·dout − dβ − x̂·dγ), which reuses dβ and dγ.
type Matrix = number[][];

export interface RunningStats {
  readonly mean: number[];
  readonly var: number[];
}

export interface BatchNormCache {
  readonly xhat: Matrix;
  readonly std: number[];
  readonly gamma: number[];
}

function welford(x: Matrix, j: number): { mean: number; m2: number } {
  let mean = 0;
  let m2 = 0;
  x.forEach((row, k) => {
    const delta = row[j] - mean;
    mean += delta / (k + 1);
    m2 += delta * (row[j] - mean);
  });
  return { mean, m2 };
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
  if (N <= 1) throw new Error(`need a batch of at least 2 to train BatchNorm, got ${N}`);
  const stats = gamma.map((_, j) => welford(x, j));
  const std = stats.map((s) => Math.sqrt(s.m2 / N + eps));
  const xhat = x.map((row) => row.map((v, j) => (v - stats[j].mean) / std[j]));
  const out = xhat.map((row) => row.map((h, j) => h * gamma[j] + beta[j]));
  const lerp = (r: number, b: number) => r + momentum * (b - r);
  return {
    out,
    cache: { xhat, std, gamma: [...gamma] },
    running: {
      mean: running.mean.map((r, j) => lerp(r, stats[j].mean)),
      var: running.var.map((r, j) => lerp(r, stats[j].m2 / (N - 1))),
    },
  };
}

export function batchNormEval(x: Matrix, gamma: number[], beta: number[], running: RunningStats, eps: number): Matrix {
  const scale = gamma.map((g, j) => g / Math.sqrt(running.var[j] + eps));
  const shift = beta.map((b, j) => b - running.mean[j] * scale[j]);
  // Folded into one affine map per feature, as inference engines fuse BN into the layer before it.
  return x.map((row) => row.map((v, j) => v * scale[j] + shift[j]));
}

export function batchNormBackward(
  dout: Matrix,
  cache: BatchNormCache,
): { dx: Matrix; dgamma: number[]; dbeta: number[] } {
  const { xhat, std, gamma } = cache;
  const N = dout.length;
  const dbeta = gamma.map((_, j) => dout.reduce((s, g) => s + g[j], 0));
  const dgamma = gamma.map((_, j) => dout.reduce((s, g, i) => s + g[j] * xhat[i][j], 0));
  const dx = dout.map((g, i) =>
    g.map((v, j) => (gamma[j] / (N * std[j])) * (N * v - dbeta[j] - xhat[i][j] * dgamma[j])),
  );
  return { dx, dgamma, dbeta };
}

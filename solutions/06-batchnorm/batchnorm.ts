import type { Matrix } from '#lib';

/** A BatchNorm layer's running statistics, one value per feature: PyTorch's running_mean and running_var. */
export interface RunningStats {
  readonly mean: number[];
  readonly var: number[];
}

/** What batchNormTrain keeps for batchNormBackward. */
export interface BatchNormCache {
  /** x̂ = (x − μ)/√(σ² + ε), [N, C]. */
  readonly xhat: Matrix;
  /** 1/√(σⱼ² + ε) of each feature, [C]. */
  readonly invStd: number[];
  readonly gamma: number[];
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
  if (N < 2) {
    throw new RangeError(
      `Expected more than 1 value per channel when training, got a batch of ${N}: its variance is 0 and there is nothing to normalise by`,
    );
  }
  const mean = gamma.map((_, j) => x.reduce((s, row) => s + row[j], 0) / N);
  const squares = mean.map((m, j) => x.reduce((s, row) => s + (row[j] - m) ** 2, 0));
  const variance = squares.map((s) => s / N);
  const invStd = variance.map((v) => 1 / Math.sqrt(v + eps));
  const xhat = x.map((row) => row.map((v, j) => (v - mean[j]) * invStd[j]));
  const out = xhat.map((row) => row.map((h, j) => gamma[j] * h + beta[j]));
  // PyTorch's convention: momentum is the weight of the new batch; running_var takes the unbiased variance.
  const unbiased = squares.map((s) => s / (N - 1));
  const next: RunningStats = {
    mean: running.mean.map((r, j) => (1 - momentum) * r + momentum * mean[j]),
    var: running.var.map((r, j) => (1 - momentum) * r + momentum * unbiased[j]),
  };
  return { out, cache: { xhat, invStd, gamma: [...gamma] }, running: next };
}

export function batchNormEval(x: Matrix, gamma: number[], beta: number[], running: RunningStats, eps: number): Matrix {
  const { mean, var: variance } = running;
  const std = variance.map((v) => Math.sqrt(v + eps));
  return x.map((row) => row.map((v, j) => (gamma[j] * (v - mean[j])) / std[j] + beta[j]));
}

export function batchNormBackward(
  dout: Matrix,
  cache: BatchNormCache,
): { dx: Matrix; dgamma: number[]; dbeta: number[] } {
  const { xhat, invStd, gamma } = cache;
  const N = dout.length;
  const C = gamma.length;
  const dgamma = new Array<number>(C).fill(0);
  const dbeta = new Array<number>(C).fill(0);
  const meanDxhat = new Array<number>(C).fill(0);
  const meanDxhatXhat = new Array<number>(C).fill(0);
  const dxhat = dout.map((g) => g.map((v, j) => v * gamma[j]));
  dout.forEach((g, i) => {
    for (let j = 0; j < C; j++) {
      dgamma[j] += g[j] * xhat[i][j];
      dbeta[j] += g[j];
      meanDxhat[j] += dxhat[i][j] / N;
      meanDxhatXhat[j] += (dxhat[i][j] * xhat[i][j]) / N;
    }
  });
  // The compact form, per feature over the batch: −mean is the path through μ, −x̂·mean the path through σ².
  const dx = dxhat.map((row, i) => row.map((v, j) => invStd[j] * (v - meanDxhat[j] - xhat[i][j] * meanDxhatXhat[j])));
  return { dx, dgamma, dbeta };
}

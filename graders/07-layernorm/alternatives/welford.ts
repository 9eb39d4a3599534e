// Correct, written differently: Welford's one-pass running mean and sum of
// squared deviations (as accurate as two passes), and the backward as the
// Jacobian of x̂, ∂x̂ⱼ/∂xₖ = (δⱼₖ − 1/D − x̂ⱼx̂ₖ/D)/σ, applied to dx̂.
type Matrix = number[][];

export interface LayerNormCache {
  readonly xhat: Matrix;
  readonly std: number[];
  readonly gamma: number[];
}

function welford(row: readonly number[]): { mean: number; variance: number } {
  let mean = 0;
  let m2 = 0;
  row.forEach((v, k) => {
    const delta = v - mean;
    mean += delta / (k + 1);
    m2 += delta * (v - mean);
  });
  return { mean, variance: m2 / row.length };
}

export function layerNormForward(
  x: Matrix,
  gamma: number[],
  beta: number[],
  eps: number,
): { out: Matrix; cache: LayerNormCache } {
  const stats = x.map(welford);
  const std = stats.map((s) => Math.sqrt(s.variance + eps));
  const xhat = x.map((row, i) => row.map((v) => (v - stats[i].mean) / std[i]));
  const out = xhat.map((row) => row.map((h, j) => h * gamma[j] + beta[j]));
  return { out, cache: { xhat, std, gamma: [...gamma] } };
}

export function layerNormBackward(
  dout: Matrix,
  cache: LayerNormCache,
): { dx: Matrix; dgamma: number[]; dbeta: number[] } {
  const { xhat, std, gamma } = cache;
  const D = gamma.length;
  const dx = dout.map((g, i) => {
    const h = xhat[i];
    return h.map((hk, k) => {
      let s = 0;
      for (let j = 0; j < D; j++) s += g[j] * gamma[j] * ((j === k ? 1 : 0) - 1 / D - (h[j] * hk) / D);
      return s / std[i];
    });
  });
  const dgamma = gamma.map((_, j) => dout.reduce((s, g, i) => s + g[j] * xhat[i][j], 0));
  const dbeta = gamma.map((_, j) => dout.reduce((s, g) => s + g[j], 0));
  return { dx, dgamma, dbeta };
}

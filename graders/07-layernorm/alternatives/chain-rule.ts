// Correct, written differently: the cache keeps x, μ and σ², and the
// backward walks the graph back one node at a time, through σ² and then μ.
type Matrix = number[][];

export interface LayerNormCache {
  readonly x: Matrix;
  readonly mu: number[];
  readonly variance: number[];
  readonly gamma: number[];
  readonly eps: number;
}

export function layerNormForward(
  x: Matrix,
  gamma: number[],
  beta: number[],
  eps: number,
): { out: Matrix; cache: LayerNormCache } {
  const mu: number[] = [];
  const variance: number[] = [];
  const out: Matrix = [];
  for (let i = 0; i < x.length; i++) {
    const D = x[i].length;
    let s = 0;
    for (let j = 0; j < D; j++) s += x[i][j];
    const m = s / D;
    let q = 0;
    for (let j = 0; j < D; j++) q += (x[i][j] - m) ** 2;
    const v = q / D;
    mu.push(m);
    variance.push(v);
    const std = Math.sqrt(v + eps);
    const row: number[] = [];
    for (let j = 0; j < D; j++) row.push(((x[i][j] - m) / std) * gamma[j] + beta[j]);
    out.push(row);
  }
  return { out, cache: { x: x.map((r) => r.slice()), mu, variance, gamma: gamma.slice(), eps } };
}

export function layerNormBackward(
  dout: Matrix,
  cache: LayerNormCache,
): { dx: Matrix; dgamma: number[]; dbeta: number[] } {
  const { x, mu, variance, gamma, eps } = cache;
  const D = gamma.length;
  const dgamma = gamma.map(() => 0);
  const dbeta = gamma.map(() => 0);
  const dx: Matrix = [];
  for (let i = 0; i < x.length; i++) {
    const std = Math.sqrt(variance[i] + eps);
    const dxhat = dout[i].map((g, j) => g * gamma[j]);
    for (let j = 0; j < D; j++) {
      dgamma[j] += (dout[i][j] * (x[i][j] - mu[i])) / std;
      dbeta[j] += dout[i][j];
    }
    // x̂ = (x − μ)·(σ² + ε)^(−1/2): σ² first, then μ (which σ² also depends on).
    let dvar = 0;
    for (let j = 0; j < D; j++) dvar += dxhat[j] * (x[i][j] - mu[i]) * -0.5 * (variance[i] + eps) ** -1.5;
    let dmu = 0;
    let centredSum = 0;
    for (let j = 0; j < D; j++) {
      dmu -= dxhat[j] / std;
      centredSum += x[i][j] - mu[i];
    }
    dmu += (dvar * -2 * centredSum) / D;
    dx.push(x[i].map((v, j) => dxhat[j] / std + (dvar * 2 * (v - mu[i])) / D + dmu / D));
  }
  return { dx, dgamma, dbeta };
}

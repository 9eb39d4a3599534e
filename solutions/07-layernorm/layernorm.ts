import type { Matrix } from '#lib';

/** What layerNormForward keeps for layerNormBackward. */
export interface LayerNormCache {
  /** x̂ = (x − μ)/√(σ² + ε), [N, D]. */
  readonly xhat: Matrix;
  /** 1/√(σᵢ² + ε) of each row, [N]. */
  readonly invStd: number[];
  readonly gamma: number[];
}

export function layerNormForward(
  x: Matrix,
  gamma: number[],
  beta: number[],
  eps: number,
): { out: Matrix; cache: LayerNormCache } {
  const xhat: Matrix = [];
  const invStd: number[] = [];
  for (const row of x) {
    const d = row.length;
    const mu = row.reduce((s, v) => s + v, 0) / d;
    const centred = row.map((v) => v - mu);
    const variance = centred.reduce((s, c) => s + c * c, 0) / d;
    const inv = 1 / Math.sqrt(variance + eps);
    invStd.push(inv);
    xhat.push(centred.map((c) => c * inv));
  }
  const out = xhat.map((row) => row.map((h, j) => gamma[j] * h + beta[j]));
  return { out, cache: { xhat, invStd, gamma: [...gamma] } };
}

export function layerNormBackward(
  dout: Matrix,
  cache: LayerNormCache,
): { dx: Matrix; dgamma: number[]; dbeta: number[] } {
  const { xhat, invStd, gamma } = cache;
  const D = gamma.length;
  const dgamma = new Array<number>(D).fill(0);
  const dbeta = new Array<number>(D).fill(0);
  const dx = dout.map((g, i) => {
    const h = xhat[i];
    for (let j = 0; j < D; j++) {
      dgamma[j] += g[j] * h[j];
      dbeta[j] += g[j];
    }
    const dxhat = g.map((v, j) => v * gamma[j]);
    const meanDxhat = dxhat.reduce((s, v) => s + v, 0) / D;
    const meanDxhatXhat = dxhat.reduce((s, v, j) => s + v * h[j], 0) / D;
    // The compact form: the −mean term is the path through μ, the −x̂·mean term the path through σ².
    return dxhat.map((v, j) => invStd[i] * (v - meanDxhat - h[j] * meanDxhatXhat));
  });
  return { dx, dgamma, dbeta };
}

// Correct, written as PyTorch's clip_grad_norm_: the factor maxNorm/(T + 1e-6)
// clamped to 1 and applied always (a factor of exactly 1 below the bound).
export interface ClippedGrads {
  grads: number[][];
  totalNorm: number;
}

export function clipGradNorm(grads: readonly (readonly number[])[], maxNorm: number): ClippedGrads {
  if (maxNorm < 0 || Number.isNaN(maxNorm)) throw new Error(`maxNorm must be non-negative, got ${maxNorm}`);
  let sq = 0;
  for (let k = 0; k < grads.length; k++) for (let i = 0; i < grads[k].length; i++) sq += grads[k][i] * grads[k][i];
  const totalNorm = Math.sqrt(sq);
  if (Number.isNaN(totalNorm) || totalNorm === Number.POSITIVE_INFINITY) {
    return { grads: grads.map((g) => g.slice()), totalNorm };
  }
  const clipCoef = maxNorm / (totalNorm + 1e-6);
  const clamped = clipCoef > 1 ? 1 : clipCoef;
  return { grads: grads.map((g) => g.map((v) => v * clamped)), totalNorm };
}

export function clipGradValue(grads: readonly (readonly number[])[], clipValue: number): number[][] {
  if (clipValue < 0 || Number.isNaN(clipValue)) throw new Error(`clipValue must be non-negative, got ${clipValue}`);
  return grads.map((g) => g.map((v) => (v > clipValue ? clipValue : v < -clipValue ? -clipValue : v)));
}

export interface ClippedGrads {
  grads: number[][];
  totalNorm: number;
}

/** Σ v² over one tensor. */
function sumOfSquares(g: readonly number[]): number {
  let s = 0;
  for (const v of g) s += v * v;
  return s;
}

export function clipGradNorm(grads: readonly (readonly number[])[], maxNorm: number): ClippedGrads {
  if (!(maxNorm >= 0)) throw new RangeError(`clipGradNorm: maxNorm must be ≥ 0, got ${maxNorm}`);
  let total = 0;
  for (const g of grads) total += sumOfSquares(g);
  const totalNorm = Math.sqrt(total);
  // NaN or ∞: report it and touch nothing, so the caller can skip the step.
  if (!Number.isFinite(totalNorm) || totalNorm <= maxNorm) return { grads: grads.map((g) => [...g]), totalNorm };
  const scale = maxNorm / totalNorm;
  return { grads: grads.map((g) => g.map((v) => v * scale)), totalNorm };
}

export function clipGradValue(grads: readonly (readonly number[])[], clipValue: number): number[][] {
  if (!(clipValue >= 0)) throw new RangeError(`clipGradValue: clipValue must be ≥ 0, got ${clipValue}`);
  return grads.map((g) => g.map((v) => Math.min(Math.max(v, -clipValue), clipValue)));
}

// Correct, written differently: torch.norm(torch.stack([g.norm() for g in grads])),
// each norm a running Math.hypot (never spread over the elements).
export interface ClippedGrads {
  grads: number[][];
  totalNorm: number;
}

const hypotOf = (xs: readonly number[]): number => xs.reduce((acc, v) => Math.hypot(acc, v), 0);

export function clipGradNorm(grads: readonly (readonly number[])[], maxNorm: number): ClippedGrads {
  if (Number.isNaN(maxNorm) || maxNorm < 0) throw new RangeError('maxNorm < 0');
  // Math.hypot lets ∞ win over NaN; the norm of a NaN gradient is NaN.
  const hasNaN = grads.some((g) => g.some((v) => Number.isNaN(v)));
  const totalNorm = hasNaN ? Number.NaN : hypotOf(grads.map(hypotOf));
  if (totalNorm <= maxNorm || !Number.isFinite(totalNorm)) return { grads: grads.map((g) => Array.from(g)), totalNorm };
  const shrink = totalNorm / maxNorm;
  return { grads: grads.map((g) => g.map((v) => v / shrink)), totalNorm };
}

export function clipGradValue(grads: readonly (readonly number[])[], clipValue: number): number[][] {
  if (Number.isNaN(clipValue) || clipValue < 0) throw new RangeError('clipValue < 0');
  return grads.map((g) => g.map((v) => Math.sign(v) * Math.min(Math.abs(v), clipValue)));
}

// Correct, written differently: LAPACK dnrm2's scaled sum of squares (no
// overflow of Σ g² however large the gradients), after a scan for NaN and ∞.
export interface ClippedGrads {
  grads: number[][];
  totalNorm: number;
}

function globalNorm(grads: readonly (readonly number[])[]): number {
  let infinite = false;
  for (const g of grads) {
    for (const v of g) {
      if (Number.isNaN(v)) return Number.NaN;
      if (!Number.isFinite(v)) infinite = true;
    }
  }
  if (infinite) return Number.POSITIVE_INFINITY;
  // ‖g‖ = scale·√ssq, with scale the largest |v| so far.
  let scale = 0;
  let ssq = 1;
  for (const g of grads) {
    for (const v of g) {
      if (v === 0) continue;
      const a = Math.abs(v);
      if (scale < a) {
        ssq = 1 + ssq * (scale / a) * (scale / a);
        scale = a;
      } else {
        ssq += (a / scale) * (a / scale);
      }
    }
  }
  return scale * Math.sqrt(ssq);
}

export function clipGradNorm(grads: readonly (readonly number[])[], maxNorm: number): ClippedGrads {
  if (!(maxNorm >= 0)) throw new Error('clipGradNorm: maxNorm must be >= 0');
  const totalNorm = globalNorm(grads);
  const out: number[][] = [];
  for (const g of grads) {
    const row: number[] = [];
    for (let i = 0; i < g.length; i++)
      row.push(totalNorm > maxNorm && Number.isFinite(totalNorm) ? (g[i] * maxNorm) / totalNorm : g[i]);
    out.push(row);
  }
  return { grads: out, totalNorm };
}

export function clipGradValue(grads: readonly (readonly number[])[], clipValue: number): number[][] {
  if (!(clipValue >= 0)) throw new Error('clipGradValue: clipValue must be >= 0');
  const out: number[][] = [];
  for (const g of grads) {
    const row: number[] = [];
    for (let i = 0; i < g.length; i++) row.push(Math.max(-clipValue, Math.min(clipValue, g[i])));
    out.push(row);
  }
  return out;
}

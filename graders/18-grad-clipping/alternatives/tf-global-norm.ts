// Correct, written as TensorFlow's tf.clip_by_global_norm: every element
// times maxNorm / max(T, maxNorm), applied always (below the bound that is
// g·maxNorm/maxNorm, which rounds twice), with guards for T = 0 and a
// non-finite T.
export interface ClippedGrads {
  grads: number[][];
  totalNorm: number;
}

export function clipGradNorm(grads: readonly (readonly number[])[], maxNorm: number): ClippedGrads {
  if (Number.isNaN(maxNorm) || maxNorm < 0) throw new Error(`maxNorm must be at least 0, got ${maxNorm}`);
  const squares = grads.map((g) => g.reduce((s, v) => s + v * v, 0));
  const totalNorm = Math.sqrt(squares.reduce((s, q) => s + q, 0));
  if (!Number.isFinite(totalNorm) || totalNorm === 0) return { grads: grads.map((g) => Array.from(g)), totalNorm };
  const denominator = Math.max(totalNorm, maxNorm);
  return { grads: grads.map((g) => g.map((v) => (v * maxNorm) / denominator)), totalNorm };
}

export function clipGradValue(grads: readonly (readonly number[])[], clipValue: number): number[][] {
  if (Number.isNaN(clipValue) || clipValue < 0) throw new Error(`clipValue must be at least 0, got ${clipValue}`);
  return grads.map((g) => Array.from(g, (v) => Math.max(-clipValue, Math.min(clipValue, v))));
}

// Correct, written differently: Huber without a branch, as tfjs and the
// robust-statistics texts write it. ½·min(|r|, δ)² + δ·max(|r| − δ, 0)
// is r²/2 inside and δ|r| − δ²/2 outside; its slope is r clamped to [−δ, δ].
import type { Matrix } from '#lib';

export interface LossAndGradient {
  loss: number;
  dpred: Matrix;
}

const residuals = (pred: Matrix, target: Matrix): Matrix => pred.map((row, i) => row.map((p, j) => p - target[i][j]));

export function mse(pred: Matrix, target: Matrix): LossAndGradient {
  const r = residuals(pred, target);
  const n = r.length * r[0].length;
  const loss = r.reduce((s, row) => s + row.reduce((t, v) => t + v * v, 0), 0) / n;
  const scale = 2 / n;
  return { loss, dpred: r.map((row) => row.map((v) => scale * v)) };
}

export function huber(pred: Matrix, target: Matrix, delta: number): LossAndGradient {
  const r = residuals(pred, target);
  const n = r.length * r[0].length;
  let loss = 0;
  for (const row of r) {
    for (const v of row) {
      const small = Math.min(Math.abs(v), delta);
      loss += 0.5 * small * small + delta * Math.max(Math.abs(v) - delta, 0);
    }
  }
  return {
    loss: loss / n,
    dpred: r.map((row) => row.map((v) => Math.min(Math.max(v, -delta), delta) / n)),
  };
}

// Correct, written differently: everything on the flattened residuals, each
// element's loss divided by the count before it is added (a mean accumulated
// term by term), summed with reduceRight, from the last element to the first.
import type { Matrix } from '#lib';

export interface LossAndGradient {
  loss: number;
  dpred: Matrix;
}

function flatResiduals(pred: Matrix, target: Matrix): { r: number[]; cols: number } {
  const r: number[] = [];
  for (let i = 0; i < pred.length; i++) for (let j = 0; j < pred[i].length; j++) r.push(pred[i][j] - target[i][j]);
  return { r, cols: pred[0].length };
}

function reshape(flat: number[], cols: number): Matrix {
  const out: Matrix = [];
  for (let k = 0; k < flat.length; k += cols) out.push(flat.slice(k, k + cols));
  return out;
}

export function mse(pred: Matrix, target: Matrix): LossAndGradient {
  const { r, cols } = flatResiduals(pred, target);
  const n = r.length;
  const loss = r.reduceRight((s, v) => s + (v * v) / n, 0);
  return {
    loss,
    dpred: reshape(
      r.map((v) => (v + v) / n),
      cols,
    ),
  };
}

export function huber(pred: Matrix, target: Matrix, delta: number): LossAndGradient {
  const { r, cols } = flatResiduals(pred, target);
  const n = r.length;
  const inside = (v: number) => -delta <= v && v <= delta;
  const loss = r.reduceRight(
    (s, v) => s + (inside(v) ? (v * v) / 2 : delta * Math.abs(v) - (delta * delta) / 2) / n,
    0,
  );
  const dpred = r.map((v) => (inside(v) ? v : v > 0 ? delta : -delta) / n);
  return { loss, dpred: reshape(dpred, cols) };
}

import type { Matrix } from '#lib';

export interface LossAndGradient {
  loss: number;
  dpred: Matrix;
}

export function mse(pred: Matrix, target: Matrix): LossAndGradient {
  const count = pred.length * pred[0].length;
  let total = 0;
  const dpred = pred.map((row, i) =>
    row.map((p, j) => {
      const r = p - target[i][j];
      total += r * r;
      return (2 * r) / count;
    }),
  );
  return { loss: total / count, dpred };
}

export function huber(pred: Matrix, target: Matrix, delta: number): LossAndGradient {
  const size = pred.length * pred[0].length;
  let total = 0;
  const dpred = pred.map((row, i) =>
    row.map((p, j) => {
      const r = p - target[i][j];
      const a = Math.abs(r);
      if (a <= delta) {
        total += 0.5 * r * r;
        return r / size;
      }
      // Linear beyond δ, shifted by δ²/2 so that it meets r²/2 at |r| = δ.
      total += delta * (a - 0.5 * delta);
      return (delta * Math.sign(r)) / size;
    }),
  );
  return { loss: total / size, dpred };
}

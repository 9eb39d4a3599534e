import { type LossOut, type Matrix, sizes } from './cases';

const softplus = (x: number): number => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
const sigmoid = (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

/**
 * Focal loss and its gradient in float64 with a chosen class weight, and
 * optionally the modulating factor's derivative dropped: the values two
 * mistakes (α for both classes, (1 − p_t)^γ held constant) would produce.
 */
export function focal64(
  z: Matrix,
  y: Matrix,
  gamma: number,
  weight: (y: number) => number,
  factorIsConstant = false,
): LossOut {
  const { count } = sizes(z);
  let total = 0;
  const dlogits = z.map((row, i) =>
    row.map((v, j) => {
      const s = y[i][j] === 1 ? 1 : -1;
      const a = weight(y[i][j]);
      const pt = sigmoid(s * v);
      const q = sigmoid(-s * v);
      const logPt = -softplus(-s * v);
      const mod = q ** gamma;
      total += -a * mod * logPt;
      return (s * a * ((factorIsConstant ? 0 : gamma * mod * pt * logPt) - mod * q)) / count;
    }),
  );
  return { loss: total / count, dlogits };
}

// Mistake: BCE averaged over the batch N only, not over all N·C elements.
import type { Matrix } from '#lib';

export interface LossAndGradient {
  loss: number;
  dlogits: Matrix;
}

/** log(1 + eˣ) without overflow: max(x, 0) + log1p(e^(−|x|)). */
function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** σ(x) with exp only of non-positive numbers, so it never overflows. */
function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function softmaxCrossEntropy(logits: Matrix, labels: number[]): LossAndGradient {
  const n = logits.length;
  let total = 0;
  const dlogits = logits.map((row, i) => {
    const m = Math.max(...row);
    const exps = row.map((z) => Math.exp(z - m));
    const sum = exps.reduce((s, e) => s + e, 0);
    total += m + Math.log(sum) - row[labels[i]];
    return exps.map((e, j) => (e / sum - (j === labels[i] ? 1 : 0)) / n);
  });
  return { loss: total / n, dlogits };
}

export function binaryCrossEntropyWithLogits(logits: Matrix, targets: Matrix): LossAndGradient {
  const count = logits.length;
  let total = 0;
  const dlogits = logits.map((row, i) =>
    row.map((z, j) => {
      const y = targets[i][j];
      total += Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
      return (sigmoid(z) - y) / count;
    }),
  );
  return { loss: total / count, dlogits };
}

export function focalLoss(logits: Matrix, targets: Matrix, gamma: number, alpha: number): LossAndGradient {
  const count = logits.length * logits[0].length;
  let total = 0;
  const dlogits = logits.map((row, i) =>
    row.map((z, j) => {
      const y = targets[i][j];
      const sign = y === 1 ? 1 : -1;
      const zt = sign * z; // p_t = σ(z_t)
      const alphaT = y === 1 ? alpha : 1 - alpha;
      const pt = sigmoid(zt);
      const q = sigmoid(-zt); // 1 − p_t, without cancellation
      const logPt = -softplus(-zt);
      const modulating = q ** gamma; // 0^0 = 1 in JavaScript: γ = 0 is plain weighted BCE
      total += -alphaT * modulating * logPt;
      // d/dz_t of −α_t q^γ log p_t, with dq/dz_t = −q·p_t and d(log p_t)/dz_t = q.
      return (sign * alphaT * (gamma * modulating * pt * logPt - modulating * q)) / count;
    }),
  );
  return { loss: total / count, dlogits };
}

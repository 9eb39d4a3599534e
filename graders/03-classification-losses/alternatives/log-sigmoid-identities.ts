// Alternative: everything from log-sigmoids. log σ(z) = −softplus(−z) and
// log(1 − σ(z)) = −softplus(z); BCE as softplus(z) − z·y; focal's modulating
// factor as exp(γ·log(1 − p_t)); softmax CE as mean of −logsoftmax[label].
import type { Matrix } from '#lib';

export interface LossAndGradient {
  loss: number;
  dlogits: Matrix;
}

const softplus = (x: number): number => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
const logSigmoid = (x: number): number => -softplus(-x);

export function softmaxCrossEntropy(logits: Matrix, labels: number[]): LossAndGradient {
  const n = logits.length;
  const losses: number[] = [];
  const dlogits = logits.map((row, i) => {
    const m = row.reduce((a, b) => Math.max(a, b), -Infinity);
    const lse = m + Math.log(row.reduce((s, z) => s + Math.exp(z - m), 0));
    losses.push(lse - row[labels[i]]);
    return row.map((z, j) => (Math.exp(z - lse) - Number(j === labels[i])) / n);
  });
  return { loss: losses.reduce((a, b) => a + b, 0) / n, dlogits };
}

export function binaryCrossEntropyWithLogits(logits: Matrix, targets: Matrix): LossAndGradient {
  const count = logits.length * logits[0].length;
  const flat = logits.flatMap((row, i) => row.map((z, j) => softplus(z) - z * targets[i][j]));
  const dlogits = logits.map((row, i) => row.map((z, j) => (Math.exp(logSigmoid(z)) - targets[i][j]) / count));
  return { loss: flat.reduce((a, b) => a + b, 0) / count, dlogits };
}

export function focalLoss(logits: Matrix, targets: Matrix, gamma: number, alpha: number): LossAndGradient {
  const count = logits.length * logits[0].length;
  let loss = 0;
  const dlogits = logits.map((row, i) =>
    row.map((z, j) => {
      const y = targets[i][j];
      const logP = logSigmoid(z);
      const logOneMinusP = logSigmoid(-z);
      const logPt = y === 1 ? logP : logOneMinusP;
      const logQ = y === 1 ? logOneMinusP : logP; // log(1 − p_t)
      const alphaT = y === 1 ? alpha : 1 - alpha;
      const mod = Math.exp(gamma * logQ);
      loss += -alphaT * mod * logPt;
      // dp_t/dz = ±p_t(1 − p_t); d/dp_t[−α_t q^γ log p_t] = α_t[γ q^(γ−1) log p_t − q^γ/p_t]
      // multiplied out so that no negative power of q or 1/p_t remains.
      const dzt = alphaT * (gamma * mod * Math.exp(logPt) * logPt - mod * Math.exp(logQ));
      return (y === 1 ? dzt : -dzt) / count;
    }),
  );
  return { loss: loss / count, dlogits };
}

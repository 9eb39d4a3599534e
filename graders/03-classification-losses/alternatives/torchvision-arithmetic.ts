// Alternative: torchvision's arithmetic form, p_t = p·y + (1 − p)(1 − y) and
// α_t = α·y + (1 − α)(1 − y) computed by blending (1 − p_t by subtraction),
// CE from the stable BCE formula; softmax CE in two passes (probabilities first).
import type { Matrix } from '#lib';

export interface LossAndGradient {
  loss: number;
  dlogits: Matrix;
}

function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

function bceElement(z: number, y: number): number {
  return Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
}

export function softmaxCrossEntropy(logits: Matrix, labels: number[]): LossAndGradient {
  const n = logits.length;
  const shifted = logits.map((row) => {
    const m = Math.max(...row);
    return row.map((z) => z - m);
  });
  const logNorm = shifted.map((row) => Math.log(row.reduce((s, v) => s + Math.exp(v), 0)));
  const probs = shifted.map((row, i) => row.map((v) => Math.exp(v - logNorm[i])));
  let loss = 0;
  for (let i = 0; i < n; i++) loss += (logNorm[i] - shifted[i][labels[i]]) / n;
  const dlogits = probs.map((row, i) => row.map((p, j) => (j === labels[i] ? p - 1 : p) / n));
  return { loss, dlogits };
}

export function binaryCrossEntropyWithLogits(logits: Matrix, targets: Matrix): LossAndGradient {
  const count = logits.length * logits[0].length;
  let loss = 0;
  for (let i = 0; i < logits.length; i++)
    for (let j = 0; j < logits[i].length; j++) loss += bceElement(logits[i][j], targets[i][j]);
  return {
    loss: loss / count,
    dlogits: logits.map((row, i) => row.map((z, j) => (sigmoid(z) - targets[i][j]) / count)),
  };
}

export function focalLoss(logits: Matrix, targets: Matrix, gamma: number, alpha: number): LossAndGradient {
  const count = logits.length * logits[0].length;
  let loss = 0;
  const dlogits = logits.map((row, i) =>
    row.map((z, j) => {
      const y = targets[i][j];
      const p = sigmoid(z);
      const pt = p * y + (1 - p) * (1 - y);
      const alphaT = alpha * y + (1 - alpha) * (1 - y);
      const ce = bceElement(z, y);
      const mod = (1 - pt) ** gamma;
      loss += alphaT * ce * mod;
      // d(ce)/dz = p − y; d(mod)/dz = −γ(1 − p_t)^(γ−1)·dp_t/dz with dp_t/dz = (2y − 1)·p_t(1 − p_t).
      const dmod = -gamma * mod * pt * (2 * y - 1);
      return (alphaT * ((p - y) * mod + ce * dmod)) / count;
    }),
  );
  return { loss: loss / count, dlogits };
}

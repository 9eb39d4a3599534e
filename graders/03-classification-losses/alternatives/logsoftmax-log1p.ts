// Alternative: log-softmax with log-sum-exp as m + log1p(Σ_{j≠argmax} e^(z_j − m));
// BCE as y·softplus(−z) + (1 − y)·softplus(z); focal with explicit index loops.
import { type Matrix, zeros } from '#lib';

export interface LossAndGradient {
  loss: number;
  dlogits: Matrix;
}

function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

function logSoftmax(row: number[]): number[] {
  let arg = 0;
  for (let j = 1; j < row.length; j++) if (row[j] > row[arg]) arg = j;
  let rest = 0;
  for (let j = 0; j < row.length; j++) if (j !== arg) rest += Math.exp(row[j] - row[arg]);
  const lse = row[arg] + Math.log1p(rest);
  return row.map((z) => z - lse);
}

export function softmaxCrossEntropy(logits: Matrix, labels: number[]): LossAndGradient {
  const n = logits.length;
  const dlogits: Matrix = zeros([n, logits[0].length]);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const logp = logSoftmax(logits[i]);
    loss -= logp[labels[i]] / n;
    for (let j = 0; j < logp.length; j++) dlogits[i][j] = Math.exp(logp[j]) / n;
    dlogits[i][labels[i]] -= 1 / n;
  }
  return { loss, dlogits };
}

export function binaryCrossEntropyWithLogits(logits: Matrix, targets: Matrix): LossAndGradient {
  const count = logits.length * logits[0].length;
  let loss = 0;
  const dlogits = logits.map((row, i) =>
    row.map((z, j) => {
      const y = targets[i][j];
      loss += (y * softplus(-z) + (1 - y) * softplus(z)) / count;
      // ∂/∂z: −y·σ(−z) + (1 − y)·σ(z), with σ(x) = e^(−softplus(−x)).
      return (-y * Math.exp(-softplus(z)) + (1 - y) * Math.exp(-softplus(-z))) / count;
    }),
  );
  return { loss, dlogits };
}

export function focalLoss(logits: Matrix, targets: Matrix, gamma: number, alpha: number): LossAndGradient {
  const rows = logits.length;
  const cols = logits[0].length;
  const count = rows * cols;
  const dlogits: Matrix = zeros([rows, cols]);
  let loss = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const positive = targets[i][j] === 1;
      const zt = positive ? logits[i][j] : -logits[i][j];
      const w = positive ? alpha : 1 - alpha;
      const ce = softplus(-zt); // −log p_t
      const q = Math.exp(-softplus(zt)); // 1 − p_t
      const pt = Math.exp(-ce);
      const qg = gamma === 0 ? 1 : q ** gamma;
      loss += (w * qg * ce) / count;
      const dzt = w * (-gamma * qg * pt * ce - qg * q);
      dlogits[i][j] = (positive ? dzt : -dzt) / count;
    }
  }
  return { loss, dlogits };
}

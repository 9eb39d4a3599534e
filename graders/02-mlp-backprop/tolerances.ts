import { TRANSCENDENTAL_OPS } from '../kit/toolkit';
import type { Case, GradientName, M } from './cases';
import type { Forward64 } from './float64';

/**
 * Float32 rounding in the reference grows with the size of the terms that
 * flow through it, not with the result (the loss log Σ exp(z) − z_y cancels,
 * and so do the sums over the batch in every gradient). First-order error
 * propagation through the net, in units of the rounding bound γ (tolerance.ts):
 * a1 errs by A1, h by σ′·A1 + h, z by Σ(h + err h)|W2| + |b2|, p by
 * p·(err z + max err z + |log p| + 2) (exp, then minus the one-hot), and
 * each gradient sums
 * |error of δ|·|input| + |δ|·|error of input| over the batch.
 */
export function roundingScales(
  { x, y, W2, b2 }: Case,
  f: Forward64,
): { logits: number; loss: number } & Record<GradientName, number> {
  const N = x.length;
  const sp = f.h.map((r) => r.map((s) => s * (1 - s)));
  const hErr = f.h.map((r, n) => r.map((s, j) => sp[n][j] * f.A1[n][j] + s));
  const zErr = f.z.map((_, n) =>
    W2.map((w, c) => w.reduce((s, v, j) => s + Math.abs(v) * (f.h[n][j] + hErr[n][j]), Math.abs(b2[c]))),
  );
  const zErrMax = zErr.map((r) => Math.max(...r));
  const d2 = f.p.map((r, n) => r.map((v, c) => (v - (c === y[n] ? 1 : 0)) / N));
  const d2Err = f.p.map((r, n) =>
    r.map((v, c) => (v * (zErr[n][c] + zErrMax[n] + Math.abs(f.z[n][c] - f.lse[n]) + 2) + (c === y[n] ? 1 : 0)) / N),
  );
  const dh = d2.map((r) => W2[0].map((_, j) => r.reduce((s, v, c) => s + v * W2[c][j], 0)));
  const dhErr = d2Err.map((r) => W2[0].map((_, j) => r.reduce((s, v, c) => s + v * Math.abs(W2[c][j]), 0)));
  const d1Err = dh.map((r, n) =>
    r.map((v, j) => dhErr[n][j] * sp[n][j] + Math.abs(v) * (Math.abs(1 - 2 * f.h[n][j]) * hErr[n][j] + sp[n][j])),
  );
  // Σₙ |error of δ|·|input| + |δ|·|error of input|, the worst entry of δᵀ·input.
  const weight = (dErr: M, input: M, d?: M, inputErr?: M): number =>
    Math.max(
      ...dErr[0].flatMap((_, i) =>
        input[0].map((_, k) =>
          dErr.reduce(
            (s, r, n) => s + r[i] * Math.abs(input[n][k]) + (d && inputErr ? Math.abs(d[n][i]) * inputErr[n][k] : 0),
            0,
          ),
        ),
      ),
    );
  const bias = (dErr: M): number => Math.max(...dErr[0].map((_, i) => dErr.reduce((s, r) => s + r[i], 0)));
  return {
    logits: Math.max(...zErrMax),
    loss: f.z.reduce((s, r, n) => s + 2 * zErrMax[n] + Math.abs(f.lse[n]) + Math.abs(r[y[n]]), 0) / N,
    dW1: weight(d1Err, x),
    db1: bias(d1Err),
    dW2: weight(d2Err, f.h, d2, hErr),
    db2: bias(d2Err),
  };
}

/**
 * Longest rounding chain of one output: D + H + C + 2N steps of dot products
 * and sums (forward, softmax, the gradients' sums over the batch), five
 * transcendental ops (sigmoid's exp, log-sum-exp's exp and log, the softmax
 * gradient's exp, and one for σ′ = h(1 − h)) and about ten adds and products.
 */
export const opsOf = ({ x, W1, W2 }: Case): number =>
  W1[0].length + W1.length + W2.length + 2 * x.length + 5 * TRANSCENDENTAL_OPS + 10;

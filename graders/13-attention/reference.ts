import type { Tensor } from '@tensorflow/tfjs-core';
import {
  flatten,
  type Nested,
  type ReferenceFn,
  referenceBackend,
  shapeOf,
  type ToleranceConstraints,
  TRANSCENDENTAL_OPS,
} from '../kit/toolkit';

// Scaled dot-product attention in tfjs: same-batch 4-D matMul, softmax on the
// last axis and where(mask, s, −1e9), all trusted for values and gradients
// (tfjs-reference-traps.md); reference.test.ts checks them against float64.
// The boolean mask is made from the grader's constant 0/1 data, never from a
// differentiated input: comparison ops have no gradient.

/** The guide's masked_fill(mask == 0, -1e9). With −Infinity a fully hidden row would be NaN. */
export const HIDDEN_SCORE = -1e9;

function weightsOf(mask: Nested | undefined): (tf: Parameters<ReferenceFn>[0], q: Tensor, k: Tensor) => Tensor {
  return (tf, q, k) => {
    const scores = tf.div(tf.matMul(q, k, false, true), Math.sqrt(q.shape[3]!));
    if (mask === undefined) return tf.softmax(scores);
    const visible = tf.tensor(flatten(mask), shapeOf(mask), 'bool');
    return tf.softmax(tf.where(visible, scores, tf.fill(scores.shape, HIDDEN_SCORE)));
  };
}

function attentionOf(mask: Nested | undefined): ReferenceFn {
  const weights = weightsOf(mask);
  return (tf, q, k, v) => tf.matMul(weights(tf, q, k), v);
}

/** softmax(Q·Kᵀ/√d_k, hidden scores −1e9) over the keys: [B, H, Sq, Sk]. */
export function weightsReference(Q: Nested, K: Nested, mask?: Nested): Nested {
  return referenceBackend().value(weightsOf(mask), [Q, K]);
}

/** The attention output weights·V: [B, H, Sq, dv]. */
export function attentionReference(Q: Nested, K: Nested, V: Nested, mask?: Nested): Nested {
  return referenceBackend().value(attentionOf(mask), [Q, K, V]);
}

/** Autodiff of ⟨dout, attention(Q, K, V)⟩ with respect to Q, K and V. */
export function attentionBackwardReference(
  dout: Nested,
  Q: Nested,
  K: Nested,
  V: Nested,
  mask?: Nested,
): { dQ: Nested; dK: Nested; dV: Nested } {
  const { grads } = referenceBackend().vjp(attentionOf(mask), [Q, K, V], dout);
  return { dQ: grads[0], dK: grads[1], dV: grads[2] };
}

/** Largest Σₚ|qₚ·kₚ|/√d_k over the visible scores: the magnitude every score's rounding error is relative to. */
export function scoreMagnitude(Q: Nested, K: Nested, mask?: Nested): number {
  const q = Q as number[][][][];
  const k = K as number[][][][];
  const m = mask as number[][][][] | undefined;
  const root = Math.sqrt(q[0][0][0].length);
  let worst = 0;
  q.forEach((qb, b) =>
    qb.forEach((qh, h) =>
      qh.forEach((qi, i) =>
        k[b][h].forEach((kj, j) => {
          if (m && m[b][h][i][j] === 0) return;
          worst = Math.max(worst, qi.reduce((s, x, p) => s + Math.abs(x * kj[p]), 0) / root);
        }),
      ),
    ),
  );
  return worst;
}

/**
 * The float32 rounding budget of every attention output, weights to dK
 * (tolerance.ts), counted on the longest chain, the backward's:
 * - a score s = q·k/√d_k and s − max s carry d_k + 3 roundings, each of size
 *   u·M with M = scoreMagnitude; softmax turns an absolute score error δ into
 *   a relative weight error ≤ 2δ, hence 2·(d_k + 3)·M. Rounding Q and K to
 *   float32 moves a score by 2u·M more: condition 2·2·M, +2 for V and dout.
 *   This is why float32 attention with scores of 1e3 is only good to ~1e-3;
 * - then exp, the row sum over Sk keys and the division; dP = dout·Vᵀ (d_v),
 *   Σₖ Pₖ·dPₖ (Sk), dS (2), dS·K or dSᵀ·Q (Sk or Sq) and the scale (1).
 * The absolute part is the magnitude of the terms (outputMagnitudes), so
 * cancellation in a sum is budgeted for.
 */
export function referenceBudget(Q: Nested, K: Nested, V: Nested, mask?: Nested): ToleranceConstraints {
  const [, , Sq, dk] = shapeOf(Q);
  const Sk = shapeOf(K)[2];
  const dv = shapeOf(V)[3];
  const M = Math.max(1, scoreMagnitude(Q, K, mask));
  return {
    ops: 2 * (dk + 3) * M + TRANSCENDENTAL_OPS + Sk + 1 + dv + Sk + 2 + Math.max(Sq, Sk) + 1,
    condition: 2 * 2 * M + 2,
  };
}

/**
 * The magnitude of the terms summed into each output (the absolute part of
 * the bound): the same products with absolute values, the largest per output.
 * `P` are the attention weights.
 */
export function outputMagnitudes(
  P: Nested,
  Q: Nested,
  K: Nested,
  V: Nested,
  dout: Nested,
): { out: number; dQ: number; dK: number; dV: number } {
  const p = P as number[][][][];
  const q = Q as number[][][][];
  const k = K as number[][][][];
  const v = V as number[][][][];
  const g = dout as number[][][][];
  const root = Math.sqrt(q[0][0][0].length);
  const r = { out: 0, dQ: 0, dK: 0, dV: 0 };
  const absDot = (a: number[], b: number[]): number => a.reduce((s, x, i) => s + Math.abs(x * b[i]), 0);
  p.forEach((pb, b) =>
    pb.forEach((ph, h) => {
      const col = (X: number[][], c: number): number[] => X.map((row) => row[c]);
      const dP = g[b][h].map((gi) => v[b][h].map((vj) => absDot(gi, vj)));
      const dS = ph.map((pi, i) => pi.map((pij, j) => pij * (dP[i][j] + pi.reduce((s, x, l) => s + x * dP[i][l], 0))));
      ph.forEach((pi, i) =>
        v[b][h][0].forEach((_, d) => {
          r.out = Math.max(r.out, absDot(pi, col(v[b][h], d)));
        }),
      );
      ph[0].forEach((_, j) =>
        g[b][h][0].forEach((_, d) => {
          r.dV = Math.max(r.dV, absDot(col(ph, j), col(g[b][h], d)));
        }),
      );
      dS.forEach((si) =>
        k[b][h][0].forEach((_, d) => {
          r.dQ = Math.max(r.dQ, absDot(si, col(k[b][h], d)) / root);
        }),
      );
      ph[0].forEach((_, j) =>
        q[b][h][0].forEach((_, d) => {
          r.dK = Math.max(r.dK, absDot(col(dS, j), col(q[b][h], d)) / root);
        }),
      );
    }),
  );
  return r;
}

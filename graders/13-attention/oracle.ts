import {
  div,
  exp,
  mapNested,
  matmul,
  mul,
  type Nested,
  softmax,
  softmaxBackward,
  sum,
  type Tensor64,
  tensor64,
  transpose,
  where,
} from '../kit/tensor';
import type { Case } from './cases';

// Attention in float64, carrying the float32 reference's error bounds
// (kit/tensor), composed as the tfjs reference and its autodiff compute it:
// scores = matMul(Q, K, transposeB)/√d_k, where(mask, scores, −1e9),
// softmax (exp(x − max)/Σ), matMul(P, V); backward dV = Pᵀ·dO, dP = dO·Vᵀ,
// tfjs's softmax gradient, where(mask, dS, 0), /√d_k, dQ = dS·K, dK = dSᵀ·Q.
// A `Slip` switches on one mistake: what code that makes it returns.

/** The guide's masked_fill(mask == 0, −1e9): finite, so a row with every key hidden is uniform. */
export const HIDDEN_SCORE = -1e9;

/** One mistake, as code makes it; {} is attention done right. */
export interface Slip {
  /** What the scores are divided by, given d_k: √d_k when right. */
  readonly divisor?: (dk: number) => number;
  readonly mask?: 'ignored' | 'inverted' | 'after-softmax';
  /** Over the queries (axis 2), or exp(s)/Σexp(s) without the max subtracted. */
  readonly softmax?: 'over-queries' | 'no-max';
  readonly backward?: 'elementwise' | 'through-hidden' | 'dq-unscaled' | 'dk-unscaled';
}

/** The mask the code with this slip uses (0 = hidden). */
function maskOf(c: Case, s: Slip): Nested | undefined {
  if (c.mask === undefined || s.mask === 'ignored') return undefined;
  return s.mask === 'inverted' ? mapNested(c.mask, (v) => 1 - v) : c.mask;
}

function softmaxOf(x: Tensor64, s: Slip): Tensor64 {
  if (s.softmax === 'over-queries') return transpose(softmax(transpose(x)));
  if (s.softmax === 'no-max') {
    const e = exp(x);
    return div(e, sum(e, { axis: -1, keepDims: true }));
  }
  return softmax(x);
}

/** weights [B, H, Sq, Sk] and out [B, H, Sq, d_v]. */
export function forward64(c: Case, s: Slip = {}): { weights: Tensor64; out: Tensor64 } {
  const mask = maskOf(c, s);
  const dk = c.Q[0][0][0].length;
  const scores = div(matmul(tensor64(c.Q), tensor64(c.K), { transposeB: true }), (s.divisor ?? Math.sqrt)(dk));
  const filled = mask && s.mask !== 'after-softmax' ? where(mask, scores, HIDDEN_SCORE) : scores;
  const p = softmaxOf(filled, s);
  const weights = mask && s.mask === 'after-softmax' ? where(mask, p, 0) : p;
  return { weights, out: matmul(weights, tensor64(c.V)) };
}

/** The forward's outputs and dQ, dK, dV for the case's upstream gradient dout. */
export function attention64(
  c: Case,
  s: Slip = {},
): { weights: Tensor64; out: Tensor64; dQ: Tensor64; dK: Tensor64; dV: Tensor64 } {
  const { weights, out } = forward64(c, s);
  const mask = maskOf(c, s);
  const dO = tensor64(c.dout);
  const [Q, K] = [tensor64(c.Q), tensor64(c.K)];
  const dP = matmul(dO, tensor64(c.V), { transposeB: true });
  const dW = s.backward === 'elementwise' ? mul(dP, weights) : softmaxBackward(dP, weights);
  // A hidden score was replaced by a constant: no gradient flows back through it.
  const dS = mask && s.backward !== 'through-hidden' ? where(mask, dW, 0) : dW;
  const dScores = div(dS, (s.divisor ?? Math.sqrt)(c.Q[0][0][0].length));
  return {
    weights,
    out,
    dQ: matmul(s.backward === 'dq-unscaled' ? dS : dScores, K),
    dK: matmul(s.backward === 'dk-unscaled' ? dS : dScores, Q, { transposeA: true }),
    dV: matmul(weights, dO, { transposeA: true }),
  };
}

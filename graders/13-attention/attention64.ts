import type { Case, M2, T4 } from './cases';
import { HIDDEN_SCORE } from './reference';

/** A mistake to reproduce; {} is attention done right. */
export interface Mistake {
  /** The factor on Q·Kᵀ as a function of d_k (1/√d_k when right). */
  readonly scale?: (dk: number) => number;
  readonly maskAfterSoftmax?: boolean;
  readonly maskInverted?: boolean;
  readonly elementwiseSoftmaxBackward?: boolean;
  readonly gradientThroughHidden?: boolean;
}

export interface Attention64 {
  weights: T4;
  out: T4;
  dQ: T4;
  dK: T4;
  dV: T4;
}

/** Attention in float64, right or with one mistake: the suspects' values. */
export function attention64(c: Case, mistake: Mistake = {}): Attention64 {
  const r: Attention64 = { weights: [], out: [], dQ: [], dK: [], dV: [] };
  c.Q.forEach((Qb, b) => {
    for (const key of Object.keys(r) as (keyof Attention64)[]) r[key].push([]);
    Qb.forEach((q, h) => {
      const head = head64(q, c.K[b][h], c.V[b][h], c.dout[b][h], c.mask?.[b][h], mistake);
      for (const key of Object.keys(r) as (keyof Attention64)[]) r[key][b].push(head[key]);
    });
  });
  return r;
}

function head64(q: M2, k: M2, v: M2, g: M2, m: M2 | undefined, x: Mistake): Record<keyof Attention64, M2> {
  const dk = q[0].length;
  const scale = x.scale ? x.scale(dk) : 1 / Math.sqrt(dk);
  const hidden = (i: number, j: number): boolean => m !== undefined && (m[i][j] === 0) !== (x.maskInverted === true);
  const weights = q.map((qi, i) => {
    const s = k.map((kj, j) => (hidden(i, j) && !x.maskAfterSoftmax ? HIDDEN_SCORE : scale * dot(qi, kj)));
    const p = softmax(s);
    return x.maskAfterSoftmax ? p.map((pj, j) => (hidden(i, j) ? 0 : pj)) : p;
  });
  const dP = matmul(g, transpose(v));
  const dS = weights.map((p, i) =>
    p.map((pij, j) => {
      if (hidden(i, j) && !x.gradientThroughHidden) return 0;
      return x.elementwiseSoftmaxBackward ? pij * dP[i][j] : pij * (dP[i][j] - dot(p, dP[i]));
    }),
  );
  return {
    weights,
    out: matmul(weights, v),
    dQ: matmul(dS, k).map((row) => row.map((y) => y * scale)),
    dK: matmul(transpose(dS), q).map((row) => row.map((y) => y * scale)),
    dV: matmul(transpose(weights), g),
  };
}

function softmax(s: readonly number[]): number[] {
  const max = Math.max(...s);
  const e = s.map((y) => Math.exp(y - max));
  const sum = e.reduce((a, y) => a + y, 0);
  return e.map((y) => y / sum);
}

export function dot(a: readonly number[], b: readonly number[]): number {
  return a.reduce((s, y, i) => s + y * b[i], 0);
}

function matmul(A: M2, B: M2): M2 {
  return A.map((row) =>
    B[0].map((_, j) =>
      dot(
        row,
        B.map((r) => r[j]),
      ),
    ),
  );
}

function transpose(A: M2): M2 {
  return A[0].map((_, j) => A.map((row) => row[j]));
}

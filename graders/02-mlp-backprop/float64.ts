import type { Case, M } from './cases';

/** The net in float64, with what the rounding scales and the suspects need. */
export interface Forward64 {
  readonly A1: M; // Σ|x·W1| + |b1|: the size of the terms of a1
  readonly h: M;
  readonly z: M;
  readonly p: M;
  readonly lse: number[];
  readonly loss: number;
}

export function forward64({ x, y, W1, b1, W2, b2 }: Case): Forward64 {
  const A1 = x.map((r) => W1.map((w, j) => w.reduce((s, v, d) => s + Math.abs(v * r[d]), Math.abs(b1[j]))));
  const h = x.map((r) => W1.map((w, j) => 1 / (1 + Math.exp(-w.reduce((s, v, d) => s + v * r[d], b1[j])))));
  const z = h.map((r) => W2.map((w, c) => w.reduce((s, v, j) => s + v * r[j], b2[c])));
  const lse = z.map((r) => {
    const m = Math.max(...r);
    return m + Math.log(r.reduce((s, v) => s + Math.exp(v - m), 0));
  });
  const p = z.map((r, n) => r.map((v) => Math.exp(v - lse[n])));
  const loss = z.reduce((s, r, n) => s + lse[n] - r[y[n]], 0) / z.length;
  return { A1, h, z, p, lse, loss };
}

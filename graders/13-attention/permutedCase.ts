import fc from 'fast-check';
import { attentionCase, type Case, type T4 } from './cases';

/** A case and a permutation of `axis` ('Sq' or 'Sk'). */
export function permutedCase(axis: 'Sq' | 'Sk'): fc.Arbitrary<{ c: Case; perm: number[] }> {
  return attentionCase().chain((c) => {
    const n = axis === 'Sq' ? c.Q[0][0].length : c.K[0][0].length;
    const ids = Array.from({ length: n }, (_, i) => i);
    return fc.record({ c: fc.constant(c), perm: fc.shuffledSubarray(ids, { minLength: n, maxLength: n }) });
  });
}

/** Permutes axis 2 (`rows`) or 3 (`cols`) of a [B, H, ·, ·] tensor: entry k of the result is entry perm[k]. */
export const permuteRows = (x: T4, perm: number[]): T4 => x.map((b) => b.map((h) => perm.map((p) => h[p])));
export const permuteCols = (x: T4, perm: number[]): T4 =>
  x.map((b) => b.map((h) => h.map((row) => perm.map((p) => row[p]))));

/** The case with keys, values and mask columns moved together by `perm`. */
export const permuteKeys = (c: Case, perm: number[]): Case => ({
  ...c,
  K: permuteRows(c.K, perm),
  V: permuteRows(c.V, perm),
  mask: c.mask && permuteCols(c.mask, perm),
});

/** The case with queries, dout and mask rows moved together by `perm`. */
export const permuteQueries = (c: Case, perm: number[]): Case => ({
  ...c,
  Q: permuteRows(c.Q, perm),
  dout: permuteRows(c.dout, perm),
  mask: c.mask && permuteRows(c.mask, perm),
});

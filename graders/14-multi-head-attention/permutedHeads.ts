import fc from 'fast-check';
import { type Case, mhaCase } from './cases';

/** A case with two or more heads, and a permutation of them. */
export const permutedHeads: fc.Arbitrary<{ c: Case; perm: number[] }> = mhaCase({ headsMin: 2 }).chain((c) => {
  const ids = Array.from({ length: c.heads }, (_, h) => h);
  return fc.record({ c: fc.constant(c), perm: fc.shuffledSubarray(ids, { minLength: c.heads, maxLength: c.heads }) });
});

/**
 * New head h is old head perm[h]: the blocks of d_head rows of W_q, W_k, W_v
 * (and of their biases) move together with the blocks of columns of W_o that
 * read those heads' outputs, so out is unchanged: heads are a set.
 */
export function permuteHeads(c: Case, perm: readonly number[]): Case {
  const d = c.Wq.length;
  const dh = d / c.heads;
  const from = (i: number): number => perm[Math.floor(i / dh)] * dh + (i % dh);
  const rows = <T>(x: readonly T[]): T[] => x.map((_, i) => x[from(i)]);
  return {
    ...c,
    Wq: rows(c.Wq),
    Wk: rows(c.Wk),
    Wv: rows(c.Wv),
    bq: rows(c.bq),
    bk: rows(c.bk),
    bv: rows(c.bv),
    Wo: c.Wo.map((r) => rows(r)),
  };
}

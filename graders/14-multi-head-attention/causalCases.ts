import fc from 'fast-check';
import { tensor } from '../kit/toolkit';
import { type Case, mhaCase, type T3 } from './cases';

/** A causal cross-attention case, a position t with a future (t < Lk − 1, t < Lq), and fresh keys and values. */
export const futureCase: fc.Arbitrary<{ c: Case; t: number; fresh: { key: T3; value: T3 } }> = mhaCase({
  attention: 'cross',
  causal: 'always',
  LkMin: 2,
}).chain((c) => {
  const [N, Lk, d] = [c.key.length, c.key[0].length, c.key[0][0].length];
  const fresh = tensor([N, Lk, d], { min: -1, max: 1 }) as fc.Arbitrary<T3>;
  return fc.record({
    c: fc.constant(c),
    t: fc.integer({ min: 0, max: Math.min(c.query[0].length, Lk - 1) - 1 }),
    fresh: fc.record({ key: fresh, value: fresh }),
  });
});

/** Keys and values after position t replaced by the fresh ones: what query t may not see. */
export const changeFuture = (c: Case, t: number, fresh: { key: T3; value: T3 }): Case => ({
  ...c,
  key: c.key.map((seq, n) => seq.map((row, j) => (j > t ? fresh.key[n][j] : row))),
  value: c.value.map((seq, n) => seq.map((row, j) => (j > t ? fresh.value[n][j] : row))),
});

const identity = (d: number): number[][] =>
  Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? 1 : 0)));
const zeros = (d: number): number[] => new Array<number>(d).fill(0);

/**
 * A causal cross-attention case whose every score is 0 (W_q = 0, b_q = 0) and
 * whose value and output projections are the identity: query t weighs key t
 * by 1/(t + 1) exactly, so adding 1 to value t moves out[n][t] by that much,
 * far beyond any rounding; nothing is left to luck.
 */
export const diagonalCase: fc.Arbitrary<{ c: Case; t: number }> = mhaCase({ attention: 'cross', causal: 'always' })
  .map((c) => {
    const d = c.query[0][0].length;
    return {
      ...c,
      Wq: c.Wq.map((r) => r.map(() => 0)),
      bq: zeros(d),
      Wv: identity(d),
      bv: zeros(d),
      Wo: identity(d),
      bo: zeros(d),
    };
  })
  .chain((c) =>
    fc.record({ c: fc.constant(c), t: fc.integer({ min: 0, max: Math.min(c.query[0].length, c.key[0].length) - 1 }) }),
  );

/** Value at position t plus 1 in every feature. */
export const bumpValue = (c: Case, t: number): Case => ({
  ...c,
  value: c.value.map((seq) => seq.map((row, j) => (j === t ? row.map((v) => v + 1) : row))),
});
